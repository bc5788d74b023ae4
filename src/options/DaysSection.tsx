import { useEffect, useRef, useState } from 'preact/hooks';
import type { OptionsStrings } from '../i18n/options-strings';
import { logError } from '../lib/log';
import type { ImportListing } from '../messaging/protocol';
import { readerUrl } from '../pages/reader-url';
import type { Lang } from '../prefs/schema';
import { formatBytes, formatImportedAt } from './format';
import { errorText } from './import-flow';
import { ConfirmControl } from './ConfirmControl';
import { StatusLine } from './StatusLine';

export type ListState = { status: 'loading' } | { status: 'error'; detail: string } | { status: 'ready'; listing: ImportListing };

type DeleteStatus = { kind: 'deleted'; date: string; bundledBack: boolean } | { kind: 'failed'; detail: string };

interface DaysSectionProps {
  s: OptionsStrings;
  lang: Lang;
  list: ListState;
  retry: () => void;
  /** Deletes the day, then reads the list again. */
  remove: (date: string) => Promise<void>;
}

/** The imported days (newest first), the storage they use, the stored days that cannot be read; delete with a confirmation step. */
export function DaysSection({ s, lang, list, retry, remove }: DaysSectionProps) {
  const [asking, setAsking] = useState<string>();
  const [deleting, setDeleting] = useState<string>();
  const [status, setStatus] = useState<{ value: DeleteStatus; seq: number }>();
  // After Cancel, focus goes back to the row's Delete button.
  const [back, setBack] = useState<{ date: string; seq: number }>();
  const seq = useRef(0);

  async function confirmDelete(date: string, bundledBack: boolean) {
    setDeleting(date);
    try {
      await remove(date);
      setStatus({ value: { kind: 'deleted', date, bundledBack }, seq: ++seq.current });
    } catch (e) {
      logError('deleting a day', e);
      setStatus({ value: { kind: 'failed', detail: errorText(e) }, seq: ++seq.current });
    } finally {
      setAsking(undefined);
      setDeleting(undefined);
    }
  }

  const control = (date: string, bundledBack: boolean) => (
    <ConfirmControl
      class="op-delete"
      action={s.delete}
      actionLabel={s.deleteDay(date)}
      question={s.confirmDelete(date)}
      busyText={s.deleting}
      cancelText={s.cancel}
      asking={asking === date}
      busy={deleting === date}
      focusBack={back?.date === date ? back.seq : undefined}
      ask={() => setAsking(date)}
      cancel={() => {
        setAsking(undefined);
        setBack({ date, seq: ++seq.current });
      }}
      confirm={() => void confirmDelete(date, bundledBack)}
    />
  );

  return (
    <section class="op-section" aria-labelledby="op-days-h">
      <h2 id="op-days-h">{s.daysHeading}</h2>
      {list.status === 'loading' && <p role="status">{s.loading}</p>}
      {list.status === 'error' && (
        <div class="op-status op-status-error" role="alert">
          <p>{s.listFailed}</p>
          <p class="op-detail" lang="en">
            {list.detail}
          </p>
          <button type="button" onClick={retry}>
            {s.retry}
          </button>
        </div>
      )}
      {list.status === 'ready' && (
        <>
          {list.listing.catalogProblem && (
            <div class="op-problem-box op-catalog-problem" role="group" aria-labelledby="op-catalog-h">
              <p id="op-catalog-h" class="op-warning-text op-strong">
                {s.catalogProblem}
              </p>
              {/* The background says what it found and did, in English. */}
              <p class="op-detail" lang="en">
                {list.listing.catalogProblem}
              </p>
            </div>
          )}
          {list.listing.problems.length > 0 && (
            <div class="op-problem-box" role="group" aria-labelledby="op-problems-h">
              <p id="op-problems-h" class="op-warning-text op-strong">
                {s.problems(list.listing.problems.length)}
              </p>
              <p class="op-hint">{s.problemsHint}</p>
              <ul>
                {list.listing.problems.map((p) => (
                  <li key={p.date} class="op-problem" data-date={p.date}>
                    <span class="op-date">{p.date}</span>: <span lang="en">{p.reason}</span> {control(p.date, false)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {list.listing.days.length === 0 ? (
            <p class="op-empty">{s.noDays}</p>
          ) : (
            <>
              <table class="op-table op-days" aria-labelledby="op-days-h">
                <thead>
                  <tr>
                    <th scope="col">{s.colDate}</th>
                    <th scope="col" class="op-num">{s.colPapers}</th>
                    <th scope="col">{s.colEnglish}</th>
                    <th scope="col">{s.colReplaces}</th>
                    <th scope="col">{s.colImportedAt}</th>
                    <th scope="col">{s.colActions}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...list.listing.days].reverse().map((d) => (
                    <tr key={d.date} data-date={d.date}>
                      <th scope="row" class="op-date">
                        <a href={readerUrl({ date: d.date })} title={s.readDay}>
                          {d.date}
                        </a>
                      </th>
                      <td class="op-num">
                        {d.papers}
                        {!d.digest && <span class="op-muted"> ({s.translationOnly})</span>}
                      </td>
                      <td>{d.english ? s.yes : s.no}</td>
                      {/* A translation alone adds English to the bundled day; it replaces no digest. */}
                      <td>{d.digest && d.replacesBundled ? s.yes : s.no}</td>
                      <td>{formatImportedAt(d.importedAt, lang) ?? s.unknownTime}</td>
                      <td>{control(d.date, d.digest && d.replacesBundled)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p class="op-storage">{s.storageUsed(formatBytes(list.listing.bytes, lang))}</p>
            </>
          )}
        </>
      )}
      {status &&
        (status.value.kind === 'deleted' ? (
          <StatusLine kind="ok" focusSeq={status.seq}>
            {status.value.bundledBack ? s.deletedBundledBack(status.value.date) : s.deleted(status.value.date)}
          </StatusLine>
        ) : (
          <StatusLine kind="error" focusSeq={status.seq} detail={status.value.detail}>
            {s.deleteFailed}
          </StatusLine>
        ))}
    </section>
  );
}
