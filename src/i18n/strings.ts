import type { Lang } from '../prefs/schema';
import { panelT, type PanelStrings } from './panel-strings';

const popupStrings = {
  ko: {
    summary: '요약',
    authors: '저자',
    papersCount: (n: number) => `논문 ${n}편`,
    prevDay: '이전 날짜',
    nextDay: '다음 날짜',
    jumpToDay: '날짜 선택',
    dayNav: '날짜 이동',
    search: '검색',
    searchPlaceholder: '제목, 저자, ID, 요약 검색',
    noResults: (q: string) => `검색어 “${q}”에 맞는 논문이 없습니다.`,
    showAll: '요약 전체 보기',
    showLess: '요약 접기',
    moreAuthors: (n: number) => `외 ${n}명`,
    currentPaper: '지금 보고 있는 논문',
    notArxiv: '현재 탭은 arXiv 논문 페이지가 아닙니다. 가장 최근 날짜를 표시합니다.',
    notInDataset: (id: string) => `arXiv ${id}는 데이터셋에 없습니다. 가장 최근 날짜를 표시합니다.`,
    loadFailed: '데이터를 불러오지 못했습니다.',
    retry: '다시 시도',
    loading: '불러오는 중…',
    emptyDataset: '데이터셋에 아무 날짜도 없습니다.',
    openAbs: 'arXiv 초록 페이지 열기',
  },
  en: {
    summary: 'Summary',
    authors: 'Authors',
    papersCount: (n: number) => (n === 1 ? '1 paper' : `${n} papers`),
    prevDay: 'Previous day',
    nextDay: 'Next day',
    jumpToDay: 'Choose a day',
    dayNav: 'Days',
    search: 'Search',
    searchPlaceholder: 'Search title, author, ID, summary',
    noResults: (q: string) => `No paper matches “${q}”.`,
    showAll: 'Show full summary',
    showLess: 'Show less',
    moreAuthors: (n: number) => `et al. (+${n})`,
    currentPaper: 'The paper you are viewing',
    notArxiv: 'This tab is not an arXiv paper page. Showing the newest day.',
    notInDataset: (id: string) => `arXiv ${id} is not in the dataset. Showing the newest day.`,
    loadFailed: 'The data could not be loaded.',
    retry: 'Try again',
    loading: 'Loading…',
    emptyDataset: 'The dataset has no days.',
    openAbs: 'Open the arXiv abstract page',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type Strings = PanelStrings & (typeof popupStrings)['en'];

/** Popup strings (they include the panel's, which the popup reuses). */
export function t(lang: Lang): Strings {
  return { ...panelT(lang), ...popupStrings[lang] };
}
