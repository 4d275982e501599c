import type { OptionKeys } from "@mechanist/autodiff";
import type { NeurlpBackend, OdeProblem, RowWeights, Smoothness } from "./backend.js";
import { type ArrayInput, OdeArray } from "./core/arrays.js";
import { assembleBeta } from "./core/assemble.js";
import { giveBuffer } from "./core/buffers.js";
import {
  type FactoredLhs,
  factorAndSolve,
  factorLhs,
  normalRhs,
  release,
  runSteps,
  type SolveAids,
  type Steps,
  solveFactored,
} from "./core/engine.js";
import { type GradientRequest, type InputGradients, inputGradients } from "./core/gradients.js";
import { checkSolution, checkWorkers } from "./core/limits.js";
import { checkOptionKeys } from "./core/option-keys.js";
import { checkGradU, type OdeGradients, uShape, wrapGradients } from "./core/outputs.js";
import { buildProblem, type OdeInputs } from "./core/problem.js";
import { NeurlpBackendError, NeurlpValueError } from "./errors.js";
import {
  type HighOrderOptions,
  highBackward,
  highForward,
  rejectFixedOptions,
  releaseHigh,
  resolveScheme,
  resolveWindow,
  type Scheme,
} from "./highorder/index.js";
import { getBackend } from "./registry.js";
import { solveWithWorkers } from "./workers/pool.js";

export interface SolveOptions extends SolveAids, HighOrderOptions {
  /**
   * "published" (default): the papers' rows, one global least-squares solve, second order.
   * "high": fourth-order initial-value marching (windows + Richardson extrapolation) from the same
   * kernels; needs initial values at the first grid point and sets its own smoothness and weights.
   */
  scheme?: Scheme;
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

const SOLVE_OPTION_KEYS: OptionKeys<SolveOptions> = {
  scheme: true,
  backend: true,
  smoothness: true,
  weights: true,
  workers: true,
  maxBytes: true,
  window: true,
  equilibrate: true,
  iterativeRefinement: true,
};

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
  const direct = yield* factorAndSolve(backend, problem, aids);
  if (direct) return { problem, ...direct };
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

/** A forward solve of either scheme, with its backward and its release. */
export interface Solved {
  problem: OdeProblem;
  u: Float64Array;
  backward: (gradU: Float64Array) => Steps<InputGradients>;
  release(): void;
  /** The backend whose kernels the solve used. */
  backend: NeurlpBackend;
}

/** Run the forward solve of the chosen scheme on a parsed problem as kernel steps. */
export function* solveSteps(
  backend: NeurlpBackend,
  problem: OdeProblem,
  options: SolveOptions,
): Steps<Solved> {
  if (resolveScheme(options.scheme) === "high") {
    const state = yield* highForward(backend, problem, options, resolveWindow(options.window));
    return {
      problem,
      u: state.u,
      backend,
      backward: (g) => highBackward(state, g),
      release: () => releaseHigh(state),
    };
  }
  const state = yield* forwardSteps(backend, problem, options);
  return {
    problem,
    u: state.u,
    backend,
    backward: (g) => backwardSteps(state, g),
    release: () => release(state.factored),
  };
}

/** Parse the inputs for the chosen scheme (the high scheme sets its own rows, so it refuses them). */
export function problemFor(inputs: OdeInputs, options: SolveOptions): OdeProblem {
  if (resolveScheme(options.scheme) !== "high") return buildProblem(inputs, options);
  rejectFixedOptions(options);
  resolveWindow(options.window);
  return buildProblem(inputs, { maxBytes: options.maxBytes });
}

/**
 * Solve a batch of linear ODE least-squares problems (NeuRLP) and return u `[B, N, D, K]` plus a
 * `vjp` for gradients. Inputs are nested arrays or `{ shape, data }`; see `OdeInputs` for shapes.
 */
export async function solveODE(inputs: OdeInputs, options: SolveOptions = {}): Promise<OdeSolution> {
  checkOptionKeys(options, SOLVE_OPTION_KEYS, "solveODE options");
  const workers = checkWorkers(options.workers);
  const problem = problemFor(inputs, options);
  const backend = await getBackend(options.backend);
  const high = resolveScheme(options.scheme) === "high";
  if (workers > 1 && high) {
    throw new NeurlpValueError('workers > 1 is not supported with scheme "high" yet; leave workers at 1');
  }
  if (workers > 1 && problem.dims.B > 1) {
    const solution = await solveWithWorkers(backend, problem, options, workers);
    guardSolution(solution.u.data, problem, () => solution.dispose());
    return solution;
  }
  const solved = await runSteps(solveSteps(backend, problem, options), backend);
  guardSolution(solved.u, problem, () => solved.release());
  let disposed = false;
  return {
    u: new OdeArray(uShape(problem), solved.u),
    vjp: async (gradU) => {
      if (disposed) throw new NeurlpBackendError("vjp called after dispose()");
      return wrapGradients(problem, await runSteps(solved.backward(checkGradU(problem, gradU)), backend));
    },
    dispose: () => {
      if (!disposed) solved.release();
      disposed = true;
    },
  };
}

/** Never return NaN/Infinity: release what the solve holds and say which input to rescale. */
export function guardSolution(u: Float64Array, problem: OdeProblem, cleanUp: () => void): void {
  try {
    checkSolution(u, problem);
  } catch (e) {
    cleanUp();
    throw e;
  }
}

export type { OdeGradients, OdeInputs };
