/**
 * `ref-wxt`: the references' work done with this project's decided stack, to show in the same rounds what
 * the stack itself costs under the budgets that are stated against plain-script references:
 *
 * - its content script is `ref-panel`'s code, word for word, as the `main` of a WXT `defineContentScript`
 *   (document_start, no start postMessage, as ours): the difference from `ref-panel` is WXT's
 *   content-script runtime (its context, the old-script handshake) and nothing else;
 * - its popup is a WXT-built Preact page (one module, styles inline, as ours) that asks its worker one
 *   message, whose reply carries the popup's DOM as captured from the `9` build, and renders it with
 *   Preact: the floor of "a Preact popup that shows the day its worker sends", with none of our code.
 *
 * Built with WXT into bench/tmp/references/wxt/ (reused while its sources and the installed packages are
 * unchanged). `ref-noop` (below) is built the same way into bench/tmp/references/noop/.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ABS_PAGE_MATCHES, HTML_PAGE_MATCHES, LISTING_PAGE_MATCHES } from '../../src/arxiv/hosts';
import { wxtBuild } from './build';
import { panelScript, type CapturedPanel, type CapturedPopup } from './references';

const indent = (code: string, by: string) => code.trimEnd().split('\n').map((l) => (l ? by + l : l)).join('\n');

/** The popup's HTML: our popup.html's head and body, the captured styles inline, the module at the end. */
function popupHtml(popup: CapturedPopup): string {
  if (popup.css.includes('</')) throw new Error('captured popup CSS contains "</": cannot inline it');
  return `<!doctype html>
<html lang="${popup.lang.replace(/[^a-zA-Z-]/g, '')}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>reference: WXT + Preact popup</title>
    <meta name="manifest.type" content="browser_action" />
    <style>${popup.css}</style>
  </head>
  <body>
    <main id="app"></main>
    <script type="module" src="./main.ts"></script>
  </body>
</html>
`;
}

// Attributes Preact would set as properties, where the attribute's "" means true.
const POPUP_MAIN = `import { Fragment, h, render, type VNode } from 'preact';

type DomTree = string | [string, Record<string, string>, DomTree[]];
const BOOLEAN = new Set(['hidden', 'disabled', 'checked', 'selected', 'readonly', 'open', 'multiple', 'required', 'autofocus']);
const noop = () => undefined;
const props = (tag: string, attrs: Record<string, string>) => {
  const out: Record<string, unknown> = {};
  for (const k in attrs) out[k] = BOOLEAN.has(k) && attrs[k] === '' ? true : attrs[k];
  if (tag === 'button' || tag === 'a') out.onClick = noop;
  return out;
};
const vnode = (t: DomTree): VNode | string => (typeof t === 'string' ? t : h(t[0], props(t[0], t[1]), ...t[2].map(vnode)));

chrome.runtime.sendMessage({ type: 'start' }).then((reply: { tree: DomTree[] }) => {
  render(h(Fragment, null, ...reply.tree.map(vnode)), document.getElementById('app')!);
});
`;

/** The reference's source files, by path under its root: pure, so a unit test can read them. */
export function stackReferenceFiles(panel: CapturedPanel, popup: CapturedPopup): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: 'ref-wxt', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
    'wxt.config.ts': `import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: { name: 'reference: WXT runtime + bare panel, Preact popup' },
  vite: () => ({ build: { target: 'es2022' } }),
});
`,
    'entrypoints/background.ts': `import { defineBackground } from 'wxt/utils/define-background';

const TREE = ${JSON.stringify(popup.children)};

export default defineBackground(() => {
  chrome.runtime.onMessage.addListener((m: { type?: string }, _sender: unknown, reply: (r: unknown) => void) => {
    reply(m?.type === 'start' ? { tree: TREE } : { ok: true });
  });
});
`,
    'entrypoints/content.ts': `import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://arxiv.org/abs/*'],
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main() {
${indent(panelScript(panel), '    ')}
  },
});
`,
    'entrypoints/popup/index.html': popupHtml(popup),
    'entrypoints/popup/main.ts': POPUP_MAIN,
  };
}

/** What ref-noop's content scripts do: read one key, and nothing else. */
export const NOOP_READ = `void chrome.storage.local.get('lookup');`;

const noopScript = (matches: readonly string[], runAt: string) => `import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ${JSON.stringify(matches)},
  runAt: '${runAt}',
  noScriptStartedPostMessage: true,
  main() {
    ${NOOP_READ}
  },
});
`;

/**
 * `ref-noop` (issue #25): the floor of a page without a known paper on this stack — a WXT content script on
 * the same pages as ours, at the same moments (abs and HTML pages at document_start, listings at
 * document_end), that reads one storage key and returns. A background that does nothing, because every
 * measured browser finds its extension by its service worker.
 */
export function noopReferenceFiles(): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: 'ref-noop', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
    'wxt.config.ts': `import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: { name: 'reference: one storage read', permissions: ['storage'] },
  vite: () => ({ build: { target: 'es2022' } }),
});
`,
    'entrypoints/background.ts': `import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => undefined);
`,
    'entrypoints/paper.content.ts': noopScript([...ABS_PAGE_MATCHES, ...HTML_PAGE_MATCHES], 'document_start'),
    'entrypoints/listing.content.ts': noopScript(LISTING_PAGE_MATCHES, 'document_end'),
  };
}

/**
 * Writes the files under `root` and builds them with WXT (`wxt build -b chrome`), unless the last build
 * there had the same files and the same installed packages. Returns the built chrome-mv3 folder. `name`
 * labels the log and errors.
 */
export async function buildStackReference(root: string, files: Record<string, string>, log: (s: string) => void, name = 'ref-wxt'): Promise<string> {
  const outDir = path.join(root, '.output', 'chrome-mv3');
  const hash = createHash('sha256');
  for (const [name, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) hash.update(`${name}\0${text}\0`);
  hash.update(await readFile('node_modules/.package-lock.json', 'utf8').catch(() => 'no lock'));
  const print = hash.digest('hex');
  const stamp = path.join(root, 'fingerprint.txt');
  const [old, manifest] = await Promise.all([readFile(stamp, 'utf8').catch(() => ''), readFile(path.join(outDir, 'manifest.json'), 'utf8').catch(() => '')]);
  if (old === print && manifest) return outDir;
  await rm(root, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  const t0 = performance.now();
  await wxtBuild(name, 'chrome', { cwd: root });
  await writeFile(stamp, print);
  log(`${name}: built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return outDir;
}
