/**
 * Every message to the background, defined once: its name, the zod schema its request must pass and the
 * type of its answer. The background's dispatch table (`src/background/dispatch.ts`) must have one
 * handler per entry with exactly these types, and the typed sender (`./send.ts`) only accepts these
 * requests, so adding a message is one entry here and a mismatch fails to compile. Each entry also says
 * who may send it (`from`); the dispatcher refuses every other sender before it reads the request.
 *
 * Only the background imports this module's values (zod). Content script and pages import its types,
 * which are erased: zod never reaches their bundles (a build test checks it).
 */
import { z } from 'zod';
import type { PreviewItem } from '../digest/import-batch';
import { MAX_BACKUP_BYTES, MAX_FILE_NAME, MAX_IMPORT_FILES } from '../digest/import-limits';
import { arxivIdSchema, isoDateSchema, type Day } from '../digest/schema';
import type { PaperHit } from '../model/paper-hit';
import type { Settings } from '../prefs/settings';
import type { EnglishTodo, EnglishUsage } from '../translate/service';
import { MAX_DAYS_PER_REQUEST } from './limits';
import { LOOKUP_MANY_MAX, MESSAGE_PREFIX } from './names';

/** JSON text that parses to a T (the type only exists for the compiler). */
export type JsonText<T> = string & { readonly __jsonOf?: T };

/** Marks the answer type of a message; it only exists for the compiler. */
const answers = <T>() => undefined as unknown as T;

const id = z.object({ id: arxivIdSchema }).strict();
const none = z.object({}).strict();
// The file's size in characters never exceeds its size in bytes: the byte limits are checked on the text.
const files = z.array(z.object({ name: z.string().max(MAX_FILE_NAME), text: z.string().max(MAX_BACKUP_BYTES) }).strict()).min(1).max(MAX_IMPORT_FILES);

/**
 * Who sent a message, as the background tells from the browser's sender (src/background/senders.ts): a
 * content script of ours on an arXiv page, or a page of the extension itself (popup, options, reader).
 */
export type SenderKind = 'content-script' | 'extension-page';

/**
 * Extension pages only: everything that writes, lists or exports the reader's own data, and every read
 * the content scripts do not need. A content script shares its renderer with the arXiv page, so it gets
 * only what it sends (lookup, lookupMany, badgeTab).
 */
const PAGES = ['extension-page'] as const;
/** Content scripts only: what only makes sense for a tab showing an arXiv page. */
const CONTENT_SCRIPTS = ['content-script'] as const;
/**
 * Content scripts and extension pages: the content script's reads. A page already holds every right the
 * background has (it could read storage itself); tests and the benchmark ask these from a page.
 */
const CONTENT_SCRIPTS_AND_PAGES = ['content-script', 'extension-page'] as const;

export const MESSAGES = {
  /**
   * The content script's lookup. A found paper comes with the panel's settings, read by the background:
   * the page then touches one extension API before the panel is on screen.
   */
  lookup: { from: CONTENT_SCRIPTS_AND_PAGES, request: id, answer: answers<{ hit: PaperHit; settings: Settings } | null>() },
  /**
   * A listing page's lookup: every ID on the page in one message (only while the lookup table is being
   * filled; otherwise the page reads the table). The papers found, keyed by ID, and the settings.
   */
  lookupMany: {
    from: CONTENT_SCRIPTS_AND_PAGES,
    request: z.object({ ids: z.array(arxivIdSchema).min(1).max(LOOKUP_MANY_MAX) }).strict(),
    answer: answers<{ hits: Record<string, PaperHit>; settings: Settings }>(),
  },
  /**
   * Chrome: the sending tab shows a paper with a summary (its content script found it), so the background
   * sets that tab's toolbar badge. Firefox finds these tabs with a URL-filtered `tabs.onUpdated` instead.
   */
  badgeTab: { from: CONTENT_SCRIPTS, request: none, answer: answers<null>() },
  dates: { from: PAGES, request: none, answer: answers<string[]>() },
  day: { from: PAGES, request: z.object({ date: isoDateSchema }).strict(), answer: answers<Day | null>() },
  /**
   * Several days at once, for the reader's search index. Answered as JSON text: the page hands it to its
   * search worker as it is, so parsing megabytes of days never runs on the page's main thread.
   */
  days: { from: PAGES, request: z.object({ dates: z.array(isoDateSchema).min(1).max(MAX_DAYS_PER_REQUEST) }).strict(), answer: answers<JsonText<Day[]>>() },
  dateOf: { from: PAGES, request: id, answer: answers<string | null>() },
  datesOf: { from: PAGES, request: id, answer: answers<string[]>() },
  paper: { from: PAGES, request: id, answer: answers<PaperHit | null>() },
  /**
   * The popup's opening view: for `url`, else for the tab `tabId`, else for the active tab of the last
   * focused window (the popup's own). The background reads the tab, so the popup waits for one round trip
   * instead of a tabs call and then a message.
   */
  start: {
    from: PAGES,
    request: z.object({ url: z.string().max(8192).optional(), tabId: z.number().int().positive().optional() }).strict(),
    answer: answers<PopupStart>(),
  },
  /** What importing these files would do; nothing is stored. */
  importPreview: { from: PAGES, request: z.object({ files }).strict(), answer: answers<PreviewItem[]>() },
  /** Stores the valid files; a day that exists is replaced only if its date is confirmed. */
  importSave: { from: PAGES, request: z.object({ files, confirm: z.array(isoDateSchema).max(5000) }).strict(), answer: answers<{ saved: string[]; items: PreviewItem[] }>() },
  importDelete: { from: PAGES, request: z.object({ date: isoDateSchema }).strict(), answer: answers<null>() },
  importList: { from: PAGES, request: none, answer: answers<ImportListing>() },
  /** Everything imported, as one backup file (markdown verbatim). */
  importExport: { from: PAGES, request: none, answer: answers<string>() },
  /** How many papers have English made on this device, and the storage it takes (options page). */
  englishUsage: { from: PAGES, request: none, answer: answers<EnglishUsage>() },
  /** Removes every English made on this device (options page); answers how many records went. */
  englishClear: { from: PAGES, request: none, answer: answers<number>() },
  /** "Translate every day now": every paper of every day, and those still without English, newest first. */
  englishTodo: { from: PAGES, request: none, answer: answers<EnglishTodo>() },
} satisfies Record<string, { from: readonly SenderKind[]; request: unknown; answer: unknown }>;

export type MessageName = keyof typeof MESSAGES;
export type RequestOf<K extends MessageName> = z.infer<(typeof MESSAGES)[K]['request']>;
export type AnswerOf<K extends MessageName> = (typeof MESSAGES)[K]['answer'];

/** How a message travels: the prefixed name and the request's fields. */
export type Envelope<K extends MessageName = MessageName> = { type: `${typeof MESSAGE_PREFIX}${K}` } & RequestOf<K>;

/** Every answer: the value, or an error text (a bad request, a damaged data file). */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ImportListing {
  days: { date: string; papers: number; digest: boolean; english: boolean; replacesBundled: boolean; importedAt: string; bytes: number }[];
  /** Stored days that cannot be read (damaged, or from a newer version): skipped, kept, reported. */
  problems: { date: string; reason: string }[];
  bytes: number;
}

export type PopupNotice = { kind: 'not-arxiv' } | { kind: 'not-in-dataset'; id: string } | { kind: 'empty' };

export interface PopupStart {
  day?: Day;
  dates: string[];
  /** The paper of the active tab, highlighted in the list. */
  highlight?: string;
  notice?: PopupNotice;
  /** The active tab shows an arXiv page, so links may open in it. */
  tabIsArxiv: boolean;
}
