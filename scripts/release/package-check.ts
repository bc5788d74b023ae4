/**
 * What can be checked of a store package without the store's own tools (Chrome has no official linter;
 * Firefox's web-ext lint runs as well): the manifest's shape for its browser, every file it references
 * present, every `__MSG_…__` translated in every locale, no remote code (no script from a URL, no inline
 * script, no eval or Function constructor, no declared CSP: the browsers' default stays), nothing but the
 * extension's own files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from './access';

type Manifest = Record<string, any>;

/** Files the manifest names, with where it names them. */
export function referencedFiles(m: Manifest): { where: string; file: string }[] {
  const out: { where: string; file: string }[] = [];
  const add = (where: string, file: unknown) => {
    if (typeof file === 'string' && file) out.push({ where, file: file.replace(/^\//, '') });
  };
  const icons = (where: string, v: unknown) => {
    if (typeof v === 'string') add(where, v);
    else if (v && typeof v === 'object') for (const [size, f] of Object.entries(v)) add(`${where}.${size}`, f);
  };
  icons('icons', m.icons);
  for (const key of ['action', 'browser_action', 'page_action']) {
    if (!m[key]) continue;
    icons(`${key}.default_icon`, m[key].default_icon);
    add(`${key}.default_popup`, m[key].default_popup);
  }
  add('options_ui.page', m.options_ui?.page);
  add('options_page', m.options_page);
  add('devtools_page', m.devtools_page);
  add('background.service_worker', m.background?.service_worker);
  add('background.page', m.background?.page);
  (m.background?.scripts ?? []).forEach((f: unknown, i: number) => add(`background.scripts[${i}]`, f));
  (m.content_scripts ?? []).forEach((c: { js?: unknown[]; css?: unknown[] }, i: number) => {
    (c.js ?? []).forEach((f, j) => add(`content_scripts[${i}].js[${j}]`, f));
    (c.css ?? []).forEach((f, j) => add(`content_scripts[${i}].css[${j}]`, f));
  });
  if (m.default_locale) add('default_locale', `_locales/${m.default_locale}/messages.json`);
  return out;
}

/** `<script>`s of an HTML page: their `src`, or their inline text. */
function scriptsOf(html: string): { src?: string; inline?: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map(([, attrs, body]) => {
    const src = /\bsrc=["']([^"']*)["']/i.exec(attrs!)?.[1];
    return src !== undefined ? { src } : { inline: body! };
  });
}

/** Code that is eval in disguise, or that loads code from elsewhere. */
export const DYNAMIC_CODE: { what: string; re: RegExp }[] = [
  { what: 'eval', re: /(?<![.\w$])eval\s*\(|[(,=:]\s*eval\s*[),;}]/ },
  { what: 'the Function constructor', re: /(?<![.\w$])Function\s*\(|[=(,:]\s*Function\s*[,;)}]/ },
  { what: 'a remote import', re: /(?:\bimport\s*\(\s*|\bfrom\s*|\bimportScripts\s*\(\s*)["'`]https?:/ },
  { what: 'a string timer', re: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/ },
];

export function dynamicCodeIn(source: string): string[] {
  return DYNAMIC_CODE.filter((d) => d.re.test(source)).map((d) => d.what);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** Problems found in an unpacked package; empty when it passes. */
export function checkPackage(dir: string, browser: Browser, version: string): string[] {
  const problems: string[] = [];
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) return [`${browser}: no manifest.json in ${dir}`];
  const m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  const files = listFiles(dir);

  const expectedMv = browser === 'chrome' ? 3 : 2;
  if (m.manifest_version !== expectedMv) problems.push(`${browser}: manifest_version ${m.manifest_version}, expected ${expectedMv}`);
  if (m.version !== version) problems.push(`${browser}: manifest version ${m.version}, package.json says ${version}`);
  if (browser === 'chrome' && (m.background?.scripts || m.background?.page)) problems.push('chrome: MV3 takes background.service_worker only');
  if (browser === 'firefox' && !m.browser_specific_settings?.gecko?.id) problems.push('firefox: no browser_specific_settings.gecko.id');
  if (m.content_security_policy !== undefined) problems.push(`${browser}: the manifest declares a content_security_policy; the browsers' default is what was reviewed: ${JSON.stringify(m.content_security_policy)}`);
  if (m.externally_connectable !== undefined) problems.push(`${browser}: externally_connectable lets web pages message the extension`);
  if (m.update_url !== undefined || m.key !== undefined) problems.push(`${browser}: update_url and key are for self-hosted builds, not store packages`);

  for (const { where, file: f } of referencedFiles(m)) if (!files.includes(f)) problems.push(`${browser}: ${where} names ${f}, which is not in the package`);

  // every __MSG_name__ in the manifest, in every locale
  const names = [...JSON.stringify(m).matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]!);
  const locales = files.filter((f) => /^_locales\/[^/]+\/messages\.json$/.test(f));
  for (const loc of locales) {
    const messages = JSON.parse(readFileSync(path.join(dir, loc), 'utf8')) as Record<string, { message?: unknown }>;
    for (const n of new Set(names)) if (typeof messages[n]?.message !== 'string') problems.push(`${browser}: ${loc} has no message ${n}`);
  }

  for (const f of files.filter((x) => x.endsWith('.html'))) {
    const html = readFileSync(path.join(dir, f), 'utf8');
    for (const s of scriptsOf(html)) {
      if (s.inline !== undefined && s.inline.trim()) problems.push(`${browser}: ${f} has an inline script (extension CSP refuses it)`);
      if (s.src !== undefined && /^(https?:)?\/\//i.test(s.src)) problems.push(`${browser}: ${f} loads a script from ${s.src}`);
      if (s.src !== undefined && !/^(https?:)?\/\//i.test(s.src) && !files.includes(path.posix.join(path.posix.dirname(f), s.src).replace(/^\//, ''))) problems.push(`${browser}: ${f} loads ${s.src}, which is not in the package`);
    }
    if (/<link\b[^>]*\bhref=["'](https?:)?\/\//i.test(html)) problems.push(`${browser}: ${f} links a stylesheet or module from another host`);
  }
  for (const f of files.filter((x) => /\.(m?js)$/.test(x))) {
    for (const what of dynamicCodeIn(readFileSync(path.join(dir, f), 'utf8'))) problems.push(`${browser}: ${f} contains ${what}`);
  }
  const odd = files.filter((f) => /(^|\/)\.|\.map$|\.ts$|\.tsx$/.test(f));
  if (odd.length) problems.push(`${browser}: files that do not belong in a package: ${odd.join(', ')}`);
  return problems;
}

/** The unpacked size and file count of a package folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  const files = listFiles(dir);
  return { bytes: files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0), files: files.length };
}
