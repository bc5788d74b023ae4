/**
 * Which code may import which: a folder's name says where its code runs, and this table keeps it true.
 * Value imports decide what ends up in each bundle; type-only imports are erased, so the shared type
 * definitions may be named from anywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

interface Rule {
  /** src-relative folders or files this code may import values from (its own folder always). */
  values: string[];
  /** npm packages (or subpaths) it may import values from. */
  packages: string[];
}

const SHARED_TYPES = ['digest', 'model', 'messaging', 'prefs', 'arxiv', 'translate'];
const PURE = { packages: [] };

/** The most specific key that a file's path starts with decides. */
const RULES: Record<string, Rule> = {
  // Shared pure code: no extension API, no UI framework; runs anywhere (and at build time in Node).
  'src/arxiv': { values: [], ...PURE },
  'src/lib': { values: [], ...PURE },
  'src/digest': { values: ['arxiv'], ...PURE },
  // The one import of zod: zod/mini with its English messages (full zod carries eval code paths).
  'src/digest/zod.ts': { values: [], packages: ['zod/mini', 'zod/locales'] },
  'src/i18n': { values: ['prefs/schema'], ...PURE },
  'src/model': { values: ['i18n', 'prefs/schema', 'arxiv'], ...PURE },
  // Search over digests: pure, so it can run in a worker of any extension page. The segment kinds
  // (digest/segments.ts, no zod) say what a reader sees of each piece of a bullet.
  'src/search': { values: ['arxiv', 'digest/segments'], ...PURE },
  'src/prefs': { values: [], ...PURE },
  // On-device English: pure (the Translator API, storage and the port are given); runs in the background,
  // and its client and page-side executor in content scripts and extension pages.
  'src/translate': { values: [], ...PURE },
  'src/messaging': { values: ['prefs/settings', 'prefs/schema'], ...PURE },
  // The protocol's request schemas: zod (through digest/zod), imported for values by the background only.
  'src/messaging/protocol.ts': { values: ['digest'], ...PURE },
  // Settings in storage: every runtime.
  'src/prefs/store.ts': { values: [], packages: ['wxt/browser'] },
  // Content script: plain DOM, no Preact, no zod, no data code; its on-demand modules carry their stylesheets.
  'src/panel': { values: ['arxiv', 'model', 'i18n', 'lib', 'prefs', 'messaging/send', 'messaging/push', 'messaging/names', 'translate/record', '../assets'], packages: ['wxt/browser'] },
  // The boot script every abs and HTML page runs: keys and guards only.
  'src/panel/boot.ts': { values: ['model/lookup-entry', 'prefs/settings', 'translate/record'], packages: ['wxt/browser'] },
  // The on-demand translation module: the port's client.
  'src/panel/english-module.ts': { values: ['i18n', 'translate/client'], packages: ['wxt/browser'] },
  // Content script on listing pages: the panel's pieces for the summary, plain DOM too.
  'src/listing': { values: ['panel', 'arxiv', 'model', 'i18n', 'lib', 'prefs', 'messaging/send', 'messaging/push', 'messaging/names', 'translate/record', '../assets'], packages: ['wxt/browser'] },
  'src/listing/boot.ts': { values: ['model/lookup-entry', 'prefs/settings'], packages: ['wxt/browser'] },
  // Background: owns the data.
  'src/background': { values: ['arxiv', 'digest', 'model', 'lib', 'prefs', 'messaging', 'i18n', 'translate', 'packaged'], packages: ['wxt/browser'] },
  // The packaged data files, read and shape-checked (no zod).
  'src/packaged': { values: ['arxiv', 'digest/shard', 'lib', 'model'], ...PURE },
  // Extension pages (Preact): shared pieces, then one folder per page.
  'src/pages': { values: ['model', 'i18n', 'lib', 'prefs', 'messaging/send', 'messaging/names', 'arxiv', 'translate/client', 'translate/record'], packages: ['preact', 'preact/hooks', 'wxt/browser'] },
  // The popup tells from the imports catalog alone (digest/import-keys: no zod, no parser) whether it may
  // read the packaged days itself.
  'src/popup': { values: ['pages', 'model', 'i18n', 'lib', 'prefs', 'messaging/send', 'arxiv', 'digest/import-keys'], packages: ['preact', 'preact/hooks', 'wxt/browser'] },
  // The options page: imports by message (no zod, no parser); only the size limits of the data code, and
  // the translation port's client for "Translate every day now".
  'src/options': { values: ['pages', 'model', 'i18n', 'lib', 'prefs', 'messaging/send', 'digest/import-limits', 'translate/client'], packages: ['preact', 'preact/hooks'] },
  // The reader page: Preact, the search engine, and the popup's day navigation (nearest day, neighbours).
  'src/reader': { values: ['pages', 'model', 'i18n', 'lib', 'prefs', 'messaging/send', 'messaging/limits', 'arxiv', 'search', 'popup/days', 'translate/record'], packages: ['preact', 'preact/hooks'] },
  // Its worker: the search engine and nothing of the page (no Preact, no extension API).
  'src/reader/search.worker.ts': { values: ['search'], ...PURE },
  'src/reader/search-engine.ts': { values: ['search'], ...PURE },
  // Entrypoints only wire.
  'entrypoints/background.ts': { values: ['background'], packages: ['wxt/browser', 'wxt/utils/define-background'] },
  'entrypoints/arxiv.content': { values: ['panel', 'arxiv', 'lib/log', '../assets'], packages: ['wxt/utils/define-content-script'] },
  'entrypoints/listing.content': { values: ['listing', 'panel/modules', 'lib/log', 'arxiv', '../assets'], packages: ['wxt/utils/define-content-script'] },
  'entrypoints/html.content': { values: ['panel', 'arxiv', 'lib/log', '../assets'], packages: ['wxt/utils/define-content-script'] },
  'entrypoints/pdf.content': { values: ['panel', 'arxiv', 'lib/log'], packages: ['wxt/utils/define-content-script'] },
  'entrypoints/popup': { values: ['popup', 'pages', 'packaged', 'prefs', 'messaging/send', 'lib', '../assets'], packages: ['preact', 'wxt/browser'] },
  'entrypoints/options': { values: ['options', 'prefs', 'messaging/send', 'lib', '../assets'], packages: ['preact', 'wxt/browser'] },
  'entrypoints/reader': { values: ['reader', 'pages', 'prefs', 'messaging/send', 'lib', '../assets'], packages: ['preact', 'wxt/browser'] },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}

function ruleFor(file: string): { key: string; rule: Rule } {
  const key = Object.keys(RULES)
    .filter((k) => file === k || file.startsWith(`${k}/`))
    .sort((a, b) => b.length - a.length)[0];
  if (!key) throw new Error(`${file}: no import rule (add its folder to RULES)`);
  return { key, rule: RULES[key]! };
}

interface Import {
  spec: string;
  typeOnly: boolean;
}

function importsOf(code: string): Import[] {
  const out: Import[] = [];
  for (const m of code.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'/gm)) out.push({ spec: m[3]!, typeOnly: !!m[2] });
  return out;
}

/** The import's target relative to src/ (`panel/dom`, `../assets/panel.css`), or undefined for a package. */
function targetOf(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  return path.relative('src', path.join(path.dirname(file), spec)).split(path.sep).join('/');
}

const own = (key: string) => (key.startsWith('src/') ? key.slice(4).replace(/\.tsx?$/, '') : undefined);
const within = (target: string, allowed: string) => target === allowed || target.startsWith(`${allowed}/`) || target.startsWith(`${allowed}.`);

const files = [...sourceFiles('src'), ...sourceFiles('entrypoints')];

describe('import rules', () => {
  test('tests live in tests/, not next to the code (vitest only looks in tests/unit; test data in src/ would break the rules above)', () => {
    const inSource = ['src', 'entrypoints'].flatMap((dir) => readdirSync(dir, { recursive: true }).map((f) => path.join(dir, String(f))));
    expect(inSource.filter((f) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(f))).toEqual([]);
  });

  test('every source file has a rule', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) ruleFor(f);
  });

  test.each(files)('%s', (file) => {
    const { key, rule } = ruleFor(file);
    const folder = own(key.includes('.') ? path.dirname(key) : key);
    const problems: string[] = [];
    for (const { spec, typeOnly } of importsOf(readFileSync(file, 'utf8'))) {
      const target = targetOf(file, spec);
      if (target === undefined) {
        if (typeOnly) continue;
        const pkg = spec.split('?')[0]!;
        if (!rule.packages.includes(pkg)) problems.push(`package ${spec}`);
        continue;
      }
      const allowed = [...(folder ? [folder] : []), ...rule.values, ...(typeOnly ? SHARED_TYPES : [])];
      if (!allowed.some((a) => within(target, a))) problems.push(`${typeOnly ? 'type ' : ''}${spec} (${target})`);
    }
    expect(problems, `${file} (rule ${key}) imports what it may not`).toEqual([]);
  });
});

describe('shared code is pure', () => {
  const PURE_DIRS = ['src/arxiv', 'src/digest', 'src/lib', 'src/model', 'src/i18n', 'src/prefs/schema.ts', 'src/prefs/settings.ts', 'src/messaging', 'src/search'];
  test.each(files.filter((f) => PURE_DIRS.some((d) => f === d || f.startsWith(`${d}/`))))('%s uses no Node, browser or page API', (file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(browser|chrome|process|window|document|fetch|require|localStorage)\s*[.(]/);
  });
});

describe('no markup strings', () => {
  test('no innerHTML, outerHTML =, insertAdjacentHTML or dangerouslySetInnerHTML in src/ and entrypoints/', () => {
    const offenders = files.filter((f) => /\binnerHTML\b|\bouterHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\s*\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
