import { useRef, useState } from 'preact/hooks';
import type { OptionsStrings } from '../i18n/options-strings';
import { logError } from '../lib/log';
import type { Send } from '../messaging/send';
import { backupFileName, type Download } from './backup-file';
import { readPicked } from './files';
import { errorText, sectionFocus, type ImportFlow } from './import-flow';
import { PreviewPanel } from './PreviewPanel';
import { StatusLine, useFocusOn } from './StatusLine';

type ExportState = { kind: 'busy' } | { kind: 'done'; file: string; seq: number } | { kind: 'failed'; detail: string; seq: number };

interface BackupSectionProps {
  s: OptionsStrings;
  send: Send;
  flow: ImportFlow;
  download: Download;
  now: () => Date;
  /** Undefined while the list is loading. */
  hasDays: boolean | undefined;
}

/** Export everything imported as one file; restore one through the same preview as an import. */
export function BackupSection({ s, send, flow, download, now, hasDays }: BackupSectionProps) {
  const [exp, setExp] = useState<ExportState>();
  const seq = useRef(0);
  const heading = useFocusOn<HTMLHeadingElement>(sectionFocus(flow.state, 'restore'));

  async function exportBackup() {
    setExp({ kind: 'busy' });
    try {
      const text = await send('importExport', {});
      const file = backupFileName(now());
      download(text, file);
      setExp({ kind: 'done', file, seq: ++seq.current });
    } catch (e) {
      logError('export', e);
      setExp({ kind: 'failed', detail: errorText(e), seq: ++seq.current });
    }
  }

  return (
    <section class="op-section" aria-labelledby="op-backup-h">
      <h2 id="op-backup-h" ref={heading} tabIndex={-1}>
        {s.backupHeading}
      </h2>
      <p class="op-hint">{s.backupHelp}</p>
      <div class="op-actions">
        <button type="button" disabled={!hasDays || exp?.kind === 'busy'} onClick={() => void exportBackup()}>
          {s.exportButton}
        </button>
        {hasDays === false && <span class="op-hint">{s.nothingToBackUp}</span>}
      </div>
      {exp?.kind === 'busy' && <p role="status">{s.exporting}</p>}
      {exp?.kind === 'done' && (
        <StatusLine kind="ok" focusSeq={exp.seq}>
          {s.exported(exp.file)}
        </StatusLine>
      )}
      {exp?.kind === 'failed' && (
        <StatusLine kind="error" focusSeq={exp.seq} detail={exp.detail}>
          {s.exportFailed}
        </StatusLine>
      )}
      <div class="op-restore">
        <label class="op-button op-pick">
          {s.restoreLabel}
          <input
            type="file"
            class="dp-sr"
            accept=".json,application/json"
            disabled={flow.state.busy === 'saving'}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const files = input.files ? [...input.files] : [];
              input.value = '';
              if (files.length) void flow.start('restore', () => readPicked(files, 'restore'));
            }}
          />
        </label>
        <p class="op-hint">{s.restoreHelp}</p>
      </div>
      {flow.state.source === 'restore' && <PreviewPanel s={s} flow={flow} />}
    </section>
  );
}
