import type { Paper } from '../digest/schema';

/** A paper and the day of the digest that summarised it. */
export interface PaperHit {
  /** The first day the digest listed the paper. */
  date: string;
  paper: Paper;
  /** Later days that listed it again (a few papers are on two days). */
  alsoOn?: string[];
}
