/**
 * The figures of a paired A/B (ab.ts): each build against the first, round by round. Pure, so it is tested
 * without a browser.
 */
import { differenceOfMedians, pairedBootstrap, type Interval } from './bootstrap';
import { median, medianCountingMisses } from './stats';

export interface AbSeries {
  /** ScriptDuration of the abs page per round (ms). */
  script: number[];
  /** The popup's first item per round (ms); null: it never appeared. */
  popup: (number | null)[];
  /** With `--cold`: the popup's first item per round, opened right after the worker was stopped (ms). */
  coldPopup?: (number | null)[];
}

export interface AbRow {
  name: string;
  scriptMedian: number | null;
  popupMedian: number | null;
  /** Popups whose item never appeared. */
  popupMissed: number;
  /** Against the first build (null for the first itself). */
  scriptMinusFirst: Interval | null;
  popupMinusFirst: Interval | null;
  /** With `--cold`: the cold popup's median, against the first build, and cold − warm within this build. */
  cold?: { median: number | null; missed: number; minusFirst: Interval | null; minusWarm: Interval | null };
}

/**
 * `items` rotated by `round`: every build takes every place in the round in turn. Without it, whichever
 * build came first in a round (after the previous round's last) measured fastest.
 */
export function rotated<T>(items: readonly T[], round: number): T[] {
  const k = items.length ? round % items.length : 0;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** A popup that never showed its item counts as the slowest possible sample, not as a lost one. */
const missAsInfinity = (xs: readonly (number | null)[]) => xs.map((x) => x ?? Infinity);

/** medianCountingMisses(a) − medianCountingMisses(b); undefined (null) when either is infinite. */
function differenceCountingMisses([a, b]: readonly (readonly number[])[]): number | null {
  const ma = medianCountingMisses(a ?? []);
  const mb = medianCountingMisses(b ?? []);
  return ma === null || mb === null || !Number.isFinite(ma) || !Number.isFinite(mb) ? null : ma - mb;
}

export function abSummary(series: ReadonlyMap<string, AbSeries>): AbRow[] {
  const entries = [...series];
  const first = entries[0]?.[1];
  return entries.map(([name, s], i) => {
    const popup = missAsInfinity(s.popup);
    const vsFirst = i > 0 && first;
    const cold = s.coldPopup && missAsInfinity(s.coldPopup);
    const firstCold = first?.coldPopup && missAsInfinity(first.coldPopup);
    return {
      name,
      scriptMedian: median(s.script),
      popupMedian: medianCountingMisses(s.popup),
      popupMissed: s.popup.filter((x) => x === null).length,
      scriptMinusFirst: vsFirst ? pairedBootstrap([s.script, first.script], differenceOfMedians, { seed: `ab:script:${name}` }) : null,
      popupMinusFirst: vsFirst ? pairedBootstrap([popup, missAsInfinity(first.popup)], differenceCountingMisses, { seed: `ab:popup:${name}` }) : null,
      ...(cold
        ? {
            cold: {
              median: medianCountingMisses(s.coldPopup!),
              missed: s.coldPopup!.filter((x) => x === null).length,
              minusFirst: vsFirst && firstCold ? pairedBootstrap([cold, firstCold], differenceCountingMisses, { seed: `ab:cold:${name}` }) : null,
              minusWarm: pairedBootstrap([cold, popup], differenceCountingMisses, { seed: `ab:coldwarm:${name}` }),
            },
          }
        : {}),
    };
  });
}
