import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkPackage, dynamicCodeIn, folderSize, referencedFiles } from '../../../../scripts/release/package-check';

const tmp: string[] = [];
afterEach(() => tmp.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const MESSAGES = JSON.stringify({ extName: { message: 'X' }, extDescription: { message: 'Y' } });
const PAGE = '<!doctype html><html><head><script type="module" crossorigin src="/chunks/popup-abc.js"></script></head><body></body></html>';

function chromeManifest(over: Record<string, unknown> = {}) {
  return {
    manifest_version: 3,
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    version: '1.2.3',
    default_locale: 'en',
    icons: { 16: 'icon/16.png' },
    background: { service_worker: 'background.js' },
    action: { default_popup: 'popup.html' },
    options_ui: { page: 'options.html', open_in_tab: true },
    content_scripts: [{ matches: ['*://arxiv.org/abs/*'], js: ['content-scripts/arxiv.js'] }],
    ...over,
  };
}

/** A package folder: the manifest and files given (a clean Chrome package by default). */
function pkg(manifest: Record<string, unknown> = chromeManifest(), files: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dp-pkg-'));
  tmp.push(dir);
  const all: Record<string, string> = {
    'manifest.json': JSON.stringify(manifest),
    'icon/16.png': 'png',
    'background.js': 'chrome.runtime.onMessage.addListener(()=>{});',
    'popup.html': PAGE,
    'options.html': PAGE.replace('popup', 'options'),
    'chunks/popup-abc.js': 'export{}',
    'chunks/options-abc.js': 'export{}',
    'content-scripts/arxiv.js': '(()=>{})()',
    '_locales/en/messages.json': MESSAGES,
    '_locales/ko/messages.json': MESSAGES,
    ...files,
  };
  for (const [rel, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('checkPackage', () => {
  test('a clean package passes', () => {
    expect(checkPackage(pkg(), 'chrome', '1.2.3')).toEqual([]);
  });

  test('the manifest for its browser, at the version of package.json', () => {
    expect(checkPackage(pkg(), 'chrome', '1.2.4')).toEqual(['chrome: manifest version 1.2.3, package.json says 1.2.4']);
    expect(checkPackage(pkg(chromeManifest({ manifest_version: 2 })), 'chrome', '1.2.3')).toContain('chrome: manifest_version 2, expected 3');
    expect(checkPackage(pkg(chromeManifest({ background: { scripts: ['background.js'] } })), 'chrome', '1.2.3')).toContain('chrome: MV3 takes background.service_worker only');
    const ff = chromeManifest({ manifest_version: 2, background: { scripts: ['background.js'] }, action: undefined, browser_action: { default_popup: 'popup.html' } });
    expect(checkPackage(pkg(ff), 'firefox', '1.2.3')).toEqual(['firefox: no browser_specific_settings.gecko.id']);
  });

  test('every file the manifest names is in the package', () => {
    const m = chromeManifest({ icons: { 16: 'icon/16.png', 48: 'icon/48.png' }, content_scripts: [{ matches: ['*://arxiv.org/abs/*'], js: ['content-scripts/arxiv.js'], css: ['x.css'] }] });
    expect(checkPackage(pkg(m), 'chrome', '1.2.3')).toEqual(['chrome: icons.48 names icon/48.png, which is not in the package', 'chrome: content_scripts[0].css[0] names x.css, which is not in the package']);
    expect(checkPackage(pkg(chromeManifest({ default_locale: 'de' })), 'chrome', '1.2.3')).toEqual(['chrome: default_locale names _locales/de/messages.json, which is not in the package']);
  });

  test('every __MSG_…__ of the manifest in every locale', () => {
    const dir = pkg(chromeManifest({ action: { default_popup: 'popup.html', default_title: '__MSG_actionTitle__' } }), { '_locales/en/messages.json': JSON.stringify({ extName: { message: 'X' }, extDescription: { message: 'Y' }, actionTitle: { message: 'Z' } }) });
    expect(checkPackage(dir, 'chrome', '1.2.3')).toEqual(['chrome: _locales/ko/messages.json has no message actionTitle']);
  });

  test('pages: no inline script, no script from another host, no script that is not there', () => {
    const dir = pkg(undefined, {
      'popup.html': '<script>alert(1)</script><script src="https://cdn.example/x.js"></script><script type="module" src="/chunks/gone.js"></script>',
      'options.html': '<link rel="modulepreload" href="https://cdn.example/m.js">',
    });
    expect(checkPackage(dir, 'chrome', '1.2.3')).toEqual([
      'chrome: options.html links a stylesheet or module from another host',
      'chrome: popup.html has an inline script (extension CSP refuses it)',
      'chrome: popup.html loads a script from https://cdn.example/x.js',
      'chrome: popup.html loads /chunks/gone.js, which is not in the package',
    ]);
  });

  test('code: eval, the Function constructor and remote imports are found in any script of the package', () => {
    const dir = pkg(undefined, { 'background.js': 'try{return Function(``),!0}catch{return!1}', 'chunks/popup-abc.js': 'import("https://cdn.example/m.js")' });
    expect(checkPackage(dir, 'chrome', '1.2.3')).toEqual(['chrome: background.js contains the Function constructor', 'chrome: chunks/popup-abc.js contains a remote import']);
  });

  test('a declared CSP, externally_connectable, update_url or key fails: the reviewed defaults stay', () => {
    const m = chromeManifest({ content_security_policy: { extension_pages: "script-src 'self'" }, externally_connectable: { matches: ['https://arxiv.org/*'] }, update_url: 'https://x' });
    expect(checkPackage(pkg(m), 'chrome', '1.2.3')).toEqual([
      'chrome: the manifest declares a content_security_policy; the browsers\' default is what was reviewed: {"extension_pages":"script-src \'self\'"}',
      'chrome: externally_connectable lets web pages message the extension',
      'chrome: update_url and key are for self-hosted builds, not store packages',
    ]);
  });

  test('source maps, TypeScript and dot files do not belong in a package', () => {
    expect(checkPackage(pkg(undefined, { 'background.js.map': '{}', '.DS_Store': '', 'src/a.ts': '' }), 'chrome', '1.2.3')).toEqual([
      'chrome: files that do not belong in a package: .DS_Store, background.js.map, src/a.ts',
    ]);
  });

  test('folderSize counts every file', () => {
    const dir = pkg(undefined, { 'extra.txt': 'x'.repeat(1000) });
    expect(folderSize(dir).files).toBe(11);
    expect(folderSize(dir).bytes).toBeGreaterThan(1000);
  });
});

describe('dynamicCodeIn (minified code)', () => {
  test.each([
    ['Function(``)', 'the Function constructor'],
    ['new Function("a","return a")', 'the Function constructor'],
    ['compile(){let e=Function,t=this?.content;return new e(...t)}', 'the Function constructor'],
    ['(0,eval)("x")', 'eval'],
    ['eval (s)', 'eval'],
    ['await import(`https://esm.sh/x`)', 'a remote import'],
    ['importScripts("http://x/y.js")', 'a remote import'],
    ['setTimeout("go()",1)', 'a string timer'],
  ])('%s: %s', (code, what) => {
    expect(dynamicCodeIn(code)).toEqual([what]);
  });

  test.each(['Function.prototype.call.bind(x)', 'typeof e==`function`', 'isFunction(e)', 'a.eval(x)', 'evaluate(x)', 'import("./chunk.js")', 'setTimeout(()=>go(),1)', 'e instanceof Function'])('%s: nothing', (code) => {
    expect(dynamicCodeIn(code)).toEqual([]);
  });
});

describe('referencedFiles', () => {
  test('icons (maps or a string), popup, options, background, content scripts, locale', () => {
    const files = referencedFiles({ ...chromeManifest(), browser_action: { default_icon: 'i.png', default_popup: '/p.html' }, background: { scripts: ['a.js', 'b.js'] } }).map((r) => r.file);
    expect(files).toEqual(['icon/16.png', 'popup.html', 'i.png', 'p.html', 'options.html', 'a.js', 'b.js', 'content-scripts/arxiv.js', '_locales/en/messages.json']);
  });
});
