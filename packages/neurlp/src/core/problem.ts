import type { BroadcastArray, OdeProblem, ProblemDims, RowWeights, Smoothness } from "../backend.js";
import { NeurlpShapeError, NeurlpValueError } from "../errors.js";
import { type ArrayInput, type Dense, toDense } from "./arrays.js";
import {
  checkMagnitudes,
  checkProblemSize,
  MIN_MAGNITUDE,
  type SizeOptions,
  withinBounds,
} from "./limits.js";

/** Public inputs of one solve (shapes: README, "Shapes"). */
export interface OdeInputs {
  /** `[B|1, N|1, E, D, K]`. */
  coefficients: ArrayInput;
  /** `[B|1, N|1, E]`. */
  rhs: ArrayInput;
  /** `[B|1, nIvSteps, D, nIv]` with nIv ≤ K − 1; omit (or null) for no initial rows. */
  initial?: ArrayInput | null;
  /** `[B|1, N − 1]` step sizes, or one number for a uniform grid (then N comes from the other inputs or `nSteps`). */
  steps: ArrayInput;
  /** Number of grid points N; needed only when no input has an N axis. */
  nSteps?: number;
}

export interface ProblemOptions extends SizeOptions {
  smoothness?: Smoothness;
  weights?: Partial<RowWeights>;
}

export function resolveWeights(w: Partial<RowWeights> | undefined): RowWeights {
  const out = { equation: w?.equation ?? 1, initial: w?.initial ?? 1, smoothness: w?.smoothness ?? 1 };
  for (const [k, v] of Object.entries(out)) {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new NeurlpValueError(`weights.${k} must be a finite number ≥ 0, got ${v}`);
    }
  }
  return out;
}

export function resolveSmoothness(s: unknown): Smoothness {
  const v = s ?? "central";
  if (v !== "central" && v !== "continuous") {
    throw new NeurlpValueError(`smoothness must be "central" or "continuous", got ${JSON.stringify(s)}`);
  }
  return v;
}

function rank(d: Dense, r: number, name: string, expected: string): void {
  if (d.shape.length !== r) {
    throw new NeurlpShapeError(`${name}: expected shape ${expected} (rank ${r}), got [${d.shape}]`);
  }
}

function agree(what: string, sizes: Array<[string, number]>, allowOne: boolean): number {
  const real = sizes.filter(([, n]) => !(allowOne && n === 1));
  const target = real.length > 0 ? real[0]![1] : 1;
  for (const [name, n] of sizes) {
    if (n !== target && !(allowOne && n === 1)) {
      throw new NeurlpShapeError(
        `${what} mismatch: ${name} has ${n} but ${real[0]![0]} has ${target}${allowOne ? " (a size-1 axis broadcasts)" : ""}`,
      );
    }
  }
  return target;
}

/** Left-hand-side inputs (what the factor depends on). */
export interface LhsInputs {
  coefficients: ArrayInput;
  steps: ArrayInput;
  nSteps?: number;
}

export interface ParsedLhs {
  coefficients: Dense;
  steps: Dense | number;
}

/** Parse and validate the inputs into the normalised problem handed to backend kernels. */
export function buildProblem(inputs: OdeInputs, options: ProblemOptions = {}): OdeProblem {
  if (!inputs || typeof inputs !== "object") throw new NeurlpValueError("inputs must be an object");
  const smoothness = resolveSmoothness(options.smoothness);
  const weights = resolveWeights(options.weights);
  if (inputs.coefficients === undefined)
    throw new NeurlpValueError("coefficients is required: [B, N|1, E, D, K]");
  if (inputs.rhs === undefined) throw new NeurlpValueError("rhs is required: [B, N|1, E]");
  if (inputs.steps === undefined) throw new NeurlpValueError("steps is required: [B, N-1] or a number");
  // each input is validated in one pass when it is clean (`withinBounds`); the names that passed
  // skip the later positivity and magnitude scans, the others get them with their precise messages
  const checked = new Set<string>();
  const scan = (name: keyof typeof MIN_MAGNITUDE) => (data: Float64Array) => {
    const ok = withinBounds(data, MIN_MAGNITUDE[name], name === "steps");
    if (ok) checked.add(name);
    return ok;
  };
  const c = toDense(inputs.coefficients, "coefficients", scan("coefficients"));
  rank(c, 5, "coefficients", "[B, N|1, E, D, K]");
  const r = toDense(inputs.rhs, "rhs", scan("rhs"));
  rank(r, 3, "rhs", "[B, N|1, E]");
  const [, , E, D, K] = c.shape as [number, number, number, number, number];
  if (K < 2) throw new NeurlpShapeError(`coefficients: K (last axis) must be ≥ 2 (order ≥ 1), got ${K}`);
  if (E < 1 || D < 1) throw new NeurlpShapeError(`coefficients: E and D must be ≥ 1, got shape [${c.shape}]`);
  if (r.shape[2] !== E) {
    throw new NeurlpShapeError(
      `rhs: last axis must be E = ${E} (from coefficients [B, N, E, D, K]), got [${r.shape}]`,
    );
  }
  let iv: Dense;
  if (inputs.initial === undefined || inputs.initial === null) {
    iv = { shape: [1, 0, D, 0], data: new Float64Array(0) };
  } else {
    iv = toDense(inputs.initial, "initial", scan("initial"));
    rank(iv, 4, "initial", "[B, nIvSteps, D, nIv]");
    if (iv.shape[2] !== D) {
      throw new NeurlpShapeError(`initial: axis 2 must be D = ${D} (from coefficients), got [${iv.shape}]`);
    }
    if (iv.shape[3]! > K - 1) {
      throw new NeurlpShapeError(
        `initial: nIv (last axis) must be ≤ K − 1 = ${K - 1} (initial values for orders below the top), got [${iv.shape}]`,
      );
    }
  }
  let h: Dense | number;
  if (typeof inputs.steps === "number") {
    h = inputs.steps;
  } else {
    h = toDense(inputs.steps, "steps", scan("steps"));
    if (h.shape.length === 0) h = h.data[0]!;
    else rank(h, 2, "steps", "[B, N-1] (or one number)");
  }
  // one step size, as a number or a rank-0 array: the same check either way
  if (typeof h === "number" && (!Number.isFinite(h) || h <= 0))
    throw new NeurlpValueError(`steps must be a finite number > 0, got ${h}`);
  // N: from the time axes that are not broadcast, the steps and nSteps.
  const nSources: Array<[string, number]> = [];
  if (c.shape[1] !== 1) nSources.push(["coefficients (axis 1)", c.shape[1]!]);
  if (r.shape[1] !== 1) nSources.push(["rhs (axis 1)", r.shape[1]!]);
  if (typeof h !== "number") nSources.push(["steps (axis 1) + 1", h.shape[1]! + 1]);
  if (inputs.nSteps !== undefined) {
    if (typeof inputs.nSteps !== "number" || !Number.isInteger(inputs.nSteps) || inputs.nSteps < 2) {
      throw new NeurlpValueError(`nSteps must be an integer ≥ 2, got ${inputs.nSteps}`);
    }
    nSources.push(["nSteps", inputs.nSteps]);
  }
  if (nSources.length === 0) {
    throw new NeurlpShapeError(
      "cannot tell the number of grid points N: every input is time-invariant and steps is a number; pass nSteps",
    );
  }
  const N = agree("number of grid points N", nSources, false);
  if (N < 2) throw new NeurlpShapeError(`need at least 2 grid points, got N = ${N}`);
  if (c.shape[1] !== 1 && c.shape[1] !== N)
    throw new NeurlpShapeError(`coefficients axis 1 must be 1 or N = ${N}`);
  const nIvSteps = iv.shape[1]!;
  const nIv = iv.shape[3]!;
  if (nIvSteps > N) throw new NeurlpShapeError(`initial: nIvSteps = ${nIvSteps} exceeds N = ${N}`);
  const batchSources: Array<[string, number]> = [
    ["coefficients (axis 0)", c.shape[0]!],
    ["rhs (axis 0)", r.shape[0]!],
  ];
  if (inputs.initial != null) batchSources.push(["initial (axis 0)", iv.shape[0]!]);
  if (typeof h !== "number") batchSources.push(["steps (axis 0)", h.shape[0]!]);
  const B = agree("batch size B", batchSources, true);
  if (B < 1) throw new NeurlpShapeError("batch size must be ≥ 1");
  const lhsBatch = Math.max(c.shape[0]!, typeof h === "number" ? 1 : h.shape[0]!);
  checkProblemSize({ lhsBatch, B, N, E, D, K }, options);
  let steps: BroadcastArray;
  if (typeof h === "number") {
    steps = { data: new Float64Array(N - 1).fill(h), batch: 1, time: N - 1 };
  } else {
    if (!checked.has("steps")) checkPositiveSteps(h.data, N);
    steps = { data: h.data, batch: h.shape[0]!, time: N - 1 };
  }
  const dims: ProblemDims = { B, N, E, D, K, nIvSteps, nIv };
  const problem: OdeProblem = {
    dims,
    smoothness,
    weights,
    coefficients: { data: c.data, batch: c.shape[0]!, time: c.shape[1]! },
    rhs: { data: r.data, batch: r.shape[0]!, time: r.shape[1]! },
    initial: { data: iv.data, batch: iv.shape[0]!, time: nIvSteps },
    steps,
  };
  checkMagnitudes(problem, checked);
  return problem;
}

function checkPositiveSteps(h: Float64Array, N: number): void {
  for (let i = 0; i < h.length; i++) {
    if (!(h[i]! > 0)) {
      throw new NeurlpValueError(
        `steps[${Math.floor(i / (N - 1))}, ${i % (N - 1)}] = ${h[i]}: step sizes must be > 0`,
      );
    }
  }
}

/** Shape of each input as the kernels see it (broadcast axes of size 1), for gradients. */
export function inputShapes(p: OdeProblem): {
  coefficients: number[];
  rhs: number[];
  initial: number[];
  steps: number[];
} {
  const { N, E, D, K, nIvSteps, nIv } = p.dims;
  return {
    coefficients: [p.coefficients.batch, p.coefficients.time, E, D, K],
    rhs: [p.rhs.batch, p.rhs.time, E],
    initial: [p.initial.batch, nIvSteps, D, nIv],
    steps: [p.steps.batch, N - 1],
  };
}
