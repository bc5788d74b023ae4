import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { optionsT } from '../i18n/options-strings';
import { logError } from '../lib/log';
import type { ImportListing } from '../messaging/protocol';
import type { Send } from '../messaging/send';
import { LangSwitch } from '../pages/LangSwitch';
import { readerUrl } from '../pages/reader-url';
import type { Lang } from '../prefs/schema';
import type { Pref } from '../prefs/store';
import type { Download } from './backup-file';
import { BackupSection } from './BackupSection';
import { DaysSection, type ListState } from './DaysSection';
import { EnglishSection, type EnglishSectionDeps } from './EnglishSection';
import { ImportSection } from './ImportSection';
import { errorText, useImportFlow } from './import-flow';
import type { Command } from './shortcuts';
import { ShortcutsSection, type BrowserKind } from './ShortcutsSection';

/** Written by the build from PRIVACY.md (wxt.config.ts). */
export const PRIVACY_PAGE = 'privacy.html';

export interface OptionsAppProps {
  send: Send;
  lang: Pref<Lang>;
  initialLang: Lang;
  /** The list of imported days: the catalog only, never the days' markdown. */
  loadList: () => Promise<ImportListing>;
  /**
   * The list (or why it failed) when it is already there: the page then paints it in its first render, not
   * one effect (a frame) later. Without it the page asks `loadList`.
   */
  initialList?: ImportListing | Error;
  loadCommands: () => Promise<Command[]>;
  /** The translation port and storage, for English made on this device. */
  english: EnglishSectionDeps;
  download: Download;
  browser: BrowserKind;
  now?: () => Date;
}

export function OptionsApp({ send, lang: langPref, initialLang, loadList, initialList, loadCommands, english, download, browser, now = () => new Date() }: OptionsAppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [list, setList] = useState<ListState>(() =>
    initialList === undefined ? { status: 'loading' } : initialList instanceof Error ? { status: 'error', detail: initialList.message } : { status: 'ready', listing: initialList },
  );
  const request = useRef(0);
  const s = optionsT(lang);

  useEffect(() => langPref.watch(setLang), [langPref]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = s.pageTitle;
  }, [lang, s]);

  /** Reads the list again; a list already shown stays until the new one arrives. */
  const refresh = useCallback(async () => {
    const mine = ++request.current;
    try {
      const listing = await loadList();
      if (mine === request.current) setList({ status: 'ready', listing });
    } catch (e) {
      logError('listing imported days', e);
      if (mine === request.current) setList({ status: 'error', detail: errorText(e) });
    }
  }, [loadList]);

  const given = useRef(initialList !== undefined);
  useEffect(() => {
    if (given.current) given.current = false;
    else void refresh();
  }, [refresh]);

  const flow = useImportFlow(send, () => void refresh());

  async function remove(date: string) {
    await send('importDelete', { date });
    await refresh();
  }

  function changeLang(l: Lang) {
    setLang(l);
    langPref.set(l).catch((e: unknown) => logError('saving language', e));
  }

  return (
    <div class="op" lang={lang}>
      <header class="op-header">
        <h1>{s.pageTitle}</h1>
        <LangSwitch lang={lang} onChange={changeLang} />
      </header>
      <main class="op-main">
        <p class="op-intro">
          {s.intro} <a href={readerUrl()}>{s.openReader}</a>
        </p>
        <ImportSection s={s} flow={flow} />
        <DaysSection s={s} lang={lang} list={list} retry={() => void refresh()} remove={remove} />
        <EnglishSection s={s} lang={lang} send={send} deps={english} />
        <BackupSection s={s} send={send} flow={flow} download={download} now={now} hasDays={list.status === 'ready' ? list.listing.days.length > 0 : undefined} />
        <ShortcutsSection s={s} lang={lang} browser={browser} loadCommands={loadCommands} />
      </main>
      <footer class="op-footer">
        {/* PRIVACY.md, shipped as an extension page (scripts/privacy-page.ts): offline, in both browsers */}
        <a href={PRIVACY_PAGE} target="_blank">
          {s.privacy}
        </a>
      </footer>
    </div>
  );
}
