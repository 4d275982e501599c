/** Stage "score": goodness of fit of the discovered model (R² of derivatives and of a re-simulation). */
import type { SparseModel } from "../model.js";
import { motionScale } from "../scale.js";
import { isUsedAsSampled, type PreparedData, readAsClean } from "./prepare.js";
import { segmentLength } from "./timescale.js";

/**
 * Mean over components of R² = 1 − SS_res/SS_tot, over the components in `varying` (default all): R² of a variable
 * that is constant in the data divides rounding error by rounding error.
 */
export function r2(
  pred: readonly number[][],
  truth: readonly number[][],
  varying: readonly boolean[] = truth[0].map(() => true),
): number {
  const dim = truth[0].length;
  let total = 0;
  let counted = 0;
  for (let d = 0; d < dim; d++) {
    if (!varying[d]) continue;
    counted++;
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
  return counted > 0 ? total / counted : 1;
}

export interface FitScores {
  /** R² of the model's derivatives against the smoothed data derivatives. */
  score: number;
  /** R² of a simulation from the first sample over the first `horizon` samples of trajectory 0 (null: diverged). */
  trajectoryScore: number | null;
  horizon: number;
}

export function scoreModel(model: SparseModel, data: PreparedData, varying: readonly boolean[]): FitScores {
  const score = r2(model.predict(data.states), data.derivativeRows, varying);
  const first = data.trajectories[0];
  const horizon = Math.min(first.t.length, 200);
  let trajectoryScore: number | null = null;
  try {
    const y0 = first.smoothed.map((c) => c.value[0]);
    const sim = model.simulate(y0, Array.from(first.t).slice(0, horizon));
    const truth = Array.from({ length: horizon }, (_, i) => first.smoothed.map((c) => c.value[i]));
    trajectoryScore = r2(
      sim.x.map((row) => Array.from(row)),
      truth,
      varying,
    );
  } catch {
    trajectoryScore = null;
  }
  return { score, trajectoryScore, horizon };
}

/**
 * Relative re-simulation error per component: the model is integrated from the smoothed state through segments
 * of ~3 time scales (the refinement's segments; chaos makes longer free runs meaningless), and
 * rms(simulated − smoothed)/std(data) is taken over every sample. Infinity when a simulation diverges. A variable
 * that is constant in the data (std at rounding level) is measured against its magnitude instead: its std would
 * turn a rounding-level drift into an astronomically "poor" fit.
 */
export function simulationError(model: SparseModel, data: PreparedData): number[] {
  const dim = model.variables.length;
  const segment = segmentLength(data.trajectories);
  const sq = new Float64Array(dim);
  // sums of (v − shift): shifted by the first sample so that the variance of a (nearly) constant variable does
  // not come out of the cancellation of two large sums
  const shift = data.trajectories[0]!.smoothed.map((c) => c.value[0]!);
  const mean = new Float64Array(dim);
  const meanSq = new Float64Array(dim);
  let n = 0;
  for (const tr of data.trajectories) {
    const len = tr.t.length;
    for (let a = 0; a < len - 1; a += segment - 1) {
      const b = Math.min(a + segment - 1, len - 1);
      const t = Array.from(tr.t).slice(a, b + 1);
      const y0 = tr.smoothed.map((c) => c.value[a]);
      let sim: number[][];
      try {
        sim = model.simulate(y0, t, { substeps: 4 }).x.map((row) => Array.from(row));
      } catch {
        return new Array<number>(dim).fill(Number.POSITIVE_INFINITY);
      }
      for (let i = a + (a === 0 ? 0 : 1); i <= b; i++) {
        for (let d = 0; d < dim; d++) {
          const v = tr.smoothed[d].value[i];
          const e = sim[i - a][d] - v;
          sq[d] += Number.isFinite(e) ? e * e : Number.POSITIVE_INFINITY;
          mean[d] += v - shift[d]!;
          meanSq[d] += (v - shift[d]!) ** 2;
        }
        n++;
      }
    }
  }
  return Array.from({ length: dim }, (_, d) => {
    const spread = Math.sqrt(Math.max(meanSq[d] / n - (mean[d] / n) ** 2, 0));
    const magnitude = Math.abs(shift[d]! + mean[d] / n);
    return Math.sqrt(sq[d] / n) / motionScale(spread, magnitude);
  });
}

/**
 * The re-simulation error a result reports and its poor-fit warning reads: of the error against the smoothed data
 * (`smoothedError`, `simulationError` above) and against the samples as they are (started from a sample, compared with
 * the samples), the one whose worst variable is smaller. Each overstates in one case. Noisy samples carry their noise
 * into the start and the comparison. The smoothed curve of clean data sampled at about a sample per time scale is
 * distorted (the smoothing reads the unresolved motion as noise): a clean Lorenz draw, 200 samples at dt = 0.082,
 * read as 11–14% noise, and its exact model strayed 54% of y's spread from the smoothed curve and 0.007% from the
 * samples.
 */
export function reportedSimulationError(
  model: SparseModel,
  data: PreparedData,
  smoothedError: readonly number[],
): number[] {
  // Data used as sampled: the second measure would repeat the first, simulation for simulation.
  if (isUsedAsSampled(data)) return [...smoothedError];
  const asSampled = simulationError(model, readAsClean(data));
  return worst(asSampled) < worst(smoothedError) ? asSampled : [...smoothedError];
}

/** The largest value; NaN when any is NaN (so a NaN measure is never the smaller one). */
const worst = (values: readonly number[]) => Math.max(0, ...values);
