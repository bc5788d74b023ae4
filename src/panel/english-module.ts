/**
 * The content scripts' translation code, loaded on demand (src/panel/english-slot.ts) as its own module
 * (built by wxt.config.ts into /modules/english.js): one port to the background for the whole page, which
 * every panel and listing entry waiting for English shares. It carries the status wording too.
 */
import { browser } from 'wxt/browser';
import { paperFailedLine, statusLine } from '../i18n/english-strings';
import { englishClient, type Connect, type EnglishClient } from '../translate/client';
import type { PaperRef } from '../translate/service';
import type { EnglishListener, EnglishModule, SlotStatus } from './english-slot';

const waiting = new Map<string, Set<EnglishListener>>();
const keyOf = (ref: PaperRef) => `${ref.id}@${ref.date}`;
let client: EnglishClient | undefined;

function each(ref: PaperRef | undefined, call: (l: EnglishListener) => void): void {
  const sets = ref ? [waiting.get(keyOf(ref)) ?? new Set()] : [...waiting.values()];
  for (const set of sets) for (const l of [...set]) call(l);
}

function connect(): EnglishClient {
  return englishClient(browser.runtime.connect as unknown as Connect, {
    status: (s) => each(undefined, (l) => l.status(s)),
    paper(ref, english) {
      each(ref, (l) => l.english(english));
      waiting.delete(keyOf(ref));
    },
    failed: (ref) => each(ref, (l) => l.status('paper-failed')),
  });
}

export const request: EnglishModule['request'] = (ref, userAsked, listener) => {
  const key = keyOf(ref);
  const set = waiting.get(key) ?? new Set();
  set.add(listener);
  waiting.set(key, set);
  client ??= connect();
  client.request([ref], { userAsked, front: true });
  return () => {
    set.delete(listener);
    if (!set.size && waiting.get(key) === set) waiting.delete(key);
  };
};

export const line: EnglishModule['line'] = (status: SlotStatus, lang) => (status === 'paper-failed' ? paperFailedLine(lang) : statusLine(status, lang));
