/**
 * What every surface says about English made on the device, in the UI's language: where a request
 * stands (src/translate/status.ts) and why a paper has none. One wording for the panel, the listing, the
 * popup, the reader and the options page. Only loaded where English is asked for and not yet stored.
 */
import type { Lang } from '../prefs/schema';
import type { TranslatorStatus } from '../translate/status';

/** A status as a line of text, with a progress bar and a button when there is something to do. */
export interface StatusLine {
  text: string;
  /** 0–1 while the language pack downloads, when the browser says how far. */
  progress?: number;
  /** The button's label: its click asks again, as a click (a download may start). */
  action?: string;
  /** Still working: the line is a polite live region, not a problem. */
  busy: boolean;
}

const WHERE_ENGLISH_COMES_FROM = {
  en: 'Chrome or Edge on a desktop computer translates it on your device, or you can import your own translation on the options page.',
  ko: '데스크톱의 Chrome이나 Edge에서는 이 기기에서 바로 영어로 번역되며, 옵션 페이지에서 직접 만든 번역을 가져올 수도 있습니다.',
};

const strings = {
  en: {
    checking: 'Looking for the browser’s translator…',
    needsDownload: 'English is made by your browser’s built-in translator, on this device. It first downloads its Korean → English language pack, once.',
    download: 'Download and translate',
    downloading: (pct?: number) => `Your browser is downloading its Korean → English language pack${pct === undefined ? '' : ` (${pct}%)`}… The summary is shown in Korean until then.`,
    translating: (done: number, total: number) => (total > 1 ? `Translating on this device… ${done} of ${total}` : 'Translating on this device…'),
    noApi: `This browser has no built-in translator, so the summary is shown in Korean. ${WHERE_ENGLISH_COMES_FROM.en}`,
    unsupported: `This browser’s translator cannot translate Korean into English on this device, so the summary is shown in Korean. You can import your own translation on the options page.`,
    stalled: 'The language pack download is not making progress (are you offline?). The summary is shown in Korean.',
    downloadFailed: 'Your browser could not download its language pack. The summary is shown in Korean.',
    notAllowed: 'Your browser starts its translator only after a click here.',
    translate: 'Translate',
    storage: 'The English could not be kept: the extension’s storage is full. The summary is shown in Korean.',
    error: 'Translation failed. The summary is shown in Korean.',
    paperFailed: 'This summary could not be translated. It is shown in Korean.',
    retry: 'Try again',
  },
  ko: {
    checking: '브라우저 번역기를 찾는 중…',
    needsDownload: '영어 요약은 브라우저에 내장된 번역기가 이 기기에서 만듭니다. 처음 한 번 한국어 → 영어 언어 팩을 내려받습니다.',
    download: '내려받고 번역하기',
    downloading: (pct?: number) => `브라우저가 한국어 → 영어 언어 팩을 내려받는 중입니다${pct === undefined ? '' : ` (${pct}%)`}… 그때까지 한국어 요약을 보여 드립니다.`,
    translating: (done: number, total: number) => (total > 1 ? `이 기기에서 번역하는 중… ${total}개 중 ${done}개` : '이 기기에서 번역하는 중…'),
    noApi: `이 브라우저에는 내장 번역기가 없어 한국어 요약을 보여 드립니다. ${WHERE_ENGLISH_COMES_FROM.ko}`,
    unsupported: '이 브라우저의 번역기는 이 기기에서 한국어를 영어로 번역할 수 없어 한국어 요약을 보여 드립니다. 옵션 페이지에서 직접 만든 번역을 가져올 수 있습니다.',
    stalled: '언어 팩 다운로드가 진행되지 않습니다(오프라인인가요?). 한국어 요약을 보여 드립니다.',
    downloadFailed: '브라우저가 언어 팩을 내려받지 못했습니다. 한국어 요약을 보여 드립니다.',
    notAllowed: '브라우저는 여기를 클릭해야 번역기를 시작합니다.',
    translate: '번역하기',
    storage: '확장 프로그램 저장 공간이 가득 차 영어 번역을 보관하지 못했습니다. 한국어 요약을 보여 드립니다.',
    error: '번역하지 못했습니다. 한국어 요약을 보여 드립니다.',
    paperFailed: '이 요약은 번역하지 못했습니다. 한국어로 보여 드립니다.',
    retry: '다시 시도',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type EnglishStrings = (typeof strings)['en'];

export function englishT(lang: Lang): EnglishStrings {
  return strings[lang];
}

/** A status as the reader reads it; `failedHere`: this paper's own translation failed (the rest may not). */
export function statusLine(status: TranslatorStatus, lang: Lang): StatusLine {
  const s = strings[lang];
  switch (status.state) {
    case 'checking':
      return { text: s.checking, busy: true };
    case 'needs-download':
      return { text: s.needsDownload, action: s.download, busy: false };
    case 'downloading':
      return { text: s.downloading(status.loaded === undefined ? undefined : Math.round(status.loaded * 100)), ...(status.loaded === undefined ? {} : { progress: status.loaded }), busy: true };
    case 'translating':
      return { text: s.translating(status.done, status.total), busy: true };
    case 'done':
      return { text: '', busy: false };
    case 'unavailable':
      return { text: status.reason === 'no-api' ? s.noApi : s.unsupported, busy: false };
    case 'failed':
      switch (status.reason) {
        case 'stalled':
          return { text: s.stalled, action: s.retry, busy: false };
        case 'download-failed':
          return { text: s.downloadFailed, action: s.retry, busy: false };
        case 'not-allowed':
          return { text: s.notAllowed, action: s.translate, busy: false };
        case 'storage':
          return { text: s.storage, action: s.retry, busy: false };
        default:
          return { text: s.error, action: s.retry, busy: false };
      }
  }
}

/**
 * The options page's "Translate every day now" shows the same statuses where no summary is on screen:
 * the same lines, without "the summary is shown in Korean".
 */
const archive = {
  en: {
    downloading: (pct?: number) => `Your browser is downloading its Korean → English language pack${pct === undefined ? '' : ` (${pct}%)`}… Translating starts when it is done.`,
    noApi: 'This browser has no built-in translator, so no English can be made here. Chrome or Edge on a desktop computer translates on your device; here you can import your own translation (Import days, above).',
    unsupported: 'This browser’s translator cannot translate Korean into English on this device. You can import your own translation (Import days, above).',
    stalled: 'The language pack download is not making progress (are you offline?).',
    downloadFailed: 'Your browser could not download its language pack.',
    storage: 'The English could not be kept: the extension’s storage is full.',
    error: 'Translation failed.',
  },
  ko: {
    downloading: (pct?: number) => `브라우저가 한국어 → 영어 언어 팩을 내려받는 중입니다${pct === undefined ? '' : ` (${pct}%)`}… 다 받으면 번역을 시작합니다.`,
    noApi: '이 브라우저에는 내장 번역기가 없어 여기서는 영어 요약을 만들 수 없습니다. 데스크톱의 Chrome이나 Edge에서는 이 기기에서 번역되며, 여기서는 위의 날짜 가져오기에서 직접 만든 번역을 가져올 수 있습니다.',
    unsupported: '이 브라우저의 번역기는 이 기기에서 한국어를 영어로 번역할 수 없습니다. 위의 날짜 가져오기에서 직접 만든 번역을 가져올 수 있습니다.',
    stalled: '언어 팩 다운로드가 진행되지 않습니다(오프라인인가요?).',
    downloadFailed: '브라우저가 언어 팩을 내려받지 못했습니다.',
    storage: '확장 프로그램 저장 공간이 가득 차 영어 번역을 보관하지 못했습니다.',
    error: '번역하지 못했습니다.',
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** A status as the options page shows it while it translates every day (buttons and progress as statusLine). */
export function archiveStatusLine(status: TranslatorStatus, lang: Lang): StatusLine {
  const line = statusLine(status, lang);
  const a = archive[lang];
  switch (status.state) {
    case 'downloading':
      return { ...line, text: a.downloading(status.loaded === undefined ? undefined : Math.round(status.loaded * 100)) };
    case 'unavailable':
      return { ...line, text: status.reason === 'no-api' ? a.noApi : a.unsupported };
    case 'failed':
      if (status.reason === 'not-allowed') return line;
      return { ...line, text: status.reason === 'stalled' ? a.stalled : status.reason === 'download-failed' ? a.downloadFailed : status.reason === 'storage' ? a.storage : a.error };
    default:
      return line;
  }
}

/** One paper's translation failed on its own (too long, aborted, the translator's error). */
export function paperFailedLine(lang: Lang): StatusLine {
  return { text: strings[lang].paperFailed, action: strings[lang].retry, busy: false };
}
