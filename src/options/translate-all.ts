/**
 * "Translate every day now" (options page): every paper of every bundled and imported day that has no
 * English yet (`englishTodo`), asked of the background's translation service over the port a chunk at a
 * time. The next chunk goes only when every paper of the last one was answered, so Pause stops within one
 * paper (the port closes and the service drops what it had queued), and the service's queue never holds
 * the archive: a paper the reader opens elsewhere goes first. Where it stands survives a reload in a small
 * record (`translate-all`): running → the page continues on opening, paused → it offers Resume.
 * Storage, the list and the port are given (tests use fakeBrowser and the real background).
 */
import type { browser } from 'wxt/browser';
import { logError } from '../lib/log';
import { englishClient, type ClientHandlers, type Connect, type EnglishClient } from '../translate/client';
import type { EnglishTodo, PaperRef } from '../translate/service';
import type { TranslatorStatus } from '../translate/status';
import { errorText } from './import-flow';

export const TRANSLATE_ALL_KEY = 'translate-all';
const RECORD_VERSION = 1;

/** What storage keeps between visits of the page: whether the run was going or paused, and since when. */
export interface RunRecord {
  v: typeof RECORD_VERSION;
  state: 'running' | 'paused';
  at: number;
}

/** The stored record, or undefined for none, a damaged one, or a newer version's (then the page starts idle). */
export function readRunRecord(raw: unknown): RunRecord | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (r.v !== RECORD_VERSION || (r.state !== 'running' && r.state !== 'paused') || typeof r.at !== 'number') return undefined;
  return { v: RECORD_VERSION, state: r.state, at: r.at };
}

/** Papers per request: a few seconds of work, so Pause and a paper clicked elsewhere wait little. */
export const CHUNK = 20;

export type RunView =
  | { phase: 'idle' }
  | { phase: 'counting' }
  /**
   * `translator`: what the translator says when it is more than "translating" (looking, downloading, a
   * download to start, a failure); `waiting`: the run waits for the reader's click on its button.
   */
  | { phase: 'running'; done: number; total: number; msLeft?: number; translator?: TranslatorStatus; waiting: boolean }
  /** Counts are missing while they are being read. */
  | { phase: 'paused'; done?: number; total?: number }
  | { phase: 'storage-full'; done: number; total: number; translated: number }
  | { phase: 'unavailable'; translator: TranslatorStatus }
  /** `left`: papers still without English (their translation failed). */
  | { phase: 'finished'; total: number; left: number }
  | { phase: 'count-failed'; detail: string };

export interface AllDaysDeps {
  todo: () => Promise<EnglishTodo>;
  connect: Connect;
  storage: Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;
  now?: () => number;
  chunk?: number;
  /** Where this page's own Translator is looked up (the client offers it to the background). */
  scope?: object;
}

export interface AllDaysRun {
  readonly view: RunView;
  /** On opening the page: continues a run the record says was going, shows a paused one. */
  open(): Promise<void>;
  /** The reader's click on Translate every day now, Resume or Try again. */
  start(): void;
  pause(): void;
  /** The reader's click on the translator's button (download, try again): the papers waiting are asked again. */
  retry(): void;
  /** The English was cleared: counts shown are out of date. */
  recount(): void;
  /** The page goes away: the work stops, the record stays (opening the page again continues). */
  close(): void;
}

const keyOf = (ref: PaperRef) => `${ref.id}@${ref.date}`;

/**
 * Time per paper from the papers translated in this run. Each stretch of work starts at its first paper,
 * so the translator's start (a download, a click awaited) is never counted as translating time.
 */
function rateClock() {
  let spent = 0;
  let counted = 0;
  let from: number | undefined;
  let last = 0;
  let n = 0;
  return {
    paper(at: number) {
      if (from === undefined) from = at;
      else n++;
      last = at;
    },
    /** Work stopped (waiting for a click): the time until it starts again is not counted. */
    interrupt() {
      if (from !== undefined) {
        spent += last - from;
        counted += n;
      }
      from = undefined;
      n = 0;
    },
    perPaper(): number | undefined {
      const papers = counted + n;
      return papers >= 2 ? (spent + (from === undefined ? 0 : last - from)) / papers : undefined;
    },
  };
}

export function allDaysRun(deps: AllDaysDeps, onChange: (view: RunView) => void): AllDaysRun {
  const now = deps.now ?? Date.now;
  const size = deps.chunk ?? CHUNK;
  let view: RunView = { phase: 'idle' };
  // Every start, pause and stop begins a new generation: answers for an older one are ignored.
  let gen = 0;
  let client: EnglishClient | undefined;
  let queue: PaperRef[] = [];
  let pending = new Map<string, PaperRef>();
  let total = 0;
  let done = 0;
  let translated = 0;
  let userAsked = false;
  let waiting = false;
  let translator: TranslatorStatus | undefined;
  let clock = rateClock();

  const set = (v: RunView) => {
    view = v;
    onChange(v);
  };
  const show = () => {
    const perPaper = clock.perPaper();
    const msLeft = perPaper === undefined ? undefined : perPaper * (queue.length + pending.size);
    set({ phase: 'running', done, total, waiting, ...(translator ? { translator } : {}), ...(msLeft === undefined ? {} : { msLeft }) });
  };

  function record(state: RunRecord['state'] | undefined): void {
    const write = state ? deps.storage.set({ [TRANSLATE_ALL_KEY]: { v: RECORD_VERSION, state, at: now() } satisfies RunRecord }) : deps.storage.remove(TRANSLATE_ALL_KEY);
    write.catch(async (e: unknown) => {
      logError('keeping where translating every day stands', e);
      // A full storage refuses even this small record: without one, the next visit starts from the button
      // rather than from a stale "running".
      if (state) await deps.storage.remove(TRANSLATE_ALL_KEY).catch(() => undefined);
    });
  }

  function stop(): void {
    gen++;
    client?.close();
    client = undefined;
    queue = [];
    pending = new Map();
    waiting = false;
    translator = undefined;
  }

  /** The papers still without English, or undefined when this generation is over (or the list failed). */
  async function count(g: number): Promise<EnglishTodo | undefined> {
    try {
      const todo = await deps.todo();
      return g === gen ? todo : undefined;
    } catch (e) {
      if (g !== gen) return undefined;
      logError('listing the papers without English', e);
      set({ phase: 'count-failed', detail: errorText(e) });
      return undefined;
    }
  }

  async function begin(asked: boolean): Promise<void> {
    stop();
    const g = gen;
    userAsked = asked;
    set({ phase: 'counting' });
    record('running');
    const todo = await count(g);
    if (!todo) return;
    queue = [...todo.todo];
    total = todo.total;
    done = total - queue.length;
    translated = 0;
    clock = rateClock();
    if (!queue.length) return finished(g, todo);
    client = englishClient(deps.connect, handlers(g), deps.scope);
    next(g);
  }

  function next(g: number): void {
    if (g !== gen || pending.size) return;
    if (!queue.length) {
      void finish(g);
      return;
    }
    const chunk = queue.splice(0, size);
    pending = new Map(chunk.map((ref) => [keyOf(ref), ref]));
    client?.request(chunk, { userAsked });
    show();
  }

  async function finish(g: number): Promise<void> {
    client?.close();
    client = undefined;
    // Counted again: what failed, and any day imported meanwhile, show as still without English.
    const todo = await count(g);
    if (todo) finished(g, todo);
  }

  function finished(g: number, todo: EnglishTodo): void {
    if (g !== gen) return;
    stop();
    record(undefined);
    set({ phase: 'finished', total: todo.total, left: todo.todo.length });
  }

  function storageFull(): void {
    const counts = { done, total, translated };
    stop();
    record('paused');
    set({ phase: 'storage-full', ...counts });
  }

  const handlers = (g: number): ClientHandlers => ({
    status(status) {
      if (g !== gen) return;
      switch (status.state) {
        case 'unavailable':
          stop();
          record(undefined);
          return set({ phase: 'unavailable', translator: status });
        case 'needs-download':
        case 'failed':
          waiting = true;
          translator = status;
          clock.interrupt();
          return show();
        case 'downloading':
          translator = status;
          return show();
        case 'checking':
          // Asked at each chunk: shown only until the first paper lands, or it would flicker.
          if (translated === 0) {
            translator = status;
            show();
          }
          return;
        default:
          if (translator && !waiting) {
            translator = undefined;
            show();
          }
      }
    },
    paper(ref) {
      if (g !== gen || !pending.delete(keyOf(ref))) return;
      done++;
      translated++;
      translator = undefined;
      waiting = false;
      clock.paper(now());
      if (pending.size) show();
      else next(g);
    },
    failed(ref, reason) {
      if (g !== gen) return;
      // One paper's English could not be kept: the next would not be either. Stop with everything so far kept.
      if (reason === 'storage') return storageFull();
      // Any other failure is this paper's own (too long, its day deleted meanwhile): the rest goes on.
      if (!pending.delete(keyOf(ref))) return;
      if (pending.size) show();
      else next(g);
    },
  });

  return {
    get view() {
      return view;
    },
    async open() {
      const g = gen;
      let saved: RunRecord | undefined;
      try {
        saved = readRunRecord((await deps.storage.get(TRANSLATE_ALL_KEY))[TRANSLATE_ALL_KEY]);
      } catch (e) {
        logError('reading where translating every day stands', e);
      }
      if (g !== gen || !saved) return;
      if (saved.state === 'running') return begin(false);
      set({ phase: 'paused' });
      const todo = await count(g);
      if (todo) set({ phase: 'paused', done: todo.total - todo.todo.length, total: todo.total });
    },
    start() {
      void begin(true);
    },
    pause() {
      if (view.phase !== 'running' && view.phase !== 'counting') return;
      const counts = view.phase === 'running' ? { done, total } : {};
      stop();
      record('paused');
      set({ phase: 'paused', ...counts });
    },
    retry() {
      if (view.phase !== 'running' || !waiting) return;
      waiting = false;
      userAsked = true;
      translator = { state: 'checking' };
      if (!pending.size) return next(gen);
      client?.request([...pending.values()], { userAsked: true });
      show();
    },
    recount() {
      if (view.phase === 'finished') return set({ phase: 'idle' });
      if (view.phase !== 'paused' && view.phase !== 'storage-full') return;
      gen++;
      const g = gen;
      set({ phase: 'paused' });
      void count(g).then((todo) => todo && set({ phase: 'paused', done: todo.total - todo.todo.length, total: todo.total }));
    },
    close() {
      stop();
    },
  };
}
