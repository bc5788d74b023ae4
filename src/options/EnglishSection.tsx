import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { archiveStatusLine } from '../i18n/english-strings';
import type { OptionsStrings } from '../i18n/options-strings';
import { logError } from '../lib/log';
import type { Send } from '../messaging/send';
import { EnglishStatus } from '../pages/English';
import type { Lang } from '../prefs/schema';
import type { EnglishUsage } from '../translate/service';
import { formatBytes, formatCount, hoursAndMinutes } from './format';
import { errorText } from './import-flow';
import { ConfirmControl } from './ConfirmControl';
import { StatusLine } from './StatusLine';
import { allDaysRun, type AllDaysDeps, type RunView } from './translate-all';

/** The translation port and the page's storage (for where "Translate every day now" stands). */
export type EnglishSectionDeps = Pick<AllDaysDeps, 'connect' | 'storage' | 'now' | 'scope'>;

type UsageState = { status: 'loading' } | { status: 'ready'; usage: EnglishUsage } | { status: 'error' };
type ClearStatus = { kind: 'cleared'; n: number; seq: number } | { kind: 'failed'; detail: string; seq: number };

interface EnglishSectionProps {
  s: OptionsStrings;
  lang: Lang;
  send: Send;
  deps: EnglishSectionDeps;
}

/**
 * English made on this device: what it is, how much is kept (asked after the first paint: it reads every
 * record), Clear with a confirmation, and "Translate every day now" with its progress, Pause and Resume.
 */
export function EnglishSection({ s, lang, send, deps }: EnglishSectionProps) {
  const [usage, setUsage] = useState<UsageState>({ status: 'loading' });
  const [view, setView] = useState<RunView>({ phase: 'idle' });
  const [asking, setAsking] = useState(false);
  const [clearing, setClearing] = useState(false);
  const [cleared, setCleared] = useState<ClearStatus>();
  // After Cancel, focus goes back to Clear.
  const [back, setBack] = useState<number>();
  const seq = useRef(0);
  const usageRequest = useRef(0);
  const run = useMemo(() => allDaysRun({ ...deps, todo: () => send('englishTodo', {}) }, setView), [deps, send]);

  async function readUsage() {
    const mine = ++usageRequest.current;
    try {
      const value = await send('englishUsage', {});
      if (mine === usageRequest.current) setUsage({ status: 'ready', usage: value });
    } catch (e) {
      logError('reading how much English is kept', e);
      if (mine === usageRequest.current) setUsage({ status: 'error' });
    }
  }

  // Effects run after the first paint: opening the page never waits for these reads.
  useEffect(() => {
    void run.open();
    return () => run.close();
  }, [run]);
  // Read once the page is up, and again when a run stops; not at each paper (the answer reads every record).
  const working = view.phase === 'running' || view.phase === 'counting';
  const worked = useRef(false);
  useEffect(() => {
    if (!working && (worked.current || usage.status === 'loading')) void readUsage();
    worked.current = working;
  }, [working]);

  async function clear() {
    setClearing(true);
    try {
      const n = await send('englishClear', {});
      setCleared({ kind: 'cleared', n, seq: ++seq.current });
      run.recount();
    } catch (e) {
      logError('clearing English', e);
      setCleared({ kind: 'failed', detail: errorText(e), seq: ++seq.current });
    } finally {
      setAsking(false);
      setClearing(false);
    }
    await readUsage();
  }

  const kept = usage.status === 'ready' ? usage.usage : undefined;

  return (
    <section class="op-section" aria-labelledby="op-english-h">
      <h2 id="op-english-h">{s.englishHeading}</h2>
      <p class="op-hint">{s.englishAbout}</p>
      <div class="op-actions op-english-kept">
        {usage.status === 'loading' && <span>{s.loading}</span>}
        {usage.status === 'error' && <span>{s.englishUsageFailed}</span>}
        {kept && <span>{kept.papers > 0 || kept.bytes > 0 ? s.englishKept(formatCount(kept.papers, lang), formatBytes(kept.bytes, lang)) : s.englishNone}</span>}
        {kept && (kept.papers > 0 || kept.bytes > 0) && (
          <ConfirmControl
            class="op-clear-english"
            action={s.clearEnglish}
            actionLabel={s.clearEnglishLabel}
            question={s.confirmClear(formatCount(kept.papers, lang))}
            busyText={s.clearing}
            cancelText={s.cancel}
            asking={asking}
            busy={clearing}
            focusBack={back}
            disabled={working}
            ask={() => setAsking(true)}
            cancel={() => {
              setAsking(false);
              setBack(++seq.current);
            }}
            confirm={() => void clear()}
          />
        )}
      </div>
      {cleared &&
        (cleared.kind === 'cleared' ? (
          <StatusLine kind="ok" focusSeq={cleared.seq}>
            {s.cleared(cleared.n, formatCount(cleared.n, lang))}
          </StatusLine>
        ) : (
          <StatusLine kind="error" focusSeq={cleared.seq} detail={cleared.detail}>
            {s.clearFailed}
          </StatusLine>
        ))}
      <h3 id="op-all-h">{s.allDaysHeading}</h3>
      <p class="op-hint">{s.allDaysHelp}</p>
      <AllDays s={s} lang={lang} view={view} start={run.start} pause={run.pause} retry={run.retry} />
    </section>
  );
}

function countsOf(view: RunView): { done: number; total: number } | undefined {
  if (view.phase === 'running' || view.phase === 'storage-full') return view;
  return view.phase === 'paused' && view.done !== undefined && view.total !== undefined ? { done: view.done, total: view.total } : undefined;
}

function AllDays({ s, lang, view, start, pause, retry }: { s: OptionsStrings; lang: Lang; view: RunView; start: () => void; pause: () => void; retry: () => void }) {
  const busy = view.phase === 'running' || view.phase === 'counting';
  const resumable = view.phase === 'paused' || view.phase === 'storage-full';
  const tryAgain = view.phase === 'count-failed' || (view.phase === 'finished' && view.left > 0);
  // One button whose action follows the run, so focus stays on it from Translate to Pause to Resume.
  const label = busy ? s.pause : resumable ? s.resume : tryAgain ? s.retry : s.translateAll;
  const counts = countsOf(view);
  const left = view.phase === 'running' && view.msLeft !== undefined && !view.waiting ? hoursAndMinutes(view.msLeft) : undefined;

  return (
    <div class="op-all-days">
      <div class="op-actions">
        <button
          type="button"
          class="op-primary op-translate-all"
          disabled={view.phase === 'unavailable'}
          aria-describedby={view.phase === 'unavailable' ? 'op-all-why' : undefined}
          onClick={busy ? pause : start}
        >
          {label}
        </button>
      </div>
      {counts && (
        <div class="op-progress">
          <progress max={Math.max(counts.total, 1)} value={counts.done} aria-labelledby="op-all-count" />
          <p id="op-all-count">
            {s.progress(formatCount(counts.done, lang), formatCount(counts.total, lang))}
            {left && <span class="op-muted"> · {s.timeLeft(...left)}</span>}
          </p>
        </div>
      )}
      {view.phase === 'running' && view.translator && <EnglishStatus line={archiveStatusLine(view.translator, lang)} onAction={retry} class="op-translator" />}
      {view.phase === 'counting' && <p role="status">{s.counting}</p>}
      {view.phase === 'paused' && <p role="status">{s.paused}</p>}
      {view.phase === 'storage-full' && <StatusLine kind="error">{s.storageStopped(formatCount(view.translated, lang))}</StatusLine>}
      {view.phase === 'unavailable' && (
        <p id="op-all-why" class="op-translator" role="status">
          {archiveStatusLine(view.translator, lang).text}
        </p>
      )}
      {view.phase === 'finished' &&
        (view.left === 0 ? (
          <StatusLine kind="ok">{s.allDone}</StatusLine>
        ) : (
          <StatusLine kind="error">{s.someLeft(formatCount(view.left, lang))}</StatusLine>
        ))}
      {view.phase === 'count-failed' && (
        <StatusLine kind="error" detail={view.detail}>
          {s.countFailed}
        </StatusLine>
      )}
    </div>
  );
}
