import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDispatcher, type Handlers } from '../../../src/background/dispatch';
import { handlersFor, sentBy } from './handlers-for';
import { createRepository } from '../../../src/packaged/repository';
import { senderKind, type Sender } from '../../../src/background/senders';
import { LOOKUP_MANY_MAX } from '../../../src/messaging/names';
import { MESSAGES, type MessageName, type RequestOf } from '../../../src/messaging/protocol';
import { typedSend } from '../../../src/messaging/send';
import { SETTINGS_KEY } from '../../../src/prefs/settings';
import { compileSeed } from '../digest/seed';

const files = compileSeed().files;
const repo = createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));
/** The protocol's answers, asked from an extension page (the senders have their own tests below). */
const dispatch = createDispatcher(handlersFor(repo), sentBy('extension-page'));
/** Through the typed sender, a JSON round trip (like runtime messaging) and the dispatcher. */
const send = typedSend(async (m) => JSON.parse(JSON.stringify((await dispatch(m)) ?? null)));

beforeEach(() => fakeBrowser.reset());

describe('background: one dispatcher over the protocol', () => {
  test('every message of the protocol has its handler and answers through the typed sender', async () => {
    expect(Object.keys(handlersFor(repo)).sort()).toEqual(Object.keys(MESSAGES).sort());
    expect(await send('dates', {})).toEqual(['2023-11-23']);
    expect((await send('day', { date: '2023-11-23' }))?.papers).toHaveLength(9);
    expect(await send('day', { date: '2023-11-22' })).toBeNull();
    expect(await send('dateOf', { id: '2311.12983' })).toBe('2023-11-23');
    expect(await send('paper', { id: '2311.13231' })).toMatchObject({ date: '2023-11-23', paper: { id: '2311.13231' } });
    expect(await send('start', { url: 'https://arxiv.org/abs/2311.13600' })).toMatchObject({ highlight: '2311.13600' });
  });

  test('badgeTab: the sending tab (its id and the URL the browser reports) gets its badge; a sender without a tab, nothing', async () => {
    const showBadge = vi.fn(async () => {});
    const badgeDispatch = createDispatcher(handlersFor(repo, undefined, showBadge), sentBy('content-script'));
    const message = { type: 'daily-papers:badgeTab' };
    expect(await badgeDispatch(message, { tab: { id: 4, url: 'https://arxiv.org/pdf/2311.13231' }, url: 'https://evil.example/' })).toEqual({ ok: true, value: null });
    expect(showBadge.mock.calls).toEqual([[4, 'https://arxiv.org/pdf/2311.13231']]);
    expect(await badgeDispatch(message, { url: 'chrome-extension://x/popup.html' })).toEqual({ ok: true, value: null });
    expect(await badgeDispatch(message)).toEqual({ ok: true, value: null });
    expect(showBadge).toHaveBeenCalledTimes(1);
    expect(await badgeDispatch({ ...message, id: '2311.13231' }, { tab: { id: 4 } })).toMatchObject({ ok: false });
  });

  test('lookup: a found paper comes with the settings from storage, validated', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { v: 2, lang: 'en', collapsed: true, teaser: 'yes' } });
    expect(await send('lookup', { id: '2311.12983' })).toMatchObject({ hit: { paper: { id: '2311.12983' } }, settings: { lang: 'en', collapsed: true, teaser: false } });
  });

  test('lookup: defaults when nothing is stored', async () => {
    expect(await send('lookup', { id: '2311.12983' })).toMatchObject({ settings: { lang: 'ko', collapsed: false, teaser: false } });
  });

  test('lookup: null for an unknown paper, without reading settings', async () => {
    const settings = vi.fn(async () => ({ lang: 'ko' as const, collapsed: false, teaser: false }));
    const d = createDispatcher(handlersFor(repo, settings), sentBy('content-script'));
    expect(await d({ type: 'daily-papers:lookup', id: '2401.00001' })).toEqual({ ok: true, value: null });
    expect(settings).not.toHaveBeenCalled();
  });

  test('lookupMany: the known papers of a whole listing by ID, with the settings; IDs no digest has are absent', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { v: 2, lang: 'en', collapsed: false, teaser: false } });
    const answer = await send('lookupMany', { ids: ['2311.13600', '2311.99999', 'cs/0112017', '2311.12983'] });
    expect(Object.keys(answer.hits).sort()).toEqual(['2311.12983', '2311.13600']);
    expect(answer.hits['2311.13600']).toMatchObject({ date: '2023-11-23', paper: { id: '2311.13600' } });
    expect(answer.settings).toEqual({ lang: 'en', collapsed: false, teaser: false });
  });

  test('lookupMany: at least one ID, at most LOOKUP_MANY_MAX, each a bare arXiv ID', async () => {
    expect(await dispatch({ type: 'daily-papers:lookupMany', ids: [] })).toMatchObject({ ok: false });
    expect(await dispatch({ type: 'daily-papers:lookupMany', ids: ['2311.12983v2'] })).toMatchObject({ ok: false });
    expect(await dispatch({ type: 'daily-papers:lookupMany', ids: Array.from({ length: LOOKUP_MANY_MAX + 1 }, () => '2311.12983') })).toMatchObject({ ok: false });
    expect(await dispatch({ type: 'daily-papers:lookupMany', ids: Array.from({ length: LOOKUP_MANY_MAX }, (_, i) => `2311.${String(20000 + i)}`) })).toMatchObject({ ok: true, value: { hits: {} } });
  });

  test('a failing settings read or data read becomes an error answer', async () => {
    const d = createDispatcher(handlersFor(repo, () => Promise.reject(new Error('storage closed'))), sentBy('content-script'));
    expect(await d({ type: 'daily-papers:lookup', id: '2311.12983' })).toEqual({ ok: false, error: 'storage closed' });
    const broken = createDispatcher(handlersFor(createRepository(() => Promise.reject(new Error('disk on fire')))), sentBy('content-script'));
    expect(await broken({ type: 'daily-papers:lookup', id: '2311.12983' })).toEqual({ ok: false, error: 'disk on fire' });
  });

  test('requests are validated with their schema', async () => {
    const bad = [
      { type: 'daily-papers:lookup', id: '../../etc/passwd' },
      { type: 'daily-papers:lookup', id: '2311.12983', extra: 1 },
      { type: 'daily-papers:day', date: '2023-02-30' },
      { type: 'daily-papers:day', date: '../../manifest' },
      { type: 'daily-papers:paper', id: 'x' },
      { type: 'daily-papers:dates', extra: 1 },
      { type: 'daily-papers:start', url: 42 },
      { type: 'daily-papers:start', url: 'x'.repeat(9000) },
    ];
    for (const m of bad) expect(await dispatch(m), JSON.stringify(m).slice(0, 80)).toMatchObject({ ok: false, error: expect.stringMatching(/^bad request/) });
    expect(await dispatch({ type: 'daily-papers:lookup', id: 'nope' })).toEqual({ ok: false, error: expect.stringMatching(/^bad request: must be a bare arXiv ID/) });
  });

  test('messages that are not ours are left to other listeners', () => {
    for (const m of [{ type: 'other' }, { type: 'daily-papers:drop' }, { type: 'daily-papers:toString' }, 'hello', null, undefined]) expect(dispatch(m)).toBeUndefined();
  });

  test('the sender turns error answers and silence into errors', async () => {
    await expect(typedSend(async () => ({ ok: false, error: 'days/2023-11-23.json: damaged' }))('dates', {})).rejects.toThrow('days/2023-11-23.json: damaged');
    await expect(typedSend(async () => undefined)('dates', {})).rejects.toThrow('no answer from the background');
  });
});

describe('background: who may send what', () => {
  const SELF = { id: 'ourextensionid', root: 'chrome-extension://ourextensionid/' };
  const SENDERS = {
    'content script (abs page)': { id: SELF.id, url: 'https://arxiv.org/abs/2311.12983', tab: { id: 3, url: 'https://arxiv.org/abs/2311.12983' } },
    'content script (listing, http, export host)': { id: SELF.id, url: 'http://export.arxiv.org/list/cs.CL/new', tab: { id: 4 } },
    'popup (no tab)': { id: SELF.id, url: 'chrome-extension://ourextensionid/popup.html' },
    'options page (in a tab)': { id: SELF.id, url: 'chrome-extension://ourextensionid/options.html', tab: { id: 5, url: 'chrome-extension://ourextensionid/options.html' } },
    'another extension': { id: 'otherextension', url: 'chrome-extension://otherextension/background.js' },
    'our ID on a page that is not arXiv': { id: SELF.id, url: 'https://example.com/', tab: { id: 6 } },
    'no sender': {},
  } satisfies Record<string, Sender>;
  type SenderName = keyof typeof SENDERS;
  const CONTENT: SenderName[] = ['content script (abs page)', 'content script (listing, http, export host)'];
  const PAGES: SenderName[] = ['popup (no tab)', 'options page (in a tab)'];

  // The rule, written out here rather than read from the protocol (which is what this checks).
  const ALLOWED: { [K in MessageName]: SenderName[] } = {
    lookup: [...CONTENT, ...PAGES],
    lookupMany: [...CONTENT, ...PAGES],
    badgeTab: CONTENT,
    dates: PAGES,
    day: PAGES,
    days: PAGES,
    dateOf: PAGES,
    datesOf: PAGES,
    paper: PAGES,
    start: PAGES,
    importPreview: PAGES,
    importSave: PAGES,
    importDelete: PAGES,
    importList: PAGES,
    importExport: PAGES,
    englishUsage: PAGES,
    englishClear: PAGES,
    englishTodo: PAGES,
  };
  const file = { name: '2023-11-24.md', text: '## Daily Papers (2023-11-24)\n' };
  const VALID: { [K in MessageName]: RequestOf<K> } = {
    lookup: { id: '2311.12983' },
    lookupMany: { ids: ['2311.12983'] },
    badgeTab: {},
    dates: {},
    day: { date: '2023-11-23' },
    days: { dates: ['2023-11-23'] },
    dateOf: { id: '2311.12983' },
    datesOf: { id: '2311.12983' },
    paper: { id: '2311.12983' },
    start: { tabId: 3 },
    importPreview: { files: [file] },
    importSave: { files: [file], confirm: [] },
    importDelete: { date: '2023-11-23' },
    importList: {},
    importExport: {},
    englishUsage: {},
    englishClear: {},
    englishTodo: {},
  };

  /** Handlers that only record that they ran: the table is about the dispatcher, not the answers. */
  function recording() {
    const ran: string[] = [];
    const handlers = Object.fromEntries(Object.keys(MESSAGES).map((n) => [n, async () => (ran.push(n), n)])) as unknown as Handlers;
    return { ran, dispatch: createDispatcher(handlers, (s) => senderKind(s, SELF)) };
  }

  const cases = (Object.keys(ALLOWED) as MessageName[]).flatMap((name) => (Object.keys(SENDERS) as SenderName[]).map((sender) => [name, sender] as const));
  test.each(cases)('%s from %s', async (name, sender) => {
    const { ran, dispatch: d } = recording();
    const reply = await d({ type: `daily-papers:${name}`, ...VALID[name] }, SENDERS[sender]);
    if (ALLOWED[name].includes(sender)) {
      expect(reply).toEqual({ ok: true, value: name });
      expect(ran).toEqual([name]);
    } else {
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^refused: ${name} is not accepted from `)) });
      expect(ran).toEqual([]);
    }
  });

  test('the table above covers every message of the protocol', () => {
    expect(Object.keys(ALLOWED).sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  test('the refusal comes before the request is read, and says who was refused', async () => {
    const { ran, dispatch: d } = recording();
    const content = SENDERS['content script (abs page)'];
    expect(await d({ type: 'daily-papers:importSave', files: 'not files' }, content)).toEqual({ ok: false, error: 'refused: importSave is not accepted from a content script' });
    expect(await d({ type: 'daily-papers:importDelete' }, content)).toEqual({ ok: false, error: 'refused: importDelete is not accepted from a content script' });
    expect(await d({ type: 'daily-papers:importList' }, SENDERS['another extension'])).toEqual({
      ok: false,
      error: 'refused: importList is not accepted from a sender that is neither a page nor a content script of this extension',
    });
    expect(await d({ type: 'daily-papers:badgeTab' }, SENDERS['popup (no tab)'])).toEqual({ ok: false, error: 'refused: badgeTab is not accepted from an extension page' });
    expect(ran).toEqual([]);
    // an allowed sender with a bad request still gets the validation error
    expect(await d({ type: 'daily-papers:importSave', files: 'not files' }, SENDERS['popup (no tab)'])).toMatchObject({ ok: false, error: expect.stringMatching(/^bad request/) });
  });

  test('messages that are not ours are still left to other listeners, whoever sends them', () => {
    const { dispatch: d } = recording();
    for (const sender of Object.values(SENDERS)) for (const m of [{ type: 'other' }, { type: 'daily-papers:drop' }]) expect(d(m, sender)).toBeUndefined();
  });
});
