/**
 * Joint swaps of two equations. The reselection swaps one equation at a time and keeps a swap that lowers the
 * refined BIC, but equations are coupled through the trajectories: where two variables move together (a chemostat's
 * substrate and biomass near their invariant line) the result's equations fit each other, the truth's equations fit
 * each other, and either truth equation beside the other result equation fits worse. Such a pair shows up as a
 * near alternative in both equations (a chemostat at 1% noise: the true ds/dt and dx/dt each 0.1 worse alone, the
 * two together 11 better), so pairs of near alternatives of different equations are refined together.
 */
import type { NearAlternative } from "./polish.js";
import { type RefineResult, type Runner, refinedBic } from "./refine.js";

/**
 * From `start`, every pair of near alternatives of two different equations swapped in together (refined), keeping
 * each that lowers the refined BIC. Returns the result, the number of swaps kept and every refined candidate.
 */
export function jointSwaps(
  start: RefineResult,
  alternatives: readonly NearAlternative[],
  run: Runner,
): { best: RefineResult; changes: number; evaluated: RefineResult[] } {
  let best = start;
  let changes = 0;
  const evaluated: RefineResult[] = [];
  alternatives.forEach((a, i) => {
    for (const b of alternatives.slice(i + 1)) {
      if (b.equation === a.equation) continue;
      const trial = best.coefficients.map((row, d) =>
        d === a.equation ? [...a.coefficients] : d === b.equation ? [...b.coefficients] : [...row],
      );
      const fit = run(trial);
      if (!fit) continue;
      evaluated.push(fit);
      if (refinedBic(fit) < refinedBic(best)) {
        best = fit;
        changes++;
      }
    }
  });
  return { best, changes, evaluated };
}
