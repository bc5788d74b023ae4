import type { PreviewItem } from '../digest/import-batch';
import type { OptionsStrings } from '../i18n/options-strings';
import { megabytes, type RefusedFile } from './files';
import type { FlowStatus, ImportFlow, Preview } from './import-flow';
import { datesToSave, outcomeOf } from './preview-model';
import { StatusLine, useFocusOn } from './StatusLine';
import { MAX_BACKUP_BYTES, MAX_IMPORT_FILES } from '../digest/import-limits';
import { isStorageFull } from '../lib/storage-full';

/** A malformed file can have an error on every line: the first ones say enough. */
const SHOWN_PROBLEMS = 20;

/** The preview of the current import, its Save / Discard buttons and what the last step did. */
export function PreviewPanel({ s, flow }: { s: OptionsStrings; flow: ImportFlow }) {
  const { busy, preview, status, focus } = flow.state;
  return (
    <div class="op-flow">
      {busy && (
        <p class="op-busy" role="status">
          {busy === 'reading' ? s.reading : busy === 'checking' ? s.checking : s.saving}
        </p>
      )}
      {preview && <PreviewTable s={s} flow={flow} preview={preview} focusSeq={focus?.to === 'preview' ? focus.seq : undefined} />}
      {status && !busy && <FlowStatusLine s={s} status={status} focusSeq={focus?.to === 'status' ? focus.seq : undefined} />}
    </div>
  );
}

function PreviewTable({ s, flow, preview, focusSeq }: { s: OptionsStrings; flow: ImportFlow; preview: Preview; focusSeq: number | undefined }) {
  const heading = useFocusOn<HTMLHeadingElement>(focusSeq);
  const dates = datesToSave(preview.items, preview.confirmed);
  const saving = flow.state.busy === 'saving';
  return (
    <div class="op-preview">
      <h3 ref={heading} tabIndex={-1}>
        {s.previewHeading}
      </h3>
      <p class="op-hint">{s.previewHint}</p>
      <table class="op-table">
        <thead>
          <tr>
            <th scope="col">{s.colFile}</th>
            <th scope="col">{s.colDate}</th>
            <th scope="col" class="op-num">{s.colPapers}</th>
            <th scope="col">{s.colProblems}</th>
            <th scope="col">{s.colOnSave}</th>
          </tr>
        </thead>
        <tbody>
          {preview.refused.map((r, i) => (
            <RefusedRow key={`refused-${i}`} s={s} file={r} />
          ))}
          {preview.items.map((item) => (
            <PreviewRow key={item.key} s={s} item={item} confirmed={preview.confirmed} disabled={saving} onConfirm={flow.confirm} />
          ))}
        </tbody>
      </table>
      <div class="op-actions">
        <button type="button" class="op-primary" disabled={dates.length === 0 || saving} onClick={() => void flow.save()}>
          {s.save(dates.length)}
        </button>
        <button type="button" disabled={saving} onClick={flow.discard}>
          {s.discard}
        </button>
        {dates.length === 0 && <span class="op-hint">{s.nothingToSave}</span>}
      </div>
    </div>
  );
}

function refusedText(s: OptionsStrings, r: RefusedFile): string {
  if (r.reason.kind === 'too-large') return s.tooLarge(megabytes(r.reason.limit));
  if (r.reason.kind === 'too-much') return s.tooMuch(MAX_IMPORT_FILES, megabytes(MAX_BACKUP_BYTES));
  return s.unreadable;
}

function RefusedRow({ s, file }: { s: OptionsStrings; file: RefusedFile }) {
  return (
    <tr class="op-row-invalid">
      <th scope="row" class="op-name">{file.name}</th>
      <td>—</td>
      <td class="op-num">—</td>
      <td>
        <p class="op-problem-h op-error-text">{s.errors}</p>
        <p class="op-error-text">{refusedText(s, file)}</p>
      </td>
      <td>{s.refused}</td>
    </tr>
  );
}

interface RowProps {
  s: OptionsStrings;
  item: PreviewItem;
  confirmed: ReadonlySet<string>;
  disabled: boolean;
  onConfirm: (date: string, on: boolean) => void;
}

function PreviewRow({ s, item, confirmed, disabled, onConfirm }: RowProps) {
  const outcome = outcomeOf(item);
  return (
    <tr class={outcome.kind === 'invalid' ? 'op-row-invalid' : outcome.kind === 'ask' ? 'op-row-ask' : undefined} data-key={item.key}>
      <th scope="row" class="op-name">
        {item.name}
        {item.kind === 'translation' && <span class="op-kind"> · {s.translation}</span>}
      </th>
      <td class="op-date">{item.date ?? '—'}</td>
      <td class="op-num">{item.papers ?? '—'}</td>
      <td>
        {item.errors.length === 0 && item.warnings.length === 0 && <span class="op-muted">{s.none}</span>}
        <Problems s={s} title={s.errors} list={item.errors} error />
        <Problems s={s} title={s.warnings} list={item.warnings} />
      </td>
      <td>
        {outcome.kind === 'invalid' && <span class="op-error-text">{s.invalid}</span>}
        {outcome.kind === 'unchanged' && <span class="op-muted">{s.unchanged}</span>}
        {outcome.kind === 'add' && (item.kind === 'translation' ? s.willAddEnglish : s.willAdd)}
        {outcome.kind === 'ask' && (
          <div class="op-ask">
            <p class="op-warning-text">
              {outcome.exists === 'bundled' ? s.existsBundled(outcome.date) : item.kind === 'translation' ? s.existsEnglish(outcome.date) : s.existsImported(outcome.date)}
            </p>
            <label class="op-check">
              <input
                type="checkbox"
                checked={confirmed.has(outcome.date)}
                disabled={disabled}
                onChange={(e) => onConfirm(outcome.date, (e.currentTarget as HTMLInputElement).checked)}
              />
              {s.replace(outcome.date)}
            </label>
            <p class="op-hint">{s.keptUnlessReplace}</p>
          </div>
        )}
      </td>
    </tr>
  );
}

function Problems({ s, title, list, error = false }: { s: OptionsStrings; title: string; list: readonly { line: number; message: string }[]; error?: boolean }) {
  if (!list.length) return null;
  const shown = list.slice(0, SHOWN_PROBLEMS);
  return (
    <div class={error ? 'op-problems op-errors' : 'op-problems op-warnings'}>
      <p class={`op-problem-h ${error ? 'op-error-text' : 'op-warning-text'}`}>
        {title} ({list.length})
      </p>
      <ul>
        {shown.map((p, i) => (
          <li key={i}>
            <span class="op-line">{s.line(p.line)}</span>: {/* The parser reports in English. */}
            <span lang="en">{p.message}</span>
          </li>
        ))}
        {list.length > shown.length && <li>{s.more(list.length - shown.length)}</li>}
      </ul>
    </div>
  );
}

function FlowStatusLine({ s, status, focusSeq }: { s: OptionsStrings; status: FlowStatus; focusSeq: number | undefined }) {
  if (status.kind === 'failed') {
    return (
      <StatusLine kind="error" focusSeq={focusSeq} detail={status.detail}>
        {status.what === 'preview' ? s.previewFailed : isStorageFull(status.detail) ? s.storageFull : s.saveFailed}
      </StatusLine>
    );
  }
  const reason = { errors: s.reasonErrors, 'not-replaced': s.reasonNotReplaced, unchanged: s.reasonUnchanged, refused: s.reasonRefused } as const;
  const skipped = status.notSaved.map((n) => `${n.name} (${reason[n.reason]})`).join(', ');
  return (
    <StatusLine kind="ok" focusSeq={focusSeq}>
      {status.saved.length ? s.saved(status.saved) : s.savedNothing}
      {skipped && ` ${s.notSaved(skipped)}`}
    </StatusLine>
  );
}
