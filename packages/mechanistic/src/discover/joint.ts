/**
 * Joint swaps of two equations. The reselection swaps one equation at a time and keeps a swap that lowers the
 * refined BIC, but equations are coupled through the trajectories: where two variables move together (a chemostat's
 * substrate and biomass near their invariant line) the result's equations fit each other, the truth's equations fit
 * each other, and either truth equation beside the other result equation fits worse. Such a pair shows up as a
 * near alternative in both equations (a chemostat at 1% noise: the true ds/dt and dx/dt each 0.1 worse alone, the
 * two together 11 better), so pairs of near alternatives of different equations are refined together.
 */
import type { NearAlternative } from "./polish.js";
import { keepImprovements, type RefineResult, type RowReplacement, type Runner } from "./refine.js";

/** Every pair of near alternatives of two different equations, as one replacement of both rows. */
function* pairs(alternatives: readonly NearAlternative[]): Generator<RowReplacement> {
  for (const [i, a] of alternatives.entries()) {
    for (const b of alternatives.slice(i + 1)) {
      if (b.equation !== a.equation) {
        yield new Map([
          [a.equation, a.coefficients],
          [b.equation, b.coefficients],
        ]);
      }
    }
  }
}

/**
 * From `start`, every pair of near alternatives of two different equations swapped in together (refined), keeping
 * each that lowers the refined BIC. Returns the result, the number of swaps kept and every refined candidate.
 */
export function jointSwaps(
  start: RefineResult,
  alternatives: readonly NearAlternative[],
  run: Runner,
): { best: RefineResult; changes: number; evaluated: RefineResult[] } {
  return keepImprovements(start, pairs(alternatives), run);
}
