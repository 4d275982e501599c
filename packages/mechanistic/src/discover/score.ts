/** Stage "score": goodness of fit of the discovered model (R² of derivatives and of a re-simulation). */
import type { SparseModel } from "../model.js";
import type { PreparedData } from "./prepare.js";

/** Mean over components of R² = 1 − SS_res/SS_tot. */
export function r2(pred: readonly number[][], truth: readonly number[][]): number {
  const dim = truth[0].length;
  let total = 0;
  for (let d = 0; d < dim; d++) {
    let mean = 0;
    for (const row of truth) mean += row[d];
    mean /= truth.length;
    let ssRes = 0;
    let ssTot = 0;
    truth.forEach((row, i) => {
      ssRes += (pred[i][d] - row[d]) ** 2;
      ssTot += (row[d] - mean) ** 2;
    });
    total += 1 - ssRes / (ssTot || 1);
  }
  return total / dim;
}

export interface FitScores {
  /** R² of the model's derivatives against the smoothed data derivatives. */
  score: number;
  /** R² of a simulation from the first sample over the first `horizon` samples of trajectory 0 (null: diverged). */
  trajectoryScore: number | null;
  horizon: number;
}

export function scoreModel(model: SparseModel, data: PreparedData): FitScores {
  const score = r2(model.predict(data.states), data.derivativeRows);
  const first = data.trajectories[0];
  const horizon = Math.min(first.t.length, 200);
  let trajectoryScore: number | null = null;
  try {
    const y0 = first.smoothed.map((c) => c.value[0]);
    const sim = model.simulate(y0, Array.from(first.t).slice(0, horizon));
    const truth = Array.from({ length: horizon }, (_, i) => first.smoothed.map((c) => c.value[i]));
    trajectoryScore = r2(
      sim.y.map((row) => Array.from(row)),
      truth,
    );
  } catch {
    trajectoryScore = null;
  }
  return { score, trajectoryScore, horizon };
}
