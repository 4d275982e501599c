import type { NeurlpBackend, OdeProblem } from "../backend.js";
import { release, type SolveAids, type Steps } from "../core/engine.js";
import type { InputGradients } from "../core/gradients.js";
import { backwardSteps, type ForwardState, forwardSteps } from "../solve.js";
import { windowRows } from "./options.js";
import { addSliceGradient, sliceTime } from "./slices.js";

/**
 * Windowed marching: the grid is cut into consecutive windows; each is one least-squares solve (the
 * published kernels) whose initial values are the previous window's values at their shared end
 * point. A single global solve lets the large residuals of a growing solution outweigh the initial
 * rows (u' = u on [0, 10] comes out 100× too small); short windows keep every solve local.
 *
 * Gradients chain backwards through the windows: window w's adjoint solve gives the gradient of its
 * initial values, which is added to the gradient of window w − 1's end point.
 */

export interface MarchState {
  problem: OdeProblem;
  bounds: number[];
  windows: ForwardState[];
  /** `[B, N, D, K]`; grid point s comes from the window that starts at or before it (the last owns N − 1). */
  u: Float64Array;
}

function windowProblem(p: OdeProblem, s0: number, s1: number, initial: OdeProblem["initial"]): OdeProblem {
  const { E, D, K } = p.dims;
  const length = s1 - s0 + 1;
  return {
    dims: { ...p.dims, N: length, nIvSteps: 1 },
    ...windowRows(K),
    coefficients: sliceTime(p.coefficients, E * D * K, s0, length),
    rhs: sliceTime(p.rhs, E, s0, length),
    steps: sliceTime(p.steps, 1, s0, length - 1),
    initial,
  };
}

/** Values of orders 0..nIv−1 at local point `at` of a window solution `[B, n, D, K]`, as `[B, 1, D, nIv]`. */
function endValues(u: Float64Array, p: OdeProblem, n: number, at: number): OdeProblem["initial"] {
  const { B, D, K, nIv } = p.dims;
  const data = new Float64Array(B * D * nIv);
  for (let b = 0; b < B; b++)
    for (let d = 0; d < D; d++)
      for (let k = 0; k < nIv; k++) data[(b * D + d) * nIv + k] = u[((b * n + at) * D + d) * K + k]!;
  return { data, batch: B, time: 1 };
}

/** Copy local points [from, to) of a window solution into the global u. */
function place(
  u: Float64Array,
  p: OdeProblem,
  w: Float64Array,
  n: number,
  s0: number,
  from: number,
  to: number,
) {
  const { B, N, D, K } = p.dims;
  const per = D * K;
  for (let b = 0; b < B; b++) {
    u.set(w.subarray((b * n + from) * per, (b * n + to) * per), (b * N + s0 + from) * per);
  }
}

export function* marchForward(
  backend: NeurlpBackend,
  problem: OdeProblem,
  bounds: number[],
  aids: SolveAids,
): Steps<MarchState> {
  const { B, N, D, K } = problem.dims;
  const u = new Float64Array(B * N * D * K);
  const windows: ForwardState[] = [];
  let initial = problem.initial;
  for (let w = 0; w + 1 < bounds.length; w++) {
    const s0 = bounds[w]!;
    const s1 = bounds[w + 1]!;
    const n = s1 - s0 + 1;
    const state = yield* forwardSteps(backend, windowProblem(problem, s0, s1, initial), aids);
    windows.push(state);
    place(u, problem, state.u, n, s0, 0, w + 2 === bounds.length ? n : n - 1);
    initial = endValues(state.u, problem, n, n - 1);
  }
  return { problem, bounds, windows, u };
}

export function* marchBackward(state: MarchState, gradU: Float64Array): Steps<InputGradients> {
  const { problem: p, bounds, windows } = state;
  const { B, N, E, D, K, nIv } = p.dims;
  const per = D * K;
  const out = {
    coefficients: new Float64Array(p.coefficients.data.length),
    rhs: new Float64Array(p.rhs.data.length),
    steps: new Float64Array(p.steps.data.length),
    initial: new Float64Array(p.initial.data.length),
  };
  let ivGrad: Float64Array | null = null; // d L / d (initial values of window w + 1), [B, 1, D, nIv]
  for (let w = windows.length - 1; w >= 0; w--) {
    const s0 = bounds[w]!;
    const n = bounds[w + 1]! - s0 + 1;
    const owned = w === windows.length - 1 ? n : n - 1;
    const g = new Float64Array(B * n * per);
    for (let b = 0; b < B; b++) {
      g.set(gradU.subarray((b * N + s0) * per, (b * N + s0 + owned) * per), b * n * per);
      if (ivGrad)
        for (let d = 0; d < D; d++)
          for (let k = 0; k < nIv; k++)
            g[((b * n + n - 1) * D + d) * K + k] += ivGrad[(b * D + d) * nIv + k]!;
    }
    const gw = yield* backwardSteps(windows[w]!, g);
    addSliceGradient(out.coefficients, p.coefficients, E * per, s0, n, gw.coefficients!);
    addSliceGradient(out.rhs, p.rhs, E, s0, n, gw.rhs!);
    addSliceGradient(out.steps, p.steps, 1, s0, n - 1, gw.steps!);
    if (w === 0) addSliceGradient(out.initial, p.initial, D * nIv, 0, 1, gw.initial!);
    ivGrad = gw.initial!;
  }
  return out;
}

export function releaseMarch(state: MarchState): void {
  for (const w of state.windows) release(w.factored);
}
