/**
 * Where the cold passes go among the warm rounds. Spread evenly rather than all at the end, so the cold
 * samples and the warm ones they are compared with (cold − warm ≤ 50 ms) meet the same phases of a
 * shared machine.
 */

/** After which warm rounds (1-based) the `passes` cold passes run; the last one after the last round. */
export function coldSchedule(rounds: number, passes: number): number[] {
  return Array.from({ length: passes }, (_, k) => Math.max(1, Math.round(((k + 1) * rounds) / passes)));
}
