/**
 * Uncertainty of the selected support, E-SINDy style (bagging): the windows of the model-consistent window
 * objective are resampled with replacement, and on every bag the support is reselected by BIC (a bidirectional
 * stepwise search from the chosen support, subset.ts). A term's inclusion probability is the fraction of bags
 * that keep it. Reported next to the standard errors; it does not change the model (the matrix in the README
 * measured selection, not this).
 */
import { matrix, Rng } from "@mechanist/autodiff";
import type { WindowObjective } from "./objective.js";
import { bestSubset, compressRows } from "./subset.js";

export interface EnsembleOptions {
  /** Number of bootstrap bags (default 32). */
  bags?: number;
  /** Seed of the resampling (default 1): the same data give the same probabilities. */
  seed?: number;
}

/** Rows of the windows in `picks` (with repetition) as one regression. */
function bagRegression(
  a: { rows: number; cols: number; data: Float64Array },
  b: Float64Array,
  perWindow: number,
  picks: readonly number[],
) {
  const T = a.cols;
  const bagA = matrix(picks.length * perWindow, T);
  const bagB = new Float64Array(picks.length * perWindow);
  picks.forEach((w, k) => {
    const from = w * perWindow;
    bagA.data.set(a.data.subarray(from * T, (from + perWindow) * T), k * perWindow * T);
    bagB.set(b.subarray(from, from + perWindow), k * perWindow);
  });
  return compressRows(bagA, bagB);
}

/** Inclusion probability of every term (variables × terms) over bootstrap bags of windows. */
export function inclusionProbabilities(
  objective: WindowObjective,
  coefficients: readonly (readonly number[])[],
  options: EnsembleOptions = {},
): number[][] {
  const bags = options.bags ?? 32;
  const { W, L } = objective.win;
  const T = objective.library.size;
  const rng = new Rng(options.seed ?? 1);
  const picks = Array.from({ length: bags }, () => Array.from({ length: W }, () => rng.int(W)));
  const allowed = new Array<boolean>(T).fill(true);
  return coefficients.map((row, d) => {
    const { a, b } = objective.regression(d);
    const start = row.map((c) => c !== 0);
    const counts = new Array<number>(T).fill(0);
    for (const bag of picks) {
      const chosen = bestSubset(bagRegression(a, b.data, L - 1, bag), allowed, start, "stepwise");
      chosen.active.forEach((on, j) => {
        if (on) counts[j]++;
      });
    }
    return counts.map((c) => c / bags);
  });
}
