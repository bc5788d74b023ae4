/**
 * `web-ext lint` on a Firefox package, judged against an exact allowance: no error at all, and no warning
 * but the ones named below, each by code, file and exact count. One more (ours, or a library's new code
 * path) fails, and so does one fewer (the allowance is stale: remove it). Each allowance says which library
 * the warning comes from and why it is safe; REVIEWERS.md (in the sources zip) explains the same to AMO.
 */
import { execFileSync } from 'node:child_process';

export interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  message: string;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export interface Allowance {
  code: string;
  /** The file in the package as web-ext names it; `<hash>` stands for a bundle's content hash. */
  file: string;
  /** Exactly this many warnings of this code in the files it matches. */
  count: number;
  library: string;
  why: string;
}

// Each extension page is one module with Preact bundled in (wxt.config.ts builds the pages apart), and
// Preact has exactly one innerHTML assignment: a second one in a page's module is ours and fails.
const preactPage = (page: 'popup' | 'options' | 'reader'): Allowance => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  file: `chunks/${page}-<hash>.js`,
  count: 1,
  library: 'preact',
  why: "Preact's renderer assigns innerHTML only for the dangerouslySetInnerHTML prop, which this code base never uses (tests/unit/architecture/imports.test.ts forbids it in src/ and entrypoints/).",
});

// The content scripts load this package's own on-demand modules with `import(runtime.getURL(…))` (src/panel/
// modules.ts): web-ext cannot see that the argument is the extension's own URL. Each file that loads one
// has exactly one such call.
const ownModuleImport = (file: string): Allowance => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  file,
  count: 1,
  library: 'this extension (src/panel/modules.ts)',
  why: "import() of one of the package's own modules, `runtime.getURL('/modules/' + name + '.js')` with name one of panel, listing, english, copy (a type allows no other): never a remote URL. The panel's code loads only on pages of a summarised paper, so every other arXiv page runs a 2 KB script.",
});

export const ALLOWANCES: readonly Allowance[] = [
  preactPage('popup'),
  preactPage('options'),
  preactPage('reader'),
  ...['content-scripts/arxiv.js', 'content-scripts/html.js', 'content-scripts/listing.js', 'modules/panel.js', 'modules/listing.js'].map(ownModuleImport),
];

export interface LintVerdict {
  ok: boolean;
  errors: LintMessage[];
  /** Warnings no allowance names. */
  unexpected: LintMessage[];
  /** Allowances whose count was not met exactly, with the warnings they matched. */
  miscounted: { allowance: Allowance; seen: LintMessage[] }[];
  /** Warnings an allowance covers, exactly as many as it names. */
  allowed: { allowance: Allowance; seen: LintMessage[] }[];
  notices: LintMessage[];
}

/** Whether a file web-ext reports is the allowance's file. */
export function fileMatches(pattern: string, file: string): boolean {
  const re = pattern
    .split('<hash>')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\w-]+');
  return new RegExp(`^${re}$`).test(file);
}

export function judgeLint(report: LintReport, allowances: readonly Allowance[] = ALLOWANCES): LintVerdict {
  const seen = new Map<Allowance, LintMessage[]>(allowances.map((a) => [a, []]));
  const unexpected: LintMessage[] = [];
  for (const w of report.warnings) {
    const rule = allowances.find((a) => a.code === w.code && fileMatches(a.file, w.file ?? ''));
    if (rule) seen.get(rule)!.push(w);
    else unexpected.push(w);
  }
  const counted = [...seen].map(([allowance, messages]) => ({ allowance, seen: messages }));
  const miscounted = counted.filter((c) => c.seen.length !== c.allowance.count);
  const allowed = counted.filter((c) => c.seen.length === c.allowance.count);
  return { ok: report.errors.length === 0 && unexpected.length === 0 && miscounted.length === 0, errors: report.errors, unexpected, miscounted, allowed, notices: report.notices };
}

const show = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`;

/** What to print: the allowed warnings, then every problem, then one summary line. */
export function describeVerdict(v: LintVerdict): { info: string[]; problems: string[]; summary: string } {
  const info = v.allowed.flatMap(({ allowance, seen }) => seen.map((m) => `  allowed (${allowance.library}: ${allowance.count} in ${allowance.file}): ${show(m)}`));
  const problems = [
    ...v.errors.map((m) => `  error: ${show(m)}`),
    ...v.unexpected.map((m) => `  warning not allowed: ${show(m)}`),
    ...v.miscounted.map(({ allowance, seen }) =>
      seen.length > allowance.count
        ? `  ${seen.length} × ${allowance.code} in ${allowance.file}, ${allowance.count} allowed (${allowance.library}): a new one is there\n${seen.map((m) => `    ${show(m)}`).join('\n')}`
        : `  ${seen.length} × ${allowance.code} in ${allowance.file}, the allowance names ${allowance.count} (${allowance.library}): it is stale, lower or remove it in scripts/release/firefox-lint.ts and REVIEWERS.md`,
    ),
  ];
  const allowedCount = v.allowed.reduce((n, a) => n + a.seen.length, 0);
  const summary = v.ok
    ? `web-ext lint: 0 errors, ${allowedCount} warning(s), each named by file and count in the allowance, ${v.notices.length} notice(s)`
    : `web-ext lint: ${v.errors.length} error(s), ${v.unexpected.length} warning(s) not allowed, ${v.miscounted.length} allowance(s) not matched exactly`;
  return { info, problems, summary };
}

/** Runs `web-ext lint` on an unpacked Firefox package, as for a listing on AMO (not `--self-hosted`), and returns its JSON report. */
export function webExtLint(dir: string): LintReport {
  let out: string;
  try {
    out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
  } catch (e) {
    // web-ext exits non-zero when it finds errors; its JSON is still on stdout.
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  try {
    return JSON.parse(out) as LintReport;
  } catch {
    throw new Error(`web-ext lint printed no JSON report for ${dir}:\n${out.slice(0, 2000)}`);
  }
}
