/**
 * Size and magnitude guards, checked before anything is allocated or solved.
 *
 * Memory: the normal matrix and its factor are block bands of N blocks of n × 3n Float64 values
 * (n = D·K unknowns per grid point, bandwidth 2 blocks with central rows) per left-hand-side batch element,
 * plus a few right-hand-side/solution vectors of B·N·n values. A problem whose estimate exceeds the budget
 * (`maxBytes`, default 2 GiB) is refused with the estimate, instead of a RangeError, an out-of-memory abort or
 * a solve that never ends.
 *
 * Magnitudes: the normal equations multiply inputs pairwise (Aᵀ A, Aᵀ b), so a value above ~1e150 overflows
 * to Infinity and a nonzero coefficient below ~1e-150 underflows to 0 (the term silently disappears).
 */
import type { OdeProblem } from "../backend.js";
import { NeurlpValueError } from "../errors.js";
import { describeIndex } from "./arrays.js";

/** Default memory budget of one solve, in bytes (2 GiB). */
export const DEFAULT_MAX_BYTES = 2 ** 31;
/** Largest magnitude an input may have (its square must stay finite). */
export const MAX_MAGNITUDE = 1e150;
/** Smallest nonzero coefficient magnitude (its square must not underflow to 0). */
export const MIN_COEFFICIENT = 1e-150;
/** Most worker threads one solve may start. */
export const MAX_WORKERS = 256;

export interface SizeOptions {
  /** Memory budget in bytes (default 2 GiB); `Infinity` turns the guard off. */
  maxBytes?: number;
}

export interface SizeDims {
  /** Batch of the left-hand side (coefficients, steps): the number of matrices to factor. */
  lhsBatch: number;
  B: number;
  N: number;
  E: number;
  D: number;
  K: number;
}

/** Estimated peak bytes of one solve: matrix + factor bands, rhs/solution/scratch vectors, coefficients. */
export function estimateSolveBytes({ lhsBatch, B, N, E, D, K }: SizeDims): number {
  const n = D * K;
  const band = lhsBatch * N * n * 3 * n;
  const vectors = 4 * B * N * n;
  const coefficients = lhsBatch * N * E * D * K;
  return 8 * (2 * band + vectors + coefficients);
}

function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toPrecision(3)} GiB`;
  return `${(bytes / 2 ** 20).toPrecision(3)} MiB`;
}

export function resolveMaxBytes(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  if (typeof value !== "number" || Number.isNaN(value) || value <= 0)
    throw new NeurlpValueError(`maxBytes must be a number > 0 (Infinity to disable), got ${String(value)}`);
  return value;
}

/** Throws NeurlpValueError when the estimated memory exceeds the budget. */
export function checkProblemSize(dims: SizeDims, options: SizeOptions): void {
  const budget = resolveMaxBytes(options.maxBytes);
  const bytes = estimateSolveBytes(dims);
  if (bytes > budget) {
    const { B, N, D, K } = dims;
    throw new NeurlpValueError(
      `problem too large: B = ${B}, N = ${N} grid points, D = ${D}, K = ${K} needs about ${formatBytes(bytes)} ` +
        `(budget ${formatBytes(budget)}); use fewer grid points, a smaller batch or order, or raise options.maxBytes`,
    );
  }
}

export function checkWorkers(w: unknown): number {
  const workers = w ?? 1;
  if (typeof workers !== "number" || !Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS)
    throw new NeurlpValueError(`workers must be an integer from 1 to ${MAX_WORKERS}, got ${String(w)}`);
  return workers;
}

function checkRange(data: Float64Array, shape: number[], name: string, lowerBound: number): void {
  for (let i = 0; i < data.length; i++) {
    const a = Math.abs(data[i] as number);
    if (a > MAX_MAGNITUDE || (a !== 0 && a < lowerBound)) {
      const which =
        a > MAX_MAGNITUDE
          ? `above ${MAX_MAGNITUDE} (it overflows`
          : `below ${lowerBound} (it underflows to 0`;
      throw new NeurlpValueError(
        `${name}: element ${describeIndex(i, shape)} = ${data[i]} is ${which} when squared in the normal ` +
          "equations); rescale the equation or the variable",
      );
    }
  }
}

/**
 * One pass: every element finite, |x| ≤ MAX_MAGNITUDE and either 0 or |x| ≥ `min` (with `positive`:
 * x > 0). True means `toDense`'s finite check and `checkMagnitudes`'s range check would both pass
 * (and the step sizes' positivity check too), so the solver validates each input in one sweep; on
 * false the separate checks run and name the first offending element as before.
 */
export function withinBounds(data: Float64Array, min: number, positive = false): boolean {
  if (positive) {
    for (let i = 0; i < data.length; i++) {
      const x = data[i]!;
      if (!(x > 0 && x <= MAX_MAGNITUDE && x >= min)) return false;
    }
    return true;
  }
  for (let i = 0; i < data.length; i++) {
    const a = Math.abs(data[i]!);
    if (!(a <= MAX_MAGNITUDE && (a >= min || a === 0))) return false;
  }
  return true;
}

/** The smallest nonzero magnitude each input may have (see `checkMagnitudes`). */
export const MIN_MAGNITUDE = { coefficients: MIN_COEFFICIENT, rhs: 0, initial: 0, steps: 0 } as const;

/**
 * Refuses inputs whose products in the normal equations would overflow or underflow (see the file
 * comment). Inputs named in `checked` already passed `withinBounds` and are not scanned again.
 */
export function checkMagnitudes(p: OdeProblem, checked: ReadonlySet<string> = new Set()): void {
  const { N, E, D, K, nIvSteps, nIv } = p.dims;
  const range = (data: Float64Array, shape: number[], name: keyof typeof MIN_MAGNITUDE) => {
    if (!checked.has(name)) checkRange(data, shape, name, MIN_MAGNITUDE[name]);
  };
  range(p.coefficients.data, [p.coefficients.batch, p.coefficients.time, E, D, K], "coefficients");
  range(p.rhs.data, [p.rhs.batch, p.rhs.time, E], "rhs");
  range(p.initial.data, [p.initial.batch, nIvSteps, D, nIv], "initial");
  range(p.steps.data, [p.steps.batch, N - 1], "steps");
  for (const [k, w] of Object.entries(p.weights))
    if (w > MAX_MAGNITUDE) throw new NeurlpValueError(`weights.${k} = ${w} is above ${MAX_MAGNITUDE}`);
}

/**
 * A solution with NaN/Infinity despite finite, bounded inputs: the problem is too ill-conditioned for
 * Float64 (e.g. huge steps raised to high powers). Names the largest input so the caller knows what to rescale.
 */
export function checkSolution(u: ArrayLike<number>, p: OdeProblem): void {
  for (let i = 0; i < u.length; i++) {
    if (Number.isFinite(u[i] as number)) continue;
    const sources: Array<[string, Float64Array]> = [
      ["coefficients", p.coefficients.data],
      ["rhs", p.rhs.data],
      ["initial", p.initial.data],
      ["steps", p.steps.data],
    ];
    let largest = ["", 0] as [string, number];
    for (const [name, data] of sources)
      for (let j = 0; j < data.length; j++)
        if (Math.abs(data[j] as number) > Math.abs(largest[1])) largest = [name, data[j] as number];
    throw new NeurlpValueError(
      `the solution is not finite (u element ${i} = ${u[i]}): the problem overflows Float64; the largest input ` +
        `is ${largest[0]} = ${largest[1]}: rescale it (or use smaller steps / a lower order)`,
    );
  }
}
