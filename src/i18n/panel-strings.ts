import type { Lang } from '../prefs/schema';

/**
 * UI strings that follow the in-app language toggle (browser.i18n follows the browser's locale instead).
 * The panel's strings are kept apart from the popup's so the content script carries only what it shows.
 */
const panelStrings = {
  ko: {
    digestName: 'Daily Papers',
    translatedNote: '한국어 원문을 영어로 번역한 요약입니다.',
    translatorNote: '번역자 메모',
    langGroup: '요약 언어',
    collapse: '요약 접기',
    expand: '요약 펼치기',
    showTeaser: '티저 이미지 보기',
    hideTeaser: '티저 이미지 숨기기',
    teaserHint: (host: string) => `이미지는 외부 서버(${host})에서 불러옵니다.`,
    teaserAlt: (title: string) => `${title}의 티저 이미지`,
    teaserFailed: '티저 이미지를 불러오지 못했습니다.',
    noEnglish: '이 논문에는 영어 요약이 아직 없습니다. 한국어 원문을 표시합니다.',
  },
  en: {
    digestName: 'Daily Papers',
    translatedNote: 'English translation of the Korean summary.',
    translatorNote: 'Translator’s note',
    langGroup: 'Summary language',
    collapse: 'Collapse summary',
    expand: 'Expand summary',
    showTeaser: 'Show teaser image',
    hideTeaser: 'Hide teaser image',
    teaserHint: (host: string) => `The image is loaded from a third-party server (${host}).`,
    teaserAlt: (title: string) => `Teaser image of ${title}`,
    teaserFailed: 'The teaser image could not be loaded.',
    noEnglish: 'No English summary yet for this paper; showing the Korean original.',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type PanelStrings = (typeof panelStrings)['en'];

export function panelT(lang: Lang): PanelStrings {
  return panelStrings[lang];
}

export const LANG_LABELS: Record<Lang, string> = { ko: '한국어', en: 'English' };
