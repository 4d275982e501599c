/** The accuracy gate of `mechanist solve`: a solution that misses its initial values or its equation is an error. */
import { UsageError } from "../errors.js";

/** Relative misses above these are errors (exit 2), not warnings. */
export const SOLVE_TOLERANCE = { initial: 1e-3, equation: 1e-3 } as const;

export interface SolvedGrid {
  /** `[N, K]` values u, u', ..., u^(p) at every grid point. */
  u: Float64Array;
  K: number;
  /** `[N, K]` coefficients of u^(k) and `[N]` right-hand sides, as solved. */
  coefficients: Float64Array;
  rhs: Float64Array;
  initial: number[];
  t: number[];
}

/** max_k |u^(k)(t0) − init_k| / max(1, |init_k|). */
export function initialMiss(s: SolvedGrid): number {
  return s.initial.reduce((m, v, k) => Math.max(m, Math.abs(s.u[k]! - v) / Math.max(1, Math.abs(v))), 0);
}

/** Largest |u^(k)| within `radius` grid points of each point, `[N, K]`. */
function localMax(u: Float64Array, N: number, K: number, radius: number): Float64Array {
  const out = new Float64Array(N * K);
  for (let i = 0; i < N; i++)
    for (let j = Math.max(0, i - radius); j <= Math.min(N - 1, i + radius); j++)
      for (let k = 0; k < K; k++) out[i * K + k] = Math.max(out[i * K + k]!, Math.abs(u[j * K + k]!));
  return out;
}

/**
 * Natural size of each derivative on this grid, `[K]`: the largest |u^(j)| over the grid for j ≤ k, divided by
 * span^(k − j). A term that is zero everywhere in the exact solution (u' in u' = 0, u'' in u'' = 0 with u = t)
 * is judged against this, so its rounding noise is not mistaken for a miss.
 */
function derivativeScales(u: Float64Array, N: number, K: number, span: number): number[] {
  const maxAbs = Array.from({ length: K }, (_, k) => {
    let m = 0;
    for (let i = 0; i < N; i++) m = Math.max(m, Math.abs(u[i * K + k]!));
    return m;
  });
  return maxAbs.map((_, k) => Math.max(...maxAbs.slice(0, k + 1).map((m, j) => m / span ** (k - j))));
}

/**
 * Largest equation residual |Σ c_k u^(k) − f| relative to the size of its terms Σ|c_k|·|u^(k)| + |f|,
 * with |u^(k)| taken as its largest value within 10 grid points (terms that vanish at one point, as
 * u' of exp(−t²) at t = 0, do not make noise look large) and the size floored at 1e-8 of the
 * largest, and at 1e-8 of Σ|c_k|·(natural size of u^(k)) (a solution decayed to rounding noise, or a term that
 * is exactly zero, is not judged on noise). Returns it and its index.
 */
export function equationMiss(s: SolvedGrid): { miss: number; at: number } {
  const { u, K, coefficients: c, rhs, t } = s;
  const N = t.length;
  const near = localMax(u, N, K, 10);
  const scales = derivativeScales(u, N, K, t[N - 1]! - t[0]!);
  const res = new Float64Array(N);
  const size = new Float64Array(N);
  const natural = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    let sum = -rhs[i]!;
    let mag = Math.abs(rhs[i]!);
    for (let k = 0; k < K; k++) {
      sum += c[i * K + k]! * u[i * K + k]!;
      mag += Math.abs(c[i * K + k]!) * near[i * K + k]!;
      natural[i] += Math.abs(c[i * K + k]!) * scales[k]!;
    }
    res[i] = Math.abs(sum);
    size[i] = mag;
  }
  const floor = 1e-8 * size.reduce((a, b) => Math.max(a, b), 0);
  let miss = 0;
  let at = 0;
  for (let i = 0; i < N; i++) {
    const r = res[i]! / Math.max(size[i]!, floor, 1e-8 * natural[i]!, Number.MIN_VALUE);
    if (r > miss) [miss, at] = [r, i];
  }
  return { miss, at };
}

/** Throw (exit 2) when the solution misses its initial values or its equation beyond SOLVE_TOLERANCE. */
export function checkSolution(s: SolvedGrid, scheme: string): void {
  const advice =
    scheme === "published"
      ? "use the default high-order scheme (drop --scheme published), a smaller STEP in --t, or a shorter interval"
      : "use a smaller STEP in --t or a shorter interval (and check that the equation's coefficients stay finite and its leading coefficient non-zero)";
  const iv = initialMiss(s);
  if (!(iv <= SOLVE_TOLERANCE.initial))
    throw new UsageError(
      `the solution misses the initial values by ${iv.toPrecision(2)} (relative; tolerance ${SOLVE_TOLERANCE.initial}): ` +
        `the least-squares solve drifted from them (a growing solution or a badly conditioned grid); ${advice}`,
    );
  const eq = equationMiss(s);
  if (!(eq.miss <= SOLVE_TOLERANCE.equation))
    throw new UsageError(
      `the solution misses the equation by ${eq.miss.toPrecision(2)} (relative to the size of its terms; tolerance ` +
        `${SOLVE_TOLERANCE.equation}) at t = ${Number(s.t[eq.at]!.toPrecision(12))}; ${advice}`,
    );
}
