/**
 * One import at a time, from any source (picker, drop, paste, restore): read the files, ask the background
 * for a preview, let the reader tick the days to replace, save. Only the newest request may land, so files
 * dropped while an earlier preview is on its way replace it. Statuses are data, rendered in the language
 * of the moment, so the switch changes them too.
 */
import { useRef, useState } from 'preact/hooks';
import type { IncomingFile, PreviewItem } from '../digest/import-batch';
import { logError } from '../lib/log';
import type { Send } from '../messaging/send';
import type { ReadFiles, RefusedFile, Source } from './files';
import { confirmFor, notSaved, type NotSavedReason } from './preview-model';

export interface Preview {
  files: IncomingFile[];
  items: PreviewItem[];
  refused: RefusedFile[];
  /** Dates the reader ticked "Replace" for. */
  confirmed: ReadonlySet<string>;
}

export type FlowStatus =
  | { kind: 'saved'; saved: string[]; notSaved: { name: string; reason: NotSavedReason | 'refused' }[] }
  | { kind: 'failed'; what: 'preview' | 'save'; detail: string };

export interface FlowState {
  /** Where the import started: its preview and status show there. */
  source: Source;
  busy?: 'reading' | 'checking' | 'saving';
  preview?: Preview;
  status?: FlowStatus;
  /** Where keyboard focus goes after the last step (`section`: the source's heading); `seq` makes each move a new one. */
  focus?: { to: 'preview' | 'status' | 'section'; seq: number };
}

export interface ImportFlow {
  state: FlowState;
  start(source: Source, read: () => Promise<ReadFiles> | ReadFiles): Promise<void>;
  confirm(date: string, on: boolean): void;
  save(): Promise<void>;
  discard(): void;
}

/** The focus move the flow asks of the section `source` (its heading), if any. */
export function sectionFocus({ source, focus }: FlowState, section: Source): number | undefined {
  return source === section && focus?.to === 'section' ? focus.seq : undefined;
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** `onSaved`: something was stored (the list of imported days is then out of date). */
export function useImportFlow(send: Send, onSaved: () => void): ImportFlow {
  const [state, setState] = useState<FlowState>({ source: 'import' });
  const request = useRef(0);
  const seq = useRef(0);
  const focus = (to: 'preview' | 'status' | 'section') => ({ to, seq: ++seq.current });

  async function start(source: Source, read: () => Promise<ReadFiles> | ReadFiles) {
    const mine = ++request.current;
    setState({ source, busy: 'reading' });
    try {
      const { files, refused } = await read();
      if (mine !== request.current) return;
      let items: PreviewItem[] = [];
      if (files.length) {
        setState({ source, busy: 'checking' });
        items = await send('importPreview', { files });
        if (mine !== request.current) return;
      }
      setState({ source, preview: { files, items, refused, confirmed: new Set() }, focus: focus('preview') });
    } catch (e) {
      logError('import preview', e);
      if (mine === request.current) setState({ source, status: { kind: 'failed', what: 'preview', detail: errorText(e) }, focus: focus('status') });
    }
  }

  function confirm(date: string, on: boolean) {
    setState((st) => {
      if (!st.preview) return st;
      const confirmed = new Set(st.preview.confirmed);
      if (on) confirmed.add(date);
      else confirmed.delete(date);
      return { ...st, preview: { ...st.preview, confirmed } };
    });
  }

  async function save() {
    const { source, preview } = state;
    if (!preview || state.busy) return;
    const mine = ++request.current;
    setState({ source, preview, busy: 'saving' });
    try {
      const { saved, items } = await send('importSave', { files: preview.files, confirm: confirmFor(preview.items, preview.confirmed) });
      if (saved.length) onSaved();
      if (mine !== request.current) return;
      const skipped = [...preview.refused.map((r) => ({ name: r.name, reason: 'refused' as const })), ...notSaved(items, saved)];
      setState({
        source,
        // Nothing stored: the preview stays, as the background now sees it.
        ...(saved.length ? {} : { preview: { ...preview, items } }),
        status: { kind: 'saved', saved, notSaved: skipped },
        focus: focus('status'),
      });
    } catch (e) {
      logError('import save', e);
      if (mine === request.current) setState({ source, preview, status: { kind: 'failed', what: 'save', detail: errorText(e) }, focus: focus('status') });
    }
  }

  function discard() {
    request.current++;
    // The Discard button goes away with the preview: focus goes back to where the import started.
    setState((st) => ({ source: st.source, focus: focus('section') }));
  }

  return { state, start, confirm, save, discard };
}
