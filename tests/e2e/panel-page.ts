import type { Page, Worker } from '@playwright/test';
import { fixtureHtml, PANEL } from './fixtures';

/** Page object for the summary panel (inside its open shadow root; Playwright locators pierce it). */
export function panelOf(page: Page) {
  const host = page.locator(PANEL);
  return {
    host,
    heading: host.locator('h2'),
    bullets: host.locator('.dp-bullets > li'),
    list: host.locator('.dp-bullets'),
    english: host.getByRole('button', { name: 'English' }),
    korean: host.getByRole('button', { name: '한국어' }),
    collapse: host.locator('.dp-collapse'),
    body: host.locator('.dp-body'),
    link: (href: string) => host.locator(`a[href="${href}"]`),
  };
}

/** Records the messages the background receives, so a test knows the content script has asked. */
export async function recordRequests(sw: Worker): Promise<void> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as { __dpSeen?: unknown[] };
    if (g.__dpSeen) {
      g.__dpSeen.length = 0;
      return;
    }
    g.__dpSeen = [];
    chrome.runtime.onMessage.addListener((m: unknown) => {
      g.__dpSeen!.push(m);
      return undefined;
    });
  });
}

export async function requestedIds(sw: Worker): Promise<string[]> {
  return sw.evaluate(() => ((globalThis as unknown as { __dpSeen: { id: string }[] }).__dpSeen ?? []).map((m) => m.id));
}

/** The page's DOM serialised, and the same fixture parsed fresh by the same browser. */
export async function domVersusSource(page: Page, html: string): Promise<{ live: string; source: string }> {
  return page.evaluate((src) => {
    const fresh = new DOMParser().parseFromString(src, 'text/html');
    return { live: document.documentElement.outerHTML, source: fresh.documentElement.outerHTML };
  }, html);
}

/** A saved page with a dark background, as a page with its own dark theme has. */
export function darkPage(file: string): string {
  return fixtureHtml(file).replace('</head>', '<style>html, body { background: #111 !important; color: #eee; }</style></head>');
}

/**
 * Puts a lookup entry for `id` (a copy of `fromId`'s) into the table the content script reads: a page of
 * `id` then shows a panel, which proves the content script looked exactly that ID up.
 */
export async function plantEntry(sw: Worker, id: string, fromId: string): Promise<void> {
  await sw.evaluate(
    async ([to, from]) => {
      const entry = (await chrome.storage.local.get(`p:${from}`))[`p:${from}`] as { paper: { id: string } };
      await chrome.storage.local.set({ [`p:${to}`]: { ...entry, paper: { ...entry.paper, id: to } } });
    },
    [id, fromId] as const,
  );
}

export async function removeEntry(sw: Worker, id: string): Promise<void> {
  await sw.evaluate((key) => chrome.storage.local.remove(key), `p:${id}`);
}

/** Runs `fn` as if the background were still filling the lookup table: the content script then asks it. */
export async function whileTableIncomplete(sw: Worker, fn: () => Promise<void>): Promise<void> {
  const marker = await sw.evaluate(async () => (await chrome.storage.local.get('lookup')).lookup);
  await sw.evaluate(() => chrome.storage.local.remove('lookup'));
  try {
    await fn();
  } finally {
    await sw.evaluate((m) => chrome.storage.local.set({ lookup: m }), marker);
  }
}
