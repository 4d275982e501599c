/**
 * Uncertainty of the selected support, E-SINDy style (bagging): the windows of the model-consistent window
 * objective are resampled with replacement, and on every bag the support is reselected: on noisy data by BIC (a
 * bidirectional stepwise search from the chosen support, subset.ts), on clean data by the clean-data rules. A term's inclusion probability is the fraction of bags
 * that keep it. Reported next to the standard errors; it does not change the model (the matrix in the README
 * measured selection, not this).
 */
import { matrix, Rng } from "@mechanist/autodiff";
import { applyThreshold, type ThresholdRule } from "../threshold.js";
import type { WindowObjective } from "./objective.js";
import { bestSubset, type CompressedRows, compressRows, subsetFit } from "./subset.js";

/** How every bag selects its support: the rules that selected the model (see debias.ts). */
export interface BagSelection {
  rule: ThresholdRule;
  /** Relative loss-increase tolerance of the backward elimination on clean data. */
  pruneTolerance: number;
  /** Noisy data: stepwise BIC; clean data: sequential thresholding and backward elimination. */
  noisy: boolean;
}

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

/**
 * Clean data: the residuals are round-off and discretisation error, so an information criterion only measures
 * round-off; the bag applies the clean-data rules instead (sequential thresholding from the whole library, then
 * backward elimination below the relative tolerance).
 */
function ruleSelect(z: CompressedRows, selection: BagSelection, scale: Float64Array): boolean[] {
  let active = new Array<boolean>(z.terms).fill(true);
  let fit = subsetFit(z, active);
  for (let it = 0; it < z.terms; it++) {
    const next = applyThreshold(fit.coefficients, active, selection.rule, scale);
    if (!next.changed) break;
    active = next.active;
    fit = subsetFit(z, active);
  }
  while (selection.pruneTolerance > 0 && active.filter(Boolean).length > 1) {
    let best = -1;
    let bestRss = Number.POSITIVE_INFINITY;
    active.forEach((on, j) => {
      if (!on) return;
      const rss = subsetFit(
        z,
        active.map((a, k) => a && k !== j),
      ).rss;
      if (rss < bestRss) [best, bestRss] = [j, rss];
    });
    if (!(bestRss / Math.max(fit.rss, 1e-300) - 1 < selection.pruneTolerance)) break;
    active = active.map((a, k) => a && k !== best);
    fit = subsetFit(z, active);
  }
  return active;
}

/** Inclusion probability of every term (variables × terms) over bootstrap bags of windows. */
export function inclusionProbabilities(
  objective: WindowObjective,
  coefficients: readonly (readonly number[])[],
  selection: BagSelection,
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
      const z = bagRegression(a, b.data, L - 1, bag);
      const chosen = selection.noisy
        ? bestSubset(z, allowed, start, "stepwise").active
        : ruleSelect(z, selection, objective.contributionScale(d));
      chosen.forEach((on, j) => {
        if (on) counts[j]++;
      });
    }
    return counts.map((c) => c / bags);
  });
}
