import type { NeurlpBackend, OdeProblem } from "../backend.js";
import type { SolveAids, Steps } from "../core/engine.js";
import type { GradientRequest, InputGradients } from "../core/gradients.js";
import { type MarchState, marchBackward, marchForward, releaseMarch } from "./march.js";
import { addHalfStepGradients, type HalfStep, halfStepProblem } from "./midpoints.js";
import { checkInitialValueProblem } from "./options.js";
import { windowBounds } from "./slices.js";

/**
 * The "high" scheme: fourth-order accurate initial-value solves from the published kernels.
 *
 *   1. windowed marching (./march.ts) on the given grid  → u_h
 *   2. the same on the half-step grid (./midpoints.ts)   → u_{h/2}, windows starting at the same times
 *   3. Richardson extrapolation: u = (4 u_{h/2} − u_h) / 3 at the given grid points
 *
 * Each window uses "continuous" smoothness rows and initial rows weighted 100 (options.ts). The
 * error of such a window solve expands as c₂(t) h² + c₄(t) h⁴ + … on any grid, so step 3 cancels
 * the h² term. Everything is linear in the kernels' solutions, so the gradient is the chain of the
 * windows' implicit-differentiation gradients, run backwards (no unrolled factorisation).
 */

export interface HighState {
  problem: OdeProblem;
  coarse: MarchState;
  fine: MarchState;
  half: HalfStep;
  u: Float64Array;
}

export function* highForward(
  backend: NeurlpBackend,
  problem: OdeProblem,
  aids: SolveAids,
  window: number,
): Steps<HighState> {
  checkInitialValueProblem(problem);
  const bounds = windowBounds(problem.dims.N, window);
  const coarse = yield* marchForward(backend, problem, bounds, aids);
  const half = halfStepProblem(problem);
  const fine = yield* marchForward(
    backend,
    half.problem,
    bounds.map((s) => 2 * s),
    aids,
  );
  const { B, N, D, K } = problem.dims;
  const per = D * K;
  const u = new Float64Array(B * N * per);
  for (let b = 0; b < B; b++)
    for (let s = 0; s < N; s++)
      for (let i = 0; i < per; i++) {
        const j = (b * N + s) * per + i;
        u[j] = (4 * fine.u[(b * (2 * N - 1) + 2 * s) * per + i]! - coarse.u[j]!) / 3;
      }
  return { problem, coarse, fine, half, u };
}

export function* highBackward(
  state: HighState,
  gradU: Float64Array,
  _want?: GradientRequest,
): Steps<InputGradients> {
  const { B, N, D, K } = state.problem.dims;
  const per = D * K;
  const gCoarse = gradU.map((g) => -g / 3);
  const gFine = new Float64Array(B * (2 * N - 1) * per);
  for (let b = 0; b < B; b++)
    for (let s = 0; s < N; s++)
      for (let i = 0; i < per; i++)
        gFine[(b * (2 * N - 1) + 2 * s) * per + i] = (4 * gradU[(b * N + s) * per + i]!) / 3;
  const out = yield* marchBackward(state.coarse, gCoarse);
  const fine = yield* marchBackward(state.fine, gFine);
  addHalfStepGradients(state.problem, state.half, fine, out);
  return out;
}

export function releaseHigh(state: HighState): void {
  releaseMarch(state.coarse);
  releaseMarch(state.fine);
}

export {
  checkInitialValueProblem,
  HIGH_ORDER,
  type HighOrderOptions,
  rejectFixedOptions,
  resolveScheme,
  resolveWindow,
  type Scheme,
} from "./options.js";
