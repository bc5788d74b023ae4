import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { privacyPage } from '../../../scripts/privacy-page';
import { checkPackage } from '../../../scripts/release/package-check';

const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;
const ARXIV_HOSTS = ['*://arxiv.org/*', '*://www.arxiv.org/*', '*://export.arxiv.org/*'];

function manifest(dir: string): Record<string, any> {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe.each(Object.entries(BUILDS))('%s manifest', (browser, dir) => {
  const m = manifest(dir);
  const hostsKey = browser === 'chrome' ? 'host_permissions' : 'permissions';

  test('permissions: storage plus the arXiv hosts (and unlimitedStorage in Chrome), nothing else', () => {
    if (browser === 'chrome') {
      expect(m.permissions).toEqual(['storage', 'unlimitedStorage']);
      expect([...m.host_permissions].sort()).toEqual([...ARXIV_HOSTS].sort());
    } else {
      // MV2 lists host permissions among the permissions
      expect([...m.permissions].sort()).toEqual([...ARXIV_HOSTS, 'storage'].sort());
      expect(m.host_permissions).toBeUndefined();
    }
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|"\*:\/\/\*\/\*"|"tabs"|"activeTab"|"scripting"|"webRequest/);
    expect(m[hostsKey]).toBeDefined();
  });

  test('content scripts: abs pages and HTML full text at document_start, listings at document_end, PDFs (Chrome: the badge) at document_idle; no CSS injected', () => {
    const scripts = Object.fromEntries(m.content_scripts.map((c: { js: string[] }) => [path.basename(c.js[0]!, '.js'), c]));
    // Firefox's background finds PDF tabs with its URL-filtered tabs.onUpdated; Chrome's has no such filter
    expect(Object.keys(scripts).sort()).toEqual(browser === 'chrome' ? ['arxiv', 'html', 'listing', 'pdf'] : ['arxiv', 'html', 'listing']);
    const hosts = (p: string) => ['arxiv.org', 'export.arxiv.org', 'www.arxiv.org'].map((h) => `*://${h}${p}`);
    if (browser === 'chrome') expect([[...scripts.pdf.matches].sort(), scripts.pdf.run_at]).toEqual([hosts('/pdf/*'), 'document_idle']);
    expect([...scripts.arxiv.matches].sort()).toEqual(hosts('/abs/*'));
    expect([...scripts.html.matches].sort()).toEqual(hosts('/html/*'));
    expect([...scripts.listing.matches].sort()).toEqual([...hosts('/catchup*'), ...hosts('/list/*')].sort());
    expect([scripts.arxiv.run_at, scripts.html.run_at, scripts.listing.run_at]).toEqual(['document_start', 'document_start', 'document_end']);
    for (const c of m.content_scripts) expect(c.css).toBeUndefined(); // no styles injected into arXiv's page
  });

  const gzipped = (file: string) => gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length;

  test('every script the manifest loads within 2.5 KB gzip: pages without a known paper run nothing more', () => {
    for (const file of readdirSync(path.join(dir, 'content-scripts'))) expect(gzipped(`content-scripts/${file}`), file).toBeLessThanOrEqual(2.5 * 1024);
  });

  test('the on-demand modules: one self-contained file each, within the 12 KB gzip budget of content-script code', () => {
    expect(readdirSync(path.join(dir, 'modules')).sort()).toEqual(['copy.js', 'english.js', 'listing.js', 'panel.js']);
    for (const file of readdirSync(path.join(dir, 'modules'))) {
      const code = readFileSync(path.join(dir, 'modules', file), 'utf8');
      // A static import would not load under Chrome's dynamic web-accessible URLs.
      expect(code, file).not.toMatch(/(^|[;}])\s*import\s*[\w{*"']|\bfrom\s*["']\.\.?\//m);
      expect(gzipped(`modules/${file}`), file).toBeLessThanOrEqual(12 * 1024);
    }
    // The translation code is only in its own module, loaded when English is asked for and not stored.
    for (const file of [...readdirSync(path.join(dir, 'content-scripts')).map((f) => `content-scripts/${f}`), 'modules/panel.js', 'modules/listing.js']) {
      expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toContain('op-progress');
    }
    expect(readFileSync(path.join(dir, 'modules/english.js'), 'utf8')).toContain('op-progress');
  });

  test('keyboard shortcuts: switch the language and open the popup, localised, changeable (suggested keys only)', () => {
    const popup = browser === 'chrome' ? '_execute_action' : '_execute_browser_action';
    expect(m.commands).toEqual({
      'toggle-language': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandToggleLanguage__' },
      [popup]: { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_commandOpenPopup__' },
    });
    for (const locale of ['en', 'ko']) {
      const messages = JSON.parse(readFileSync(path.join(dir, '_locales', locale, 'messages.json'), 'utf8'));
      expect(messages.commandToggleLanguage.message.length).toBeGreaterThan(0);
      expect(messages.commandOpenPopup.message.length).toBeGreaterThan(0);
    }
  });

  test('web-accessible: only the on-demand modules, to arXiv only, at a per-session URL (Chrome); none in Firefox', () => {
    if (browser === 'chrome') {
      expect(m.web_accessible_resources).toEqual([
        {
          resources: ['modules/panel.js', 'modules/listing.js', 'modules/english.js', 'modules/copy.js'],
          // Chrome takes no path in these patterns (a path makes the whole extension fail to load).
          matches: ARXIV_HOSTS,
          use_dynamic_url: true,
        },
      ]);
    } else {
      expect(m.web_accessible_resources).toBeUndefined();
    }
  });

  test('no remote code, no externally_connectable', () => {
    expect(m.externally_connectable).toBeUndefined();
    expect(JSON.stringify(m.content_security_policy ?? '')).not.toMatch(/unsafe-eval|https?:/);
  });

  test('localised name and description, default locale, icons at 16/32/48/128', () => {
    expect(m.name).toBe('__MSG_extName__');
    expect(m.description).toBe('__MSG_extDescription__');
    expect(m.default_locale).toBe('en');
    expect((m.action ?? m.browser_action).default_title).toBe('__MSG_actionTitle__');
    expect(Object.keys(m.icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, file] of Object.entries(m.icons as Record<string, string>)) {
      const png = readFileSync(path.join(dir, file));
      expect(png.readUInt32BE(16), `${file} width`).toBe(Number(size));
    }
    for (const locale of ['en', 'ko']) {
      const messages = JSON.parse(readFileSync(path.join(dir, '_locales', locale, 'messages.json'), 'utf8'));
      expect(messages.extName.message.length).toBeGreaterThan(0);
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });

  const scripts = (sub: string) => readdirSync(path.join(dir, sub)).filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(dir, sub, f), 'utf8'));

  test('the content script carries no Preact: the panel is plain DOM', () => {
    // Preact's diff names this prop; the panel's own code never does (an architecture test forbids it).
    const hasPreact = (code: string) => /dangerouslySetInnerHTML/.test(code);
    expect(scripts('chunks').some(hasPreact)).toBe(true); // the popup's chunk: the marker works
    for (const code of scripts('content-scripts')) expect(hasPreact(code)).toBe(false);
  });

  test('zod and the parser only in the background; the packaged files read by the background and the popup only', () => {
    const hasZod = (code: string) => /ZodError/.test(code);
    // a message only the digest parser has
    const hasParser = (code: string) => /paper heading without an arXiv link/.test(code);
    const background = readFileSync(path.join(dir, 'background.js'), 'utf8');
    expect(hasZod(background) && hasParser(background)).toBe(true); // the markers work
    const chunks = readdirSync(path.join(dir, 'chunks')).filter((f) => f.endsWith('.js'));
    for (const [name, code] of [...scripts('content-scripts').map((c) => ['content script', c] as const), ...chunks.map((f) => [f, readFileSync(path.join(dir, 'chunks', f), 'utf8')] as const)]) {
      expect(hasZod(code), name).toBe(false);
      expect(hasParser(code), name).toBe(false);
      // packaged-data paths: the popup reads the files while the background sleeps (src/popup/popup-data.ts)
      expect(/index\/|days\//.test(code), name).toBe(name.startsWith('popup-'));
    }
  });

  test('webextension-polyfill only in the background: content scripts and pages use the browser\'s own promise API', () => {
    const hasPolyfill = (code: string) => /webextension-polyfill/.test(code);
    expect(hasPolyfill(readFileSync(path.join(dir, 'background.js'), 'utf8'))).toBe(true); // the marker works
    for (const code of [...scripts('content-scripts'), ...scripts('chunks')]) expect(hasPolyfill(code)).toBe(false);
  });

  test('each extension page is one module of its own and no stylesheet file: its styles are inline', () => {
    for (const page of ['popup', 'options', 'reader']) {
      const html = readFileSync(path.join(dir, `${page}.html`), 'utf8');
      const modules = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((x) => x[1]!);
      expect(modules, page).toEqual([expect.stringMatching(new RegExp(`^chunks/${page}-[\\w-]+\\.js$`))]);
      expect(html, page).not.toMatch(/<link[^>]*rel="(stylesheet|modulepreload)"/);
      expect(html, page).toMatch(/<style>[^<]*\.dp-[\w-]+\{/);
      const code = readFileSync(path.join(dir, modules[0]!), 'utf8');
      expect(code, page).not.toMatch(/from\s*["']\.{1,2}\/|import\s*["']\.{1,2}\/|import\(/); // imports no other chunk
    }
  });

  test('the options page opens in a tab (from the browser\'s extension settings and the popup)', () => {
    expect(m.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  test('the options page carries no zod and no parser: the background validates and stores', () => {
    const html = readFileSync(path.join(dir, 'options.html'), 'utf8');
    const own = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((x) => x[1]!);
    expect(own.length).toBeGreaterThan(0);
    expect(readFileSync(path.join(dir, 'background.js'), 'utf8')).toMatch(/paper heading without an arXiv link/); // the marker works
    for (const file of own) {
      const code = readFileSync(path.join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/ZodError/);
      // a message only the digest parser has
      expect(code, file).not.toMatch(/paper heading without an arXiv link/);
    }
  });

  test('the reader page, and its search worker in a file of its own: the search engine only (no zod, no Preact, no extension API)', () => {
    expect(existsSync(path.join(dir, 'reader.html'))).toBe(true);
    const workers = readdirSync(path.join(dir, 'assets')).filter((f) => /^search\.worker-[\w-]+\.js$/.test(f));
    expect(workers).toHaveLength(1);
    expect(scripts('chunks').some((code) => code.includes(workers[0]!))).toBe(true);
    const worker = readFileSync(path.join(dir, 'assets', workers[0]!), 'utf8');
    expect(worker).not.toMatch(/ZodError|dangerouslySetInnerHTML|runtime\.sendMessage|storage\.local/);
  });

  test('no source maps or test files shipped; the dataset is split in small files', () => {
    const files = readdirSync(dir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.map') || f.includes('test'))).toEqual([]);
    expect(files).toContain(path.join('data', 'dates.json'));
    // the digests' license and source travel with the data
    expect(readFileSync(path.join(dir, 'data', 'LICENSE.md'), 'utf8')).toContain('Attribution-NonCommercial-NoDerivatives 4.0');
    expect(readFileSync(path.join(dir, 'data', 'SOURCE.md'), 'utf8')).toContain('l-yohai/daily_papers_ko');
  });

  test("the store checks of release:check pass: files the manifest names, locales, no remote code, no eval or Function constructor (zod/mini, not zod), the default CSP", () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(checkPackage(dir, browser as 'chrome' | 'firefox', version)).toEqual([]);
  });

  test('the privacy policy ships as privacy.html, the text of PRIVACY.md (the options page links to it)', () => {
    expect(readFileSync(path.join(dir, 'privacy.html'), 'utf8')).toBe(privacyPage(readFileSync('PRIVACY.md', 'utf8')));
  });
});

test('Firefox: the published gecko id (never changed: AMO would see another add-on), data collection none, minimum version', () => {
  const m = manifest(BUILDS.firefox);
  expect(m.manifest_version).toBe(2);
  expect(m.browser_specific_settings.gecko).toEqual({
    id: '{b804693d-a3a8-48bf-ab54-101a1332f4e8}',
    data_collection_permissions: { required: ['none'] },
    // not below data_collection_permissions' 140 (142 on Android), nor below the Firefox the e2e suite runs
    strict_min_version: '153.0',
  });
  expect(manifest(BUILDS.chrome).browser_specific_settings).toBeUndefined();
});
