import type { ProblemDims } from "./backend.js";
import type { SolveAids } from "./core/engine.js";
import type { OdeInputs, ProblemOptions } from "./core/problem.js";
import { NeurlpShapeError, NeurlpValueError } from "./errors.js";
import { solveODE } from "./solve.js";

/**
 * The front door: one scalar linear ODE  c₀(t)·u + c₁(t)·u′ + … + c_p(t)·u⁽ᵖ⁾ = rhs(t)  with initial
 * values, on a time grid, as plain numbers and typed arrays — in the spirit of torchdiffeq's
 * `odeint(f, y0, t)`. It builds the tensor-shaped inputs of `solveODE` (`[B, N, E, D, K]` with
 * E = D = 1) and reads the solution back per derivative order. Batch is optional: give `y0` (and
 * optionally `coefficients` / `rhs`) one row per batch element.
 */

/** A uniform grid t0, t0 + dt, …, t1 ((t1 − t0)/dt must be a whole number). */
export interface TimeSpan {
  readonly t0: number;
  readonly t1: number;
  readonly dt: number;
}

type Row = ArrayLike<number>;

export interface LinearODEProblem {
  /**
   * `[c₀, c₁, …, c_p]`: c_k multiplies the k-th derivative, so `[4, 0.3, 1]` is u″ + 0.3u′ + 4u = rhs
   * (order p = length − 1 ≥ 1). A function of t gives time-varying coefficients; one row per batch
   * element (`[[…], […]]`) gives a batch.
   */
  readonly coefficients: Row | readonly Row[] | ((t: number) => Row);
  /**
   * Right-hand side (default 0): a number, one value per grid point, a function of t, or one row per
   * batch element (`[[0], [1]]`: a constant each; or one value per grid point each).
   */
  readonly rhs?: number | Row | readonly Row[] | ((t: number) => number);
  /** Initial values `[u(t0), u′(t0), …]` (at most p of them; fewer leaves the rest free). One row per batch element for a batch. */
  readonly y0: Row | readonly Row[];
  /** The grid: `{ t0, t1, dt }` or the time points themselves (strictly increasing). */
  readonly t: TimeSpan | Row;
}

export interface LinearODEOptions extends ProblemOptions, SolveAids {
  /** Registered backend name (default: the registry's choice, "cpu"). */
  backend?: string;
}

/** `u` and its derivatives on the grid: `derivatives[k]` is the k-th derivative (`u`, `du`, `d2u` name the first three). */
export interface LinearODESolution<U> {
  readonly t: Float64Array;
  readonly u: U;
  readonly du: U;
  /** Present when the order is ≥ 2. */
  readonly d2u?: U;
  readonly derivatives: readonly U[];
}

const isRow = (v: unknown): v is Row =>
  Array.isArray(v) ? v.every((x) => typeof x === "number") : ArrayBuffer.isView(v);
const isRows = (v: unknown): v is readonly Row[] =>
  Array.isArray(v) && v.length > 0 && v.every(isRow) && !isRow(v);

/** Grid points from `{ t0, t1, dt }` or an explicit increasing list. */
export function timeGrid(t: TimeSpan | Row): Float64Array {
  if (isRow(t)) {
    const grid = Float64Array.from(t);
    if (grid.length < 2) throw new NeurlpShapeError(`t: need at least 2 time points, got ${grid.length}`);
    for (let i = 0; i < grid.length; i++) {
      if (!Number.isFinite(grid[i]!) || (i > 0 && !(grid[i]! > grid[i - 1]!)))
        throw new NeurlpValueError(
          `t[${i}] = ${grid[i]}: time points must be finite and strictly increasing`,
        );
    }
    return grid;
  }
  const { t0, t1, dt } = (t ?? {}) as Partial<TimeSpan>;
  if (![t0, t1, dt].every((v) => typeof v === "number" && Number.isFinite(v)) || !(dt! > 0) || !(t1! > t0!))
    throw new NeurlpValueError(
      `t: expected { t0, t1, dt } with t1 > t0 and dt > 0, or an array of times; got ${JSON.stringify(t)}`,
    );
  const intervals = Math.round((t1! - t0!) / dt!);
  if (Math.abs(intervals * dt! - (t1! - t0!)) > 1e-9 * Math.max(1, Math.abs(t1! - t0!)))
    throw new NeurlpValueError(
      `t: (t1 − t0)/dt = ${(t1! - t0!) / dt!} must be a whole number; adjust dt or t1`,
    );
  const grid = new Float64Array(intervals + 1);
  for (let i = 0; i <= intervals; i++) grid[i] = t0! + i * dt!;
  return grid;
}

/** Rows of a per-batch input: `[B, len]` data, plus B (1 when shared). */
function rows(
  value: Row | readonly Row[],
  name: string,
  len: number | null,
): { data: Float64Array; batch: number; len: number } {
  const list = isRows(value) ? value : isRow(value) ? [value] : null;
  if (!list)
    throw new NeurlpValueError(
      `${name}: expected an array of numbers (or one per batch element), got ${typeof value}`,
    );
  const width = len ?? list[0]!.length;
  const data = new Float64Array(list.length * width);
  list.forEach((r, b) => {
    if (r.length !== width)
      throw new NeurlpShapeError(
        `${name}${list.length > 1 ? `[${b}]` : ""}: expected ${width} values, got ${r.length}`,
      );
    for (let i = 0; i < width; i++) data[b * width + i] = r[i]!;
  });
  return { data, batch: list.length, len: width };
}

function coefficientInput(
  c: LinearODEProblem["coefficients"],
  t: Float64Array,
): { shape: number[]; data: Float64Array } {
  if (typeof c === "function") {
    const K = c(t[0]!).length;
    const data = new Float64Array(t.length * K);
    for (let s = 0; s < t.length; s++) {
      const row = c(t[s]!);
      if (row.length !== K)
        throw new NeurlpShapeError(
          `coefficients(t): returned ${row.length} values at t = ${t[s]}, ${K} at t0`,
        );
      for (let k = 0; k < K; k++) data[s * K + k] = row[k]!;
    }
    return { shape: [1, t.length, 1, 1, K], data };
  }
  const r = rows(c, "coefficients", null);
  return { shape: [r.batch, 1, 1, 1, r.len], data: r.data };
}

function rhsInput(f: LinearODEProblem["rhs"], t: Float64Array): { shape: number[]; data: Float64Array } {
  if (f === undefined || typeof f === "number") return { shape: [1, 1, 1], data: Float64Array.of(f ?? 0) };
  if (typeof f === "function") return { shape: [1, t.length, 1], data: Float64Array.from(t, (x) => f(x)) };
  const r = rows(f, "rhs", null);
  if (r.len !== 1 && r.len !== t.length)
    throw new NeurlpShapeError(
      `rhs: expected 1 value (constant) or ${t.length} (one per grid point) per row, got ${r.len}`,
    );
  return { shape: [r.batch, r.len, 1], data: r.data };
}

/** Builds the `solveODE` inputs of a front-door problem (exported for the benchmark and tests). */
export function linearInputs(problem: LinearODEProblem): {
  inputs: OdeInputs;
  t: Float64Array;
  batched: boolean;
} {
  if (!problem || typeof problem !== "object")
    throw new NeurlpValueError("solveLinearODE: expected { coefficients, y0, t, rhs? }");
  const t = timeGrid(problem.t);
  const coefficients = coefficientInput(problem.coefficients, t);
  const K = coefficients.shape[4]!;
  if (K < 2)
    throw new NeurlpShapeError(`coefficients: need at least [c₀, c₁] (order ≥ 1), got ${K} value(s)`);
  const y0 = rows(problem.y0, "y0", null);
  if (y0.len > K - 1)
    throw new NeurlpShapeError(
      `y0: an order-${K - 1} equation takes at most ${K - 1} initial values, got ${y0.len}`,
    );
  const h = new Float64Array(t.length - 1);
  for (let i = 0; i < h.length; i++) h[i] = t[i + 1]! - t[i]!;
  const inputs: OdeInputs = {
    coefficients,
    rhs: rhsInput(problem.rhs, t),
    initial: { shape: [y0.batch, 1, 1, y0.len], data: y0.data },
    steps: { shape: [1, h.length], data: h },
  };
  return { inputs, t, batched: isRows(problem.y0) || isRows(problem.coefficients) || isRows(problem.rhs) };
}

/** Derivative k of batch element b, from u `[B, N, 1, K]`. */
function derivative(u: Float64Array, dims: Pick<ProblemDims, "N" | "K">, b: number, k: number): Float64Array {
  const out = new Float64Array(dims.N);
  for (let s = 0; s < dims.N; s++) out[s] = u[(b * dims.N + s) * dims.K + k]!;
  return out;
}

function solution<U>(t: Float64Array, derivatives: U[]): LinearODESolution<U> {
  return { t, u: derivatives[0]!, du: derivatives[1]!, d2u: derivatives[2], derivatives };
}

/**
 * Solve one scalar linear ODE (or a batch of them) on a grid:
 * `solveLinearODE({ coefficients: [4, 0.3, 1], rhs: Math.cos, y0: [1, 0], t: { t0: 0, t1: 10, dt: 0.05 } })`
 * → `{ t, u, du, d2u, derivatives }`. Row-form inputs return `Float64Array`s; batched inputs one per element.
 */
export async function solveLinearODE(
  problem: LinearODEProblem & {
    y0: Row;
    coefficients: Row | ((t: number) => Row);
    rhs?: number | Row | ((t: number) => number);
  },
  options?: LinearODEOptions,
): Promise<LinearODESolution<Float64Array>>;
export async function solveLinearODE(
  problem: LinearODEProblem,
  options?: LinearODEOptions,
): Promise<LinearODESolution<Float64Array | Float64Array[]>>;
export async function solveLinearODE(
  problem: LinearODEProblem,
  options: LinearODEOptions = {},
): Promise<LinearODESolution<Float64Array | Float64Array[]>> {
  const { inputs, t, batched } = linearInputs(problem);
  const sol = await solveODE(inputs, options);
  const [B, N, , K] = sol.u.shape as [number, number, number, number];
  const dims = { N, K };
  const orders = Array.from({ length: K }, (_, k) =>
    batched
      ? Array.from({ length: B }, (_, b) => derivative(sol.u.data, dims, b, k))
      : derivative(sol.u.data, dims, 0, k),
  );
  sol.dispose();
  return solution<Float64Array | Float64Array[]>(t, orders);
}
