import type { Day } from '../digest/schema';
import type { PaperHit } from './paper-hit';

/**
 * Read access to the digests, the same for the background (which reads the packaged files) and the
 * extension pages (which ask the background by message).
 */
export interface Repository {
  /** All dates with a digest, sorted. */
  dates(): Promise<string[]>;
  day(date: string): Promise<Day | undefined>;
  /** The first day an ID was featured on, or undefined. */
  dateOf(id: string): Promise<string | undefined>;
  /** Every day an ID was featured on, oldest first (a few papers are on two); empty when none. */
  datesOf(id: string): Promise<string[]>;
  paper(id: string): Promise<PaperHit | undefined>;
}
