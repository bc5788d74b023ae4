import type { Lang } from '../prefs/schema';

/** Where the summaries come from: the digest's public repository (credited wherever a summary is shown). */
export const DIGEST_SOURCE_URL = 'https://github.com/l-yohai/daily_papers_ko';

/**
 * UI strings that follow the in-app language toggle (browser.i18n follows the browser's locale instead).
 * The panel's strings are kept apart from the popup's so the content script carries only what it shows.
 */
const panelStrings = {
  ko: {
    digestName: 'Daily Papers',
    // English is labelled by where it comes from (src/model/summary-view.ts).
    deviceNote: '이 기기에서 만든 기계 번역입니다.',
    yoursNote: '직접 가져온 번역입니다.',
    translatorNote: '번역자 메모',
    showKorean: '한국어 원문 보기',
    showEnglish: '영어 번역 보기',
    koreanShown: '한국어 원문을 보여 드립니다.',
    langGroup: '요약 언어',
    collapse: '요약 접기',
    expand: '요약 펼치기',
    showTeaser: '티저 이미지 보기',
    hideTeaser: '티저 이미지 숨기기',
    retryTeaser: '다시 시도',
    teaserHint: '이미지는 외부 서버에서 불러옵니다:',
    teaserAlt: (title: string) => `${title}의 티저 이미지`,
    teaserFailed: '티저 이미지를 불러오지 못했습니다.',
    noEnglish: '아직 영어 번역이 없어 한국어 요약을 표시합니다.',
    creditBefore: '요약 출처: ',
    creditLink: 'Daily Papers 한국어 다이제스트',
    creditAfter: ' · arXiv가 아니라 arXiv Daily Papers 확장 프로그램이 표시하는 내용입니다.',
    votes: (n: number) => `추천 ${n}`,
    watchVideo: '영상 보기',
    // '에도' reads the same after any date, however the number is read aloud.
    copy: '복사',
    copyName: '마크다운으로 복사',
    bibtex: 'BibTeX',
    bibtexName: 'BibTeX 복사',
    copied: '제목, 링크, 요약을 마크다운으로 복사했습니다.',
    bibtexCopied: 'BibTeX 항목을 복사했습니다.',
    copyFailed: '복사하지 못했습니다. 브라우저가 클립보드 쓰기를 허용하지 않았습니다.',
  },
  en: {
    digestName: 'Daily Papers',
    deviceNote: 'Machine translation, made on this device.',
    yoursNote: 'Your translation, imported on this device.',
    translatorNote: 'Translator’s note',
    showKorean: 'Show Korean',
    showEnglish: 'Show English',
    koreanShown: 'Showing the Korean original.',
    langGroup: 'Summary language',
    collapse: 'Collapse summary',
    expand: 'Expand summary',
    showTeaser: 'Show teaser image',
    hideTeaser: 'Hide teaser image',
    retryTeaser: 'Try again',
    teaserHint: 'The image is loaded from a third-party server:',
    teaserAlt: (title: string) => `Teaser image of ${title}`,
    teaserFailed: 'The teaser image could not be loaded.',
    noEnglish: 'No English for this summary yet — showing the Korean.',
    creditBefore: 'Summary from the ',
    creditLink: 'Daily Papers Korean digest',
    creditAfter: ' · shown by the arXiv Daily Papers extension, not by arXiv.',
    votes: (n: number) => (n === 1 ? '1 vote' : `${n} votes`),
    watchVideo: 'Watch video',
    copy: 'Copy',
    copyName: 'Copy as Markdown',
    bibtex: 'BibTeX',
    bibtexName: 'Copy BibTeX',
    copied: 'Copied the title, link and summary as Markdown.',
    bibtexCopied: 'Copied the BibTeX entry.',
    copyFailed: 'Could not copy: the browser did not allow writing to the clipboard.',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type PanelStrings = (typeof panelStrings)['en'];

export function panelT(lang: Lang): PanelStrings {
  return panelStrings[lang];
}

export const LANG_LABELS: Record<Lang, string> = { ko: '한국어', en: 'English' };
