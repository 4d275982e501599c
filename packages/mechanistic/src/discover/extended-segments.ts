/**
 * Selection over longer segments. Every refinement segment (~3 time scales, timescale.ts) starts from free initial
 * states, and a wrong model can spend them to follow the data one segment at a time: on a Stuart–Landau oscillator
 * with shear at 5% noise (500 samples), a 9-term model without the radial terms of dx/dt had a refined BIC 6.6 below
 * the 12-term truth over 87-sample segments, and 111 above it over 345-sample ones, where the truth's hardly moved.
 * So, on noisy data, the selection runs once more over segments SEGMENT_FACTOR times longer. Chaotic dynamics make a
 * fit through long segments multimodal, and there a wrong model can win by the truth's failure to converge; the
 * longer selection's result is kept only where it follows the data through the long segments as well as through the
 * short ones (`consistent`).
 */
import { type RefineResult, refinedBic, segmentsOf, supportKey } from "./refine.js";
import type { Refiner } from "./refiner.js";

/** Longer segments span this many of the current ones (or the whole trajectory, when shorter). */
export const SEGMENT_FACTOR = 4;

/**
 * Refined-BIC gain over the long segments, from `base`'s model refitted there to the longer selection's result, that
 * the result needs to replace it: positive evidence (Kass & Raftery 1995). Below it the long segments do not decide,
 * and the selection over the short ones stands (a competitive Lotka–Volterra transient at 5% noise: over 1601-sample
 * segments dx/dt = {1, x², y²} was 0.1 below the true {x, x², x·y}).
 */
const LONGER_EVIDENCE = 2;

/** A selection's result, with the objective it may hold (disposed here when the result is not kept). */
export interface SegmentSelection {
  best: RefineResult;
  objective: { dispose(): void } | null;
}

/**
 * Whether a model refined over long segments fits as well as over the short ones: merging segments frees
 * `freed` initial-state parameters, and for a model that follows the data through the long segments 2·cost rises by a
 * χ² with that many degrees of freedom; a rise beyond three standard deviations of it is the model (or the fit)
 * losing the data between the old segment starts.
 */
function consistent(long: RefineResult, short: RefineResult | null, freed: number): boolean {
  if (!short) return false;
  return 2 * (long.cost - short.cost) <= freed + 3 * Math.sqrt(2 * freed);
}

/**
 * The selection `select` repeated from `base`'s model over segments SEGMENT_FACTOR times longer. Returns its result,
 * with the refiner left on the long segments, when that result has another support than `base`, improves on `base`
 * over them by LONGER_EVIDENCE and is consistent over them; else null, with the refiner back on its segments.
 */
export async function selectOverLongerSegments<T extends SegmentSelection>(
  refiner: Refiner,
  base: T,
  select: (start: RefineResult) => Promise<T>,
): Promise<T | null> {
  const short = refiner.segment;
  const lengths = refiner.data.t.map((t) => t.length);
  const long = Math.min(Math.max(...lengths), SEGMENT_FACTOR * (short - 1) + 1);
  if (long <= short) return null;
  const dim = base.best.coefficients.length;
  const freed = dim * (segmentsOf(lengths, short).length - segmentsOf(lengths, long).length);
  refiner.segment = long;
  const start = refiner.run(base.best.coefficients);
  const result = start?.converged ? await select(start) : null;
  refiner.segment = short;
  if (!start || !result) return null;
  const kept =
    supportKey(result.best.coefficients) !== supportKey(base.best.coefficients) &&
    refinedBic(result.best) < refinedBic(start) - LONGER_EVIDENCE &&
    consistent(result.best, refiner.run(result.best.coefficients), freed);
  if (!kept) {
    result.objective?.dispose();
    return null;
  }
  refiner.segment = long;
  return result;
}
