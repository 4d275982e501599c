import type { NeurlpBackend, OdeProblem, RowWeights, Smoothness } from "./backend.js";
import { type ArrayInput, OdeArray } from "./core/arrays.js";
import { assembleBeta } from "./core/assemble.js";
import { giveBuffer } from "./core/buffers.js";
import {
  type FactoredLhs,
  factorLhs,
  normalRhs,
  release,
  runAsync,
  runSync,
  type SolveAids,
  type Steps,
  solveFactored,
} from "./core/engine.js";
import { type GradientRequest, type InputGradients, inputGradients } from "./core/gradients.js";
import { checkSolution, checkWorkers } from "./core/limits.js";
import { checkGradU, type OdeGradients, uShape, wrapGradients } from "./core/outputs.js";
import { buildProblem, type OdeInputs } from "./core/problem.js";
import { NeurlpBackendError } from "./errors.js";
import { getBackend, getBackendSync } from "./registry.js";
import { solveWithWorkers } from "./workers/pool.js";

export interface SolveOptions extends SolveAids {
  /** Registered backend name (default: the highest-priority registered backend, "cpu"). */
  backend?: string;
  /** "central" (default) or "continuous" smoothness rows. */
  smoothness?: Smoothness;
  /** Row weights, each default 1. */
  weights?: Partial<RowWeights>;
  /** Split the batch over this many worker threads (CPU backend only; default 1 = this thread; at most 256). */
  workers?: number;
  /** Memory budget of the solve in bytes (default 2 GiB, `Infinity` = no limit); larger problems are refused. */
  maxBytes?: number;
}

export interface OdeSolution {
  /** `[B, N, D, K]`: value and derivatives 0..K−1 at every grid point. */
  u: OdeArray;
  /**
   * Vector–Jacobian product: gradients of Σ gradU·u with respect to every input, by implicit
   * differentiation reusing the forward factorisation (one more solve). `gradU` is `[B, N, D, K]`.
   */
  vjp(gradU: ArrayInput): Promise<OdeGradients>;
  /**
   * Release the saved factorisation now (vjp is unusable afterwards) so the next solve can reuse
   * its memory — worthwhile in loops: fresh large buffers are slow to fault in. Optional.
   */
  dispose(): void;
}

/** State kept between a forward solve and its backward. */
export interface ForwardState {
  problem: OdeProblem;
  factored: FactoredLhs;
  u: Float64Array;
}

export function* forwardSteps(
  backend: NeurlpBackend,
  problem: OdeProblem,
  aids: SolveAids,
): Steps<ForwardState> {
  const factored = yield* factorLhs(backend, problem, aids);
  const beta =
    factored.refine > 0 && backend.precision === 32
      ? assembleBeta(problem)
      : yield* normalRhs(backend, problem);
  const u = yield* solveFactored(factored, beta, problem.dims.B);
  giveBuffer(beta);
  return { problem, factored, u };
}

export function* backwardSteps(
  state: ForwardState,
  gradU: Float64Array,
  want?: GradientRequest,
): Steps<InputGradients> {
  const z = yield* solveFactored(state.factored, gradU, state.problem.dims.B);
  const grads = inputGradients(state.problem, state.u, z, want);
  giveBuffer(z);
  return grads;
}

/**
 * Solve a batch of linear ODE least-squares problems (NeuRLP) and return u `[B, N, D, K]` plus a
 * `vjp` for gradients. Inputs are nested arrays or `{ shape, data }`; see `OdeInputs` for shapes.
 */
export async function solveODE(inputs: OdeInputs, options: SolveOptions = {}): Promise<OdeSolution> {
  const workers = checkWorkers(options.workers);
  const problem = buildProblem(inputs, options);
  const backend = await getBackend(options.backend);
  if (workers > 1 && problem.dims.B > 1) {
    const solution = await solveWithWorkers(backend, problem, options, workers);
    guardSolution(solution.u.data, problem, () => solution.dispose());
    return solution;
  }
  const state = await runAsync(forwardSteps(backend, problem, options));
  guardSolution(state.u, problem, () => release(state.factored));
  let disposed = false;
  return {
    u: new OdeArray(uShape(problem), state.u),
    vjp: async (gradU) => {
      if (disposed) throw new NeurlpBackendError("vjp called after dispose()");
      return wrapGradients(problem, await runAsync(backwardSteps(state, checkGradU(problem, gradU))));
    },
    dispose: () => {
      if (!disposed) release(state.factored);
      disposed = true;
    },
  };
}

/** Synchronous forward solve for synchronous backends (the CPU one): returns u and the saved state. */
export function solveODESync(inputs: OdeInputs, options: Omit<SolveOptions, "workers"> = {}): ForwardState {
  const problem = buildProblem(inputs, options);
  const backend = getBackendSync(options.backend);
  const state = runSync(forwardSteps(backend, problem, options), backend);
  guardSolution(state.u, problem, () => release(state.factored));
  return state;
}

/** Never return NaN/Infinity: release what the solve holds and say which input to rescale. */
function guardSolution(u: Float64Array, problem: OdeProblem, cleanUp: () => void): void {
  try {
    checkSolution(u, problem);
  } catch (e) {
    cleanUp();
    throw e;
  }
}

export function backwardSync(
  state: ForwardState,
  gradU: Float64Array,
  want?: GradientRequest,
): InputGradients {
  return runSync(backwardSteps(state, gradU, want), state.factored.backend);
}

export type { OdeGradients, OdeInputs };
