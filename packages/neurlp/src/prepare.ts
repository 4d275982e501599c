import type { OptionKeys } from "@mechanist/autodiff";
import type { LhsProblem, NeurlpBackend, OdeProblem, RhsProblem } from "./backend.js";
import { type ArrayInput, OdeArray, toDense } from "./core/arrays.js";
import { assembleBeta } from "./core/assemble.js";
import {
  type FactoredLhs,
  factorLhs,
  normalRhs,
  release,
  runAsync,
  runSteps,
  runSync,
  type SolveAids,
  type Steps,
  solveFactored,
} from "./core/engine.js";
import { inputGradients } from "./core/gradients.js";
import { checkOptionKeys } from "./core/option-keys.js";
import { buildProblem, type ProblemOptions } from "./core/problem.js";
import { NeurlpBackendError, NeurlpShapeError, NeurlpValueError } from "./errors.js";
import { getBackend } from "./registry.js";

/**
 * Factor cache for a fixed left-hand side: coefficients and steps are factored once, then every
 * `solve({ rhs, initial })` costs one assembly of the normal right-hand side and one pair of
 * substitutions. When coefficients and steps have batch size 1 a single factor serves the whole
 * batch (the equation-discovery case: coefficients [0, 1, 0], fixed steps).
 */

export interface PrepareInputs {
  /** `[B|1, N|1, E, D, K]`. */
  coefficients: ArrayInput;
  /** `[B|1, N − 1]` or one number. */
  steps: ArrayInput;
  /** N; needed when neither coefficients nor steps has a time axis. */
  nSteps?: number;
  /** Leading grid points with initial rows (default 0). */
  nIvSteps?: number;
  /** Initial orders per such point, ≤ K − 1 (default 0). */
  nIv?: number;
  /** Batch size B of the right-hand sides to come (default: the coefficients'/steps' batch). */
  batch?: number;
}

export interface PrepareOptions extends ProblemOptions, SolveAids {
  backend?: string;
}

const PREPARE_OPTION_KEYS: OptionKeys<PrepareOptions> = {
  backend: true,
  smoothness: true,
  weights: true,
  maxBytes: true,
  equilibrate: true,
  iterativeRefinement: true,
};

export interface RhsInputs {
  /** `[B|1, N|1, E]`. */
  rhs: ArrayInput;
  /** `[B|1, nIvSteps, D, nIv]` (required when nIvSteps·nIv > 0). */
  initial?: ArrayInput | null;
}

export interface RhsGradients {
  rhs: Float64Array;
  initial: Float64Array;
}

export interface PreparedODE {
  readonly dims: OdeProblem["dims"];
  /** Solve for new right-hand sides (synchronous backends, e.g. "cpu"). u is `[B, N, D, K]`. */
  solve(inputs: RhsInputs): { u: OdeArray };
  solveAsync(inputs: RhsInputs): Promise<{ u: OdeArray }>;
  /** Gradients of Σ gradU·u for the last-solved-style inputs: d/d rhs and d/d initial (the LHS is fixed). */
  vjp(inputs: RhsInputs, u: Float64Array, gradU: Float64Array): RhsGradients;
  /** `vjp` on any backend (asynchronous ones included). */
  vjpAsync(inputs: RhsInputs, u: Float64Array, gradU: Float64Array): Promise<RhsGradients>;
  /** Internal: the parsed right-hand-side problem for given inputs. */
  rhsProblem(inputs: RhsInputs): OdeProblem;
  /** Internal: synchronous normal solve M x = r for `[B, N, n]`. */
  solveNormal(r: Float64Array): Float64Array;
  readonly backend: NeurlpBackend;
  /** Release the factor (device memory on GPU backends). */
  dispose(): void;
}

function* rhsSolve(f: FactoredLhs, p: OdeProblem): Steps<Float64Array> {
  const beta =
    f.refine > 0 && f.backend.precision === 32
      ? assembleBeta(p as RhsProblem)
      : yield* normalRhs(f.backend, p);
  return yield* solveFactored(f, beta, p.dims.B);
}

/**
 * Factors the left-hand side (coefficients, steps) once and returns a `PreparedODE` that solves for many
 * right-hand sides and initial values (`solve`, `solveAsync`) and their gradients (`vjp`) without
 * refactoring.
 */
export async function prepareODE(inputs: PrepareInputs, options: PrepareOptions = {}): Promise<PreparedODE> {
  checkOptionKeys(options, PREPARE_OPTION_KEYS, "prepareODE options");
  const backend = await getBackend(options.backend);
  const nIvSteps = inputs.nIvSteps ?? 0;
  const nIv = inputs.nIv ?? 0;
  if (!Number.isInteger(nIvSteps) || nIvSteps < 0 || !Number.isInteger(nIv) || nIv < 0) {
    throw new NeurlpValueError(`nIvSteps and nIv must be integers ≥ 0, got ${nIvSteps} and ${nIv}`);
  }
  const coef = toDense(inputs.coefficients, "coefficients");
  if (coef.shape.length !== 5) {
    throw new NeurlpShapeError(
      `coefficients: expected shape [B, N|1, E, D, K] (rank 5), got [${coef.shape}]`,
    );
  }
  const [cB, , E, D] = coef.shape as [number, number, number, number, number];
  // Parse the left-hand side through the common validator, with placeholder right-hand sides.
  const template = buildProblem(
    {
      coefficients: coef,
      rhs: { shape: [1, 1, E], data: new Float64Array(E) },
      initial:
        nIvSteps * nIv > 0
          ? { shape: [1, nIvSteps, D, nIv], data: new Float64Array(nIvSteps * D * nIv) }
          : null,
      steps: inputs.steps,
      nSteps: inputs.nSteps,
    },
    options,
  );
  const lhsBatch = Math.max(cB, template.steps.batch);
  const B = inputs.batch ?? lhsBatch;
  if (!Number.isInteger(B) || B < 1 || (lhsBatch !== 1 && lhsBatch !== B)) {
    throw new NeurlpShapeError(
      `batch: expected 1 or the coefficients/steps batch ${lhsBatch}, got ${inputs.batch}`,
    );
  }
  const dims = { ...template.dims, B, nIvSteps, nIv };
  const lhs: LhsProblem = { ...template, dims };
  const factored = await runSteps(factorLhs(backend, lhs, options), backend);
  let disposed = false;

  const rhsProblem = (r: RhsInputs): OdeProblem => {
    if (disposed) throw new NeurlpBackendError("this PreparedODE was disposed");
    if (!r || r.rhs === undefined) throw new NeurlpValueError("solve: rhs is required ([B, N|1, E])");
    const needIv = nIvSteps * nIv > 0;
    if (needIv && (r.initial === undefined || r.initial === null)) {
      throw new NeurlpValueError(`solve: initial is required, shape [B, ${nIvSteps}, ${D}, ${nIv}]`);
    }
    const p = buildProblem(
      {
        coefficients: coef,
        rhs: r.rhs,
        initial: needIv ? r.initial : null,
        steps: inputs.steps,
        nSteps: dims.N,
      },
      options,
    );
    if (p.rhs.batch !== 1 && p.rhs.batch !== B) {
      throw new NeurlpShapeError(
        `rhs: batch axis must be ${B} (the prepared batch) or 1, got ${p.rhs.batch}`,
      );
    }
    if (p.dims.nIvSteps !== nIvSteps || p.dims.nIv !== nIv) {
      throw new NeurlpShapeError(
        `initial: expected shape [B, ${nIvSteps}, ${D}, ${nIv}] (prepared nIvSteps, D, nIv), got nIvSteps ${p.dims.nIvSteps}, nIv ${p.dims.nIv}`,
      );
    }
    if (p.initial.batch !== 1 && p.initial.batch !== B) {
      throw new NeurlpShapeError(`initial: batch axis must be ${B} or 1, got ${p.initial.batch}`);
    }
    return { ...p, dims: { ...p.dims, B } };
  };

  const vjpSteps = function* (r: RhsInputs, u: Float64Array, gradU: Float64Array): Steps<RhsGradients> {
    const p = rhsProblem(r);
    const z = yield* solveFactored(factored, gradU, B);
    const g = inputGradients(p, u, z, { rhs: true, initial: true });
    return { rhs: g.rhs!, initial: g.initial! };
  };
  const shape = [B, dims.N, dims.D, dims.K];
  return {
    dims,
    backend,
    rhsProblem,
    solve: (r) => ({ u: new OdeArray(shape, runSync(rhsSolve(factored, rhsProblem(r)), backend)) }),
    solveAsync: async (r) => ({ u: new OdeArray(shape, await runAsync(rhsSolve(factored, rhsProblem(r)))) }),
    solveNormal: (r) => runSync(solveFactored(factored, r, B), backend),
    vjp: (r, u, gradU) => runSync(vjpSteps(r, u, gradU), backend),
    vjpAsync: (r, u, gradU) => runAsync(vjpSteps(r, u, gradU)),
    dispose: () => {
      if (!disposed) release(factored);
      disposed = true;
    },
  };
}
