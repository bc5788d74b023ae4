import type { Paper } from '../digest/schema';

/** A paper and the day of the digest that summarised it. */
export interface PaperHit {
  date: string;
  paper: Paper;
}
