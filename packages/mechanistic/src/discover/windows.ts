/**
 * Cuts trajectories into solver windows. Each window spans L samples (consecutive windows share one sample);
 * the solver grid refines every sample interval into `subgrid` steps, and the library is evaluated on the
 * refined grid from a cubic Hermite interpolant of the smoothed state (values and derivatives at the samples).
 * Refinement cuts the O(h²) discretisation bias of the collocation solve by subgrid².
 */
import type { SmoothedComponent } from "./smoothing.js";

export interface WindowSet {
  /** Number of windows W, samples per window L, refined grid points per window Lf. */
  W: number;
  L: number;
  Lf: number;
  subgrid: number;
  dim: number;
  /** Refined steps per window, [W, Lf − 1]. */
  steps: Float64Array;
  /** True when every window has the same steps (one factor serves all). */
  uniform: boolean;
  /** Smoothed state on the refined grid, [W, Lf, dim]. */
  fineStates: Float64Array;
  /** Observed samples, [W, L, dim]. */
  targets: Float64Array;
  /** Smoothed state at each window start, [W, dim] (the initial value). */
  initial: Float64Array;
}

export interface WindowInput {
  t: ArrayLike<number>;
  observed: Float64Array[]; // per component
  smoothed: Pick<SmoothedComponent, "value" | "derivative">[]; // per component
}

export function buildWindows(trajectories: readonly WindowInput[], L: number, subgrid: number): WindowSet {
  const dim = trajectories[0].observed.length;
  const starts: Array<[number, number]> = [];
  trajectories.forEach((tr, k) => {
    const n = tr.t.length;
    for (let s0 = 0; s0 + L <= n; s0 += L - 1) starts.push([k, s0]);
  });
  const W = starts.length;
  const Lf = (L - 1) * subgrid + 1;
  const steps = new Float64Array(W * (Lf - 1));
  const fineStates = new Float64Array(W * Lf * dim);
  const targets = new Float64Array(W * L * dim);
  const initial = new Float64Array(W * dim);
  starts.forEach(([k, s0], w) => {
    const tr = trajectories[k];
    for (let s = 0; s < L; s++) {
      for (let d = 0; d < dim; d++) targets[(w * L + s) * dim + d] = tr.observed[d][s0 + s];
    }
    for (let d = 0; d < dim; d++) initial[w * dim + d] = tr.smoothed[d].value[s0];
    for (let s = 0; s < L - 1; s++) {
      const h = tr.t[s0 + s + 1] - tr.t[s0 + s];
      for (let r = 0; r < subgrid; r++) {
        steps[w * (Lf - 1) + s * subgrid + r] = h / subgrid;
        const u = r / subgrid;
        const h00 = 2 * u ** 3 - 3 * u ** 2 + 1;
        const h10 = u ** 3 - 2 * u ** 2 + u;
        const h01 = -2 * u ** 3 + 3 * u ** 2;
        const h11 = u ** 3 - u ** 2;
        for (let d = 0; d < dim; d++) {
          const c = tr.smoothed[d];
          const i = s0 + s;
          fineStates[(w * Lf + s * subgrid + r) * dim + d] =
            h00 * c.value[i] +
            h10 * h * c.derivative[i] +
            h01 * c.value[i + 1] +
            h11 * h * c.derivative[i + 1];
        }
      }
    }
    for (let d = 0; d < dim; d++) fineStates[(w * Lf + Lf - 1) * dim + d] = tr.smoothed[d].value[s0 + L - 1];
  });
  let uniform = true;
  for (let i = Lf - 1; i < steps.length && uniform; i++) {
    if (Math.abs(steps[i] - steps[i % (Lf - 1)]) > 1e-9 * steps[i % (Lf - 1)]) uniform = false;
  }
  return { W, L, Lf, subgrid, dim, steps, uniform, fineStates, targets, initial };
}
