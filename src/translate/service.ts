/**
 * The one place English is made (it runs in the background): one queue of papers, one translator, one
 * store. Each surface that wants English opens a session and asks for papers; a paper whose English is
 * stored is answered at once, the rest are queued — the papers a reader is looking at first — and
 * translated one by one. Two surfaces asking for the same paper share its translation.
 *
 * Where the translator lives: the background's own (`workerApi`) when it has one, since the extension's
 * service worker needs no click to start a download and no page's Permissions-Policy applies to it; the
 * asking page's own (`pageApi`, reached over its port) when the background has none or has no language
 * pack while the page's is ready. A download starts only when the reader asked (a click on English or on
 * "Translate"), or when this device finished one before. Pure: every API is given.
 */
import type { Paper, Summary } from '../digest/schema';
import { KO_EN, type Availability, type TranslatorApi } from './api';
import { createLane, TranslatorUnavailableError, type Lane, type LaneOptions } from './lane';
import { koreanHash, type DeviceEnglish } from './record';
import { TranslationError, translateSummary, type TranslationFailure } from './segments';
import type { TranslatorStatus } from './status';

export interface PaperRef {
  id: string;
  /** The day whose summary is meant (a paper on two days has two). */
  date: string;
}

/** How much English this device keeps (the options page shows it). */
export interface EnglishUsage {
  papers: number;
  /** Bytes as JSON, the way the browser counts them closely enough. */
  bytes: number;
}

/** What "Translate every day now" still has to do. */
export interface EnglishTodo {
  /** Papers of every day (bundled and imported), a paper on two days counted twice. */
  total: number;
  /** Those without English for their current Korean, newest day first. */
  todo: PaperRef[];
}

export interface EnglishStore {
  get(id: string, hash: string): Promise<DeviceEnglish | undefined>;
  /** Throws when the storage refuses the write (quota, unavailable). */
  put(id: string, hash: string, english: DeviceEnglish): Promise<void>;
}

export interface ServiceDeps {
  /** The background's own Translator, looked up at each request (never at start). */
  workerApi: () => TranslatorApi | undefined;
  store: EnglishStore;
  /** The paper as that day listed it (Korean summary), or undefined. */
  paper: (ref: PaperRef) => Promise<Paper | undefined>;
  /** Whether a language pack download finished on this device before (so no click is needed again). */
  downloaded: { get(): Promise<boolean>; set(): Promise<void> };
  laneOptions?: LaneOptions;
  now?: () => number;
}

export type PaperFailure = TranslationFailure | 'not-found' | 'storage';

export interface SessionEvents {
  status(status: TranslatorStatus): void;
  paper(ref: PaperRef, english: DeviceEnglish, hash: string): void;
  failed(ref: PaperRef, reason: PaperFailure, message: string): void;
}

export interface RequestOptions {
  /** The reader clicked (English, Translate, Try again): a language pack download may start. */
  userAsked: boolean;
  /** These papers go before everything queued (the ones on screen, the one clicked). */
  front?: boolean;
}

export interface Session {
  request(papers: readonly PaperRef[], options: RequestOptions): Promise<void>;
  close(): void;
}

export interface TranslationService {
  open(events: SessionEvents, pageApi?: TranslatorApi): Session;
}

interface Job {
  key: string;
  ref: PaperRef;
  hash: string;
  ko: Summary;
  sessions: Set<SessionState>;
}

interface SessionState {
  events: SessionEvents;
  /** Papers asked for (`ID@date`), and those answered: translated, or failed on their own. */
  asked: Set<string>;
  done: Set<string>;
  closed: boolean;
}

const keyOf = (ref: PaperRef) => `${ref.id}@${ref.date}`;

/** A lane with its own queue: the background's (shared by every session) or one page's. */
class Runner {
  private queue: Job[] = [];
  private running = false;
  readonly jobs = new Map<string, Job>();
  readonly lane: Lane;
  private markedDownloaded = false;

  constructor(
    readonly api: TranslatorApi,
    private readonly deps: ServiceDeps,
    private readonly where: 'worker' | 'page',
  ) {
    this.lane = createLane(api, {
      ...deps.laneOptions,
      // The reader sees the download from its start, not only once the browser reports progress (offline, it never does).
      onDownload: () => this.broadcast({ state: 'downloading' }),
      onProgress: (loaded) => this.broadcast({ state: 'downloading', loaded }),
    });
  }

  private sessions(): Set<SessionState> {
    const all = new Set<SessionState>();
    for (const job of this.jobs.values()) for (const s of job.sessions) if (!s.closed) all.add(s);
    return all;
  }

  private broadcast(status: TranslatorStatus): void {
    for (const s of this.sessions()) s.events.status(status);
  }

  add(jobs: Job[], front: boolean): void {
    const queued: Job[] = [];
    for (const job of jobs) {
      const known = this.jobs.get(job.key);
      if (!known) {
        this.jobs.set(job.key, job);
        queued.push(job);
        continue;
      }
      // Asked again (another surface, or the same one scrolled back to it): one translation for both.
      for (const s of job.sessions) known.sessions.add(s);
      const at = this.queue.indexOf(known);
      if (front && at >= 0) queued.push(...this.queue.splice(at, 1));
    }
    if (front) this.queue.unshift(...queued);
    else this.queue.push(...queued);
    void this.run();
  }

  drop(session: SessionState): void {
    for (const job of this.jobs.values()) job.sessions.delete(session);
  }

  private finish(job: Job, result: { english: DeviceEnglish } | { reason: PaperFailure; message: string }): void {
    this.jobs.delete(job.key);
    for (const s of job.sessions) {
      if (s.closed) continue;
      s.done.add(keyOf(job.ref));
      if ('english' in result) s.events.paper(job.ref, result.english, job.hash);
      else s.events.failed(job.ref, result.reason, result.message);
      progress(s);
    }
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length) {
        const job = this.queue.shift()!;
        if (![...job.sessions].some((s) => !s.closed)) {
          this.jobs.delete(job.key);
          continue;
        }
        try {
          await this.lane.ready(true);
          // The background's pack is on this device now: later requests need no click to use it.
          if (this.where === 'worker' && !this.markedDownloaded) {
            this.markedDownloaded = true;
            await this.deps.downloaded.set().catch(() => undefined);
          }
        } catch (e) {
          this.failAll(job, e);
          continue;
        }
        this.finish(job, await this.translate(job));
      }
    } finally {
      this.running = false;
    }
  }

  /** The translator could not be made: every paper waiting on it fails with the same status. */
  private failAll(first: Job, e: unknown): void {
    const waiting = [first, ...this.queue];
    this.queue = [];
    const sessions = new Set(waiting.flatMap((j) => [...j.sessions]));
    for (const j of waiting) this.jobs.delete(j.key);
    this.lane.reset();
    const status = unavailableStatus(e);
    for (const s of sessions) if (!s.closed) s.events.status(status);
  }

  private async translate(job: Job): Promise<{ english: DeviceEnglish } | { reason: PaperFailure; message: string }> {
    let english: DeviceEnglish;
    try {
      english = await this.translateOnce(job).catch(async (e: unknown) => {
        // A translator that was destroyed under us (the worker restarted it, a page navigated) is made again once.
        if (!(e instanceof TranslationError) || e.reason !== 'aborted') throw e;
        this.lane.reset();
        return this.translateOnce(job);
      });
    } catch (e) {
      const failure = e instanceof TranslationError ? e : new TranslationError('failed', e instanceof Error ? e.message : String(e));
      return { reason: failure.reason, message: failure.message };
    }
    try {
      await this.deps.store.put(job.ref.id, job.hash, english);
    } catch (e) {
      return { reason: 'storage', message: e instanceof Error ? e.message : String(e) };
    }
    return { english };
  }

  private async translateOnce(job: Job): Promise<DeviceEnglish> {
    const out = await translateSummary(job.ko, (text) => this.lane.translate(text));
    return { ...out, at: (this.deps.now ?? Date.now)(), date: job.ref.date };
  }
}

function unavailableStatus(e: unknown): TranslatorStatus {
  if (e instanceof TranslatorUnavailableError) {
    if (e.reason === 'unsupported') return { state: 'unavailable', reason: 'unsupported' };
    return { state: 'failed', reason: e.reason, detail: e.message };
  }
  return { state: 'failed', reason: 'error', detail: e instanceof Error ? e.message : String(e) };
}

function progress(s: SessionState): void {
  const total = s.asked.size;
  s.events.status(s.done.size >= total ? { state: 'done' } : { state: 'translating', done: s.done.size, total });
}

async function availabilityOf(api: TranslatorApi | undefined): Promise<Availability | undefined> {
  if (!api) return undefined;
  try {
    return await api.availability(KO_EN);
  } catch {
    // A page whose Permissions-Policy forbids the translator throws here: as good as none.
    return undefined;
  }
}

const canDownload = (a: Availability | undefined) => a === 'downloadable' || a === 'downloading';

export function createTranslationService(deps: ServiceDeps): TranslationService {
  let worker: Runner | undefined;
  const workerRunner = (api: TranslatorApi) => {
    // A new global Translator (another browser build, a test's stand-in) gets a new lane.
    if (worker?.api !== api) worker = new Runner(api, deps, 'worker');
    return worker;
  };

  /** Which translator serves a request, or the status that says why none does. */
  async function choose(pageApi: TranslatorApi | undefined, page: () => Runner, userAsked: boolean): Promise<Runner | TranslatorStatus> {
    const own = deps.workerApi();
    const ownState = await availabilityOf(own);
    if (own && ownState === 'available') return workerRunner(own);
    // The same browser's translator in a page cannot do more: only its language pack's presence may differ.
    if (ownState === 'unavailable') return { state: 'unavailable', reason: 'unsupported' };
    const pageState = await availabilityOf(pageApi);
    if (pageApi && pageState === 'available') return page();
    if (own && canDownload(ownState)) {
      if (userAsked || (await deps.downloaded.get().catch(() => false))) return workerRunner(own);
      return { state: 'needs-download' };
    }
    if (pageApi && canDownload(pageState)) return userAsked ? page() : { state: 'needs-download' };
    return { state: 'unavailable', reason: own || pageApi ? 'unsupported' : 'no-api' };
  }

  return {
    open(events, pageApi) {
      const state: SessionState = { events, asked: new Set(), done: new Set(), closed: false };
      let pageRunner: Runner | undefined;
      const page = () => (pageRunner ??= new Runner(pageApi!, deps, 'page'));
      return {
        async request(papers, { userAsked, front = false }) {
          if (state.closed || !papers.length) return;
          events.status({ state: 'checking' });
          const jobs: Job[] = [];
          for (const ref of papers) {
            const key = keyOf(ref);
            const paper = await deps.paper(ref).catch(() => undefined);
            state.asked.add(key);
            if (!paper) {
              state.done.add(key);
              events.failed(ref, 'not-found', `${ref.id} is not in the digest of ${ref.date}`);
              continue;
            }
            const hash = koreanHash(paper.summary.ko);
            const stored = await deps.store.get(ref.id, hash).catch(() => undefined);
            if (stored) {
              state.done.add(key);
              events.paper(ref, stored, hash);
            } else {
              jobs.push({ key: `${key}#${hash}`, ref, hash, ko: paper.summary.ko, sessions: new Set([state]) });
            }
          }
          if (!jobs.length) return progress(state);
          const runner = await choose(pageApi, page, userAsked);
          if (state.closed) return;
          if (!(runner instanceof Runner)) return events.status(runner);
          events.status({ state: 'translating', done: state.done.size, total: state.asked.size });
          runner.add(jobs, front);
        },
        close() {
          state.closed = true;
          worker?.drop(state);
          pageRunner?.drop(state);
        },
      };
    },
  };
}
