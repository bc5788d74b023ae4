import type { Lang } from '../prefs/schema';
import { panelT, type PanelStrings } from './panel-strings';

const popupStrings = {
  ko: {
    summary: '요약',
    authors: '저자',
    papersCount: (n: number) => `논문 ${n}편`,
    matchCount: (n: number, total: number) => `논문 ${total}편 중 ${n}편`,
    prevDay: '이전 날짜',
    nextDay: '다음 날짜',
    jumpToDay: '날짜 선택',
    dayNav: '날짜 이동',
    search: '검색',
    searchPlaceholder: '이 날짜에서 검색: 제목, 저자, ID, 요약',
    noResults: (q: string) => `검색어 “${q}”에 맞는 논문이 없습니다.`,
    showAll: '요약 전체 보기',
    showLess: '요약 접기',
    moreAuthors: (n: number) => `외 ${n}명`,
    currentPaper: '지금 보고 있는 논문',
    notArxiv: '현재 탭은 arXiv 논문 페이지가 아닙니다. 가장 최근 날짜를 표시합니다.',
    // No particle right after the ID: how it attaches depends on how the number is read aloud.
    notInDataset: (id: string) => `요약이 있는 논문 목록에 없는 논문입니다(arXiv ${id}). 가장 최근 날짜를 표시합니다.`,
    loadFailed: '요약을 불러오지 못했습니다.',
    retry: '다시 시도',
    loading: '불러오는 중…',
    emptyDataset: '요약이 있는 날짜가 아직 없습니다.',
    otherLangMatch: '영어 요약에서 찾은 논문입니다.',
    openAbs: 'arXiv 초록 페이지 열기',
    manageDays: '요약 관리',
    openWholeDay: '이 날짜 전체 보기',
    openWholeDayHint: '새 탭의 리더에서 이 날짜의 모든 요약을 읽고 모든 날짜를 검색합니다',
  },
  en: {
    summary: 'Summary',
    authors: 'Authors',
    papersCount: (n: number) => (n === 1 ? '1 paper' : `${n} papers`),
    matchCount: (n: number, total: number) => `${n} of ${total} papers`,
    prevDay: 'Previous day',
    nextDay: 'Next day',
    jumpToDay: 'Choose a day',
    dayNav: 'Days',
    search: 'Search',
    searchPlaceholder: 'Search this day: title, author, ID, summary',
    noResults: (q: string) => `No paper matches “${q}”.`,
    showAll: 'Show full summary',
    showLess: 'Show less',
    moreAuthors: (n: number) => `et al. (+${n})`,
    currentPaper: 'The paper you are viewing',
    notArxiv: 'This tab is not an arXiv paper page. Showing the newest day.',
    notInDataset: (id: string) => `arXiv ${id} is not in the digests. Showing the newest day.`,
    loadFailed: 'The summaries could not be loaded.',
    retry: 'Try again',
    loading: 'Loading…',
    emptyDataset: 'No digest days yet.',
    otherLangMatch: 'Found in the Korean summary.',
    openAbs: 'Open the arXiv abstract page',
    manageDays: 'Manage days',
    openWholeDay: 'Open the whole day',
    openWholeDayHint: 'Read every summary of this day and search every day in the reader, in a new tab',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type Strings = PanelStrings & (typeof popupStrings)['en'];

/** Popup strings (they include the panel's, which the popup reuses). */
export function t(lang: Lang): Strings {
  return { ...panelT(lang), ...popupStrings[lang] };
}
