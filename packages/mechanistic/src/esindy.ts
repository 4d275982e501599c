/**
 * Ensemble SINDy (E-SINDy, bagging variant; Fasel, Kutz, Brunton & Brunton, Proc. R. Soc. A 478, 2022): STLSQ on
 * `bags` bootstrap resamples of the samples (smoothed derivatives by default), a term's inclusion probability is
 * the fraction of bags that keep it, and the model keeps the terms included in at least `inclusion` of the bags
 * with the median of their bagged coefficients. A baseline of our own for the robustness matrix.
 */

import { matrix, Rng } from "@mechanist/autodiff";
import { MechanisticInputError } from "./errors.js";
import { SparseModel } from "./model.js";
import { checkOptionKeys, ENSEMBLE_SINDY_KEYS } from "./option-keys.js";
import { type SindyOptions, sindyRegression, stlsq, stlsqPart } from "./stlsq.js";
import type { Trajectory } from "./trajectory.js";

export interface EnsembleSindyOptions extends SindyOptions {
  /** Bootstrap resamples (default 50). */
  bags?: number;
  /** Minimum inclusion probability of a kept term (default 0.6, as in the E-SINDy paper). */
  inclusion?: number;
  /** Seed of the resampling (default 1). */
  seed?: number;
}

export interface EnsembleSindyResult {
  model: SparseModel;
  /** variables × terms: fraction of bags whose STLSQ keeps the term. */
  inclusionProbabilities: number[][];
  wallTimeMs: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Ensemble SINDy by bagging: the kept terms with their median bagged coefficients and every term's inclusion probability. */
export function ensembleSindy(
  trajectories: readonly Trajectory[],
  options: EnsembleSindyOptions = {},
): EnsembleSindyResult {
  checkOptionKeys(options, ENSEMBLE_SINDY_KEYS, "ensembleSindy options");
  const start = performance.now();
  const bags = options.bags ?? 50;
  const inclusion = options.inclusion ?? 0.6;
  if (!Number.isInteger(bags) || bags < 1)
    throw new MechanisticInputError(`bags must be an integer ≥ 1, got ${bags}`);
  if (!(inclusion >= 0 && inclusion <= 1))
    throw new MechanisticInputError(`inclusion must be in [0, 1], got ${inclusion}`);
  const { library, theta, derivatives } = sindyRegression(trajectories, options, "smooth");
  const dim = derivatives.cols;
  const n = theta.rows;
  const T = theta.cols;
  const rng = new Rng(options.seed ?? 1);
  const runs: number[][][] = [];
  for (let b = 0; b < bags; b++) {
    const rows = Array.from({ length: n }, () => rng.int(n));
    const bagTheta = matrix(n, T);
    const bagTarget = matrix(n, dim);
    rows.forEach((r, i) => {
      bagTheta.data.set(theta.data.subarray(r * T, (r + 1) * T), i * T);
      bagTarget.data.set(derivatives.data.subarray(r * dim, (r + 1) * dim), i * dim);
    });
    runs.push(stlsq(bagTheta, bagTarget, stlsqPart(options)).coefficients);
  }
  const inclusionProbabilities = Array.from({ length: dim }, (_, d) =>
    Array.from({ length: T }, (_, j) => runs.filter((c) => c[d][j] !== 0).length / bags),
  );
  const coefficients = inclusionProbabilities.map((row, d) =>
    row.map((p, j) => (p >= inclusion ? median(runs.map((c) => c[d][j])) : 0)),
  );
  return {
    model: new SparseModel(library, coefficients),
    inclusionProbabilities,
    wallTimeMs: performance.now() - start,
  };
}
