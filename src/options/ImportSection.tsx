import { useState } from 'preact/hooks';
import type { OptionsStrings } from '../i18n/options-strings';
import { readPasted, readPicked, type PickedFile } from './files';
import { sectionFocus, type ImportFlow } from './import-flow';
import { PreviewPanel } from './PreviewPanel';
import { useFocusOn } from './StatusLine';

/** Digests (.md, as published) and their translations (DATE.en.json); a backup dropped here is recognised too. */
export const IMPORT_ACCEPT = '.md,.markdown,.txt,.json,text/markdown,text/plain,application/json';

/** Picked or dropped files, copied out of the FileList before the input is cleared. */
const listOf = (files: FileList | null | undefined): PickedFile[] => (files ? [...files] : []);

/** The import sources: a drop zone holding the file picker (its keyboard way), and a paste box. */
export function ImportSection({ s, flow }: { s: OptionsStrings; flow: ImportFlow }) {
  const [over, setOver] = useState(false);
  const [pasted, setPasted] = useState('');
  const heading = useFocusOn<HTMLHeadingElement>(sectionFocus(flow.state, 'import'));
  // A new pick while a preview is on its way replaces it; while saving, sources wait.
  const saving = flow.state.busy === 'saving';
  const importFiles = (files: PickedFile[]) => {
    if (files.length) void flow.start('import', () => readPicked(files, 'import'));
  };

  return (
    <section class="op-section" aria-labelledby="op-import-h">
      <h2 id="op-import-h" ref={heading} tabIndex={-1}>
        {s.importHeading}
      </h2>
      <p class="op-hint">{s.importHelp}</p>
      <div
        class={over ? 'op-drop op-drop-over' : 'op-drop'}
        onDragEnter={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(e) => {
          // Leaving for a child of the zone is not leaving the zone.
          if (!(e.currentTarget as Node).contains(e.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          importFiles(listOf(e.dataTransfer?.files));
        }}
      >
        <span>{over ? s.dropping : s.dropZone}</span>
        <label class="op-button op-pick">
          {s.chooseFiles}
          <input
            type="file"
            class="dp-sr"
            multiple
            accept={IMPORT_ACCEPT}
            disabled={saving}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const files = listOf(input.files);
              // Cleared, so picking the same file again (after fixing it) is a change too.
              input.value = '';
              importFiles(files);
            }}
          />
        </label>
      </div>
      <div class="op-paste">
        <label for="op-paste-text">{s.pasteLabel}</label>
        <textarea id="op-paste-text" rows={6} spellcheck={false} value={pasted} onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)} />
        <button type="button" disabled={saving || !pasted.trim()} onClick={() => void flow.start('import', () => readPasted(pasted, s.pastedName))}>
          {s.preview}
        </button>
      </div>
      {flow.state.source === 'import' && <PreviewPanel s={s} flow={flow} />}
    </section>
  );
}
