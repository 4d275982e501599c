/**
 * Autoregressive rollout and the normalised MSE of the papers: from the first `window` frames of each
 * trajectory, predict `horizon` frames, append the new ones (all but frame 0, which is the last observed),
 * shift the input window and repeat; nMSE of frame k = ‖pred_k − true_k‖² / ‖true_k‖², averaged over
 * trajectories.
 */
import { noGrad, runSteps, runStepsAsync, type Steps, type Tensor, tensor } from "@mechanist/autodiff";
import { MechanisticInputError } from "../errors.js";
import { settle } from "../settle.js";
import { checkFields, type Fields, framesTensor } from "./data.js";

export type Predictor = (x: Tensor) => Tensor;
/** A predictor that may await its solve (e.g. `(x) => model.forwardAsync(x)` on WebGPU). */
export type AsyncPredictor = (x: Tensor) => Tensor | Promise<Tensor>;

/** Predicted frames window..window+frames−1 of every trajectory: [trajectory][k][x]. */
export function rollout(predict: Predictor, fields: Fields, window: number, frames: number): number[][][] {
  const hint =
    "rollout: the predictor returned a Promise (an asynchronous backend): use await rolloutAsync(...)";
  return runSteps(rolloutSteps(predict, fields, window, frames), () => new MechanisticInputError(hint));
}

/** `rollout` with a predictor that may be asynchronous (a model on an asynchronous NeuRLP backend). */
export function rolloutAsync(
  predict: AsyncPredictor,
  fields: Fields,
  window: number,
  frames: number,
): Promise<number[][][]> {
  return runStepsAsync(rolloutSteps(predict, fields, window, frames));
}

function* rolloutSteps(
  predict: AsyncPredictor,
  fields: Fields,
  window: number,
  frames: number,
): Steps<number[][][]> {
  const { nx } = checkFields(fields, window, "rollout");
  const n = fields.length;
  const history = fields.map((f) => f.slice(0, window).map((row) => Array.from(row)));
  let input = framesTensor(
    fields,
    fields.map((_, i) => [i, 0] as const),
    0,
    window,
  );
  while (history[0].length < window + frames) {
    const out = yield* settle(noGrad(() => predict(input))); // [n, horizon, X]
    const horizon = out.shape[1];
    for (let i = 0; i < n; i++)
      for (let k = 1; k < horizon; k++)
        history[i].push(Array.from(out.data.subarray((i * horizon + k) * nx, (i * horizon + k + 1) * nx)));
    const data = new Float64Array(n * window * nx);
    for (const [i, h] of history.entries())
      for (const [k, row] of h.slice(-window).entries()) data.set(row, (i * window + k) * nx);
    input = tensor(data, [n, window, nx]);
  }
  return history.map((h) => h.slice(window, window + frames));
}

/** The persistence forecast: every predicted frame is the last observed one. */
export const persistence: Predictor = (x) => {
  const last = x.slice(1, x.shape[1] - 1, x.shape[1]);
  return last.mul(tensor(new Float64Array(2).fill(1), [1, 2, 1]));
};

/** nMSE of each predicted frame k (mean over trajectories), for predictions of frames window.. of `fields`. */
export function nmsePerFrame(predicted: number[][][], fields: Fields, window: number): number[] {
  const frames = predicted[0].length;
  return Array.from({ length: frames }, (_, k) => {
    let total = 0;
    predicted.forEach((p, i) => {
      const truth = fields[i][window + k];
      let err = 0;
      let norm = 0;
      truth.forEach((v, j) => {
        err += (p[k][j] - v) ** 2;
        norm += v * v;
      });
      total += err / norm;
    });
    return total / predicted.length;
  });
}

/** The mean of the per-frame nMSE over the first k frames, for each k in `at`. */
export const nmseAt = (perFrame: number[], at: readonly number[]): number[] =>
  at.map((k) => perFrame.slice(0, k).reduce((s, v) => s + v, 0) / k);
