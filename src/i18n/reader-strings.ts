import type { Lang } from '../prefs/schema';
import { t as popupT, type Strings } from './strings';

/** Thousands grouped with a comma, as both languages write them (5,488). */
const num = (n: number) => n.toLocaleString('en-US');

const readerStrings = {
  ko: {
    readerTitle: 'Daily Papers 리더',
    searchAll: '모든 날짜에서 검색',
    searchAllPlaceholder: '제목, 저자, arXiv ID, 요약 (예: 확산 모델)',
    clearSearch: '검색 지우기',
    keyHelp: '/ 검색 · ↑↓ 결과 이동 · Enter 열기 · Esc 지우기',
    indexIdle: '검색 색인은 날짜를 표시한 뒤에 만듭니다.',
    indexLoading: (done: number, total: number) => `검색 색인을 만드는 중… (${total}일 중 ${done}일)`,
    indexReady: (papers: number, days: number) => `${days}일, 논문 ${num(papers)}편에서 검색합니다.`,
    indexFailed: '검색 색인을 만들지 못했습니다.',
    searching: '검색하는 중…',
    showing: (n: number, total: number) => `결과 ${num(total)}건 중 ${n}건 표시`,
    fromDays: (n: number) => `${n}일에서 찾음`,
    noMatches: (q: string) => `“${q}”에 맞는 논문이 없습니다. 모든 검색어가 들어 있는 논문만 찾습니다.`,
    showMore: '결과 더 보기',
    resultsHeading: '검색 결과',
    openInReader: (title: string) => `${title}: 이 날짜의 요약에서 보기`,
    matchedIn: { id: 'arXiv ID', title: '제목', authors: '저자', ko: '한국어 요약', en: '영어 요약' },
    arxivAbs: 'arXiv 초록',
    dayHeading: (date: string, n: number) => `${date} · 논문 ${n}편`,
    noDigestOn: (wanted: string, shown: string) => `${wanted}에는 요약이 없어 가장 가까운 날짜(${shown})를 표시합니다.`,
    sortBy: '정렬',
    sortDigest: '다이제스트 순서',
    sortVotes: '추천 많은 순',
    calendar: '날짜 달력',
    prevMonth: '이전 달',
    nextMonth: '다음 달',
    dayCell: (date: string, n: number | undefined) => (n === undefined ? `${date}, 요약 있음` : `${date}, 논문 ${n}편`),
    noDigestDay: (date: string) => `${date}, 요약 없음`,
    calendarHelp: '화살표로 날짜 이동, Enter로 열기, Page Up/Down으로 달 이동',
    backToDay: (date: string) => `${date} 요약으로 돌아가기`,
  },
  en: {
    readerTitle: 'Daily Papers reader',
    searchAll: 'Search every day',
    searchAllPlaceholder: 'Title, author, arXiv ID, summary (e.g. diffusion model)',
    clearSearch: 'Clear search',
    keyHelp: '/ search · ↑↓ move through results · Enter open · Esc clear',
    indexIdle: 'The search index is built once the day is shown.',
    indexLoading: (done: number, total: number) => `Building the search index… (${done} of ${total} days)`,
    indexReady: (papers: number, days: number) => `Searching ${num(papers)} papers in ${days} days.`,
    indexFailed: 'The search index could not be built.',
    searching: 'Searching…',
    showing: (n: number, total: number) => `Showing ${n} of ${num(total)}`,
    fromDays: (n: number) => (n === 1 ? 'from 1 day' : `from ${n} days`),
    noMatches: (q: string) => `No paper matches “${q}”. Only papers holding every term are found.`,
    showMore: 'Show more results',
    resultsHeading: 'Search results',
    openInReader: (title: string) => `${title}: read it in its day’s digest`,
    matchedIn: { id: 'arXiv ID', title: 'title', authors: 'authors', ko: 'Korean summary', en: 'English summary' },
    arxivAbs: 'arXiv abstract',
    dayHeading: (date: string, n: number) => `${date} · ${n === 1 ? '1 paper' : `${n} papers`}`,
    noDigestOn: (wanted: string, shown: string) => `No digest on ${wanted}. Showing the closest day with one (${shown}).`,
    sortBy: 'Sort',
    sortDigest: 'Digest order',
    sortVotes: 'Most votes',
    calendar: 'Calendar of days',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    dayCell: (date: string, n: number | undefined) => (n === undefined ? `${date}, has a digest` : `${date}, ${n === 1 ? '1 paper' : `${n} papers`}`),
    noDigestDay: (date: string) => `${date}, no digest`,
    calendarHelp: 'Arrow keys move between days, Enter opens one, Page Up / Page Down change the month',
    backToDay: (date: string) => `Back to ${date}`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type ReaderStrings = Strings & (typeof readerStrings)['en'];

/** The reader's strings (they include the popup's and the panel's, which it reuses). */
export function readerT(lang: Lang): ReaderStrings {
  return { ...popupT(lang), ...readerStrings[lang] };
}

// The names are written out instead of asked of Intl.DateTimeFormat: building the page's first format loads
// the locale's data, which took ~10 ms of the reader's first paint in a CPU profile of reader.html (the
// calendar and the day heading need one before anything is shown). A unit test checks every name against
// Intl (ko-KR and en-GB).
const WEEKDAYS: Record<Lang, { short: readonly string[]; long: readonly string[] }> = {
  ko: { short: ['일', '월', '화', '수', '목', '금', '토'], long: ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'] },
  en: { short: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], long: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] },
};
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// en-GB abbreviates September to four letters.
const monthShortEn = (month: number) => (month === 8 ? 'Sept' : MONTHS_EN[month]!.slice(0, 3));

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** `2023년 11월 23일 (목)` / `Thu 23 Nov 2023`: the date with its weekday, which the gaps make worth showing. */
export function formatDay(date: string, lang: Lang): string {
  const d = utc(date);
  const weekday = WEEKDAYS[lang].short[d.getUTCDay()];
  if (lang === 'ko') return `${d.getUTCFullYear()}년 ${d.getUTCMonth() + 1}월 ${d.getUTCDate()}일 (${weekday})`;
  return `${weekday} ${d.getUTCDate()} ${monthShortEn(d.getUTCMonth())} ${d.getUTCFullYear()}`;
}

/** `2023년 11월` / `November 2023` for a YYYY-MM month. */
export function formatMonth(month: string, lang: Lang): string {
  const d = utc(`${month}-01`);
  if (lang === 'ko') return `${d.getUTCFullYear()}년 ${d.getUTCMonth() + 1}월`;
  return `${MONTHS_EN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Weekday names from Sunday, short for the calendar's columns and long for their headers' `abbr`. */
export function weekdayNames(lang: Lang): { short: string[]; long: string[] } {
  return { short: [...WEEKDAYS[lang].short], long: [...WEEKDAYS[lang].long] };
}
