import type { OdeProblem, RowWeights, Smoothness } from "../backend.js";
import { NeurlpValueError } from "../errors.js";

/**
 * Which discretisation a solve uses.
 * - "published": the row set of the MNN / S-MNN papers, one global least-squares solve (second order).
 * - "high": fourth-order initial-value marching built from the same kernels (see ./index.ts).
 */
export type Scheme = "published" | "high";

/** Options of the "high" scheme. */
export interface HighOrderOptions {
  /** Grid intervals per marching window (default 20; the half-step solve uses twice as many). */
  window?: number;
}

/**
 * Measured choices, explained in the package README ("The high-order scheme"). Windows of 10-40
 * steps all give order 4; 20 balances the window count against accuracy on growing solutions.
 * Initial rows weighted 100 make each window meet its initial values to ~1e-8 instead of drifting.
 */
export const HIGH_ORDER = { window: 20, initialWeight: 100 } as const;

/**
 * Rows of a window solve, by the number of stored orders K. "continuous" rows keep an error that
 * expands in even powers of h on any grid (random steps included), so Richardson extrapolation
 * works everywhere; but from K = 4 on their normal matrix is so badly conditioned that a third-order
 * equation at h = 0.0025 misses by 1e-1. Central rows (weighted 10) stay accurate there on uniform
 * grids, but their top-derivative row is only first order where adjacent steps differ.
 */
export function windowRows(K: number): { smoothness: Smoothness; weights: RowWeights } {
  const initial = HIGH_ORDER.initialWeight;
  return K <= 3
    ? { smoothness: "continuous", weights: { equation: 1, initial, smoothness: 1 } }
    : { smoothness: "central", weights: { equation: 1, initial, smoothness: 10 } };
}

export function resolveScheme(s: unknown): Scheme {
  const v = s ?? "published";
  if (v !== "published" && v !== "high") {
    throw new NeurlpValueError(`scheme must be "published" or "high", got ${JSON.stringify(s)}`);
  }
  return v;
}

export function resolveWindow(w: unknown): number {
  const v = w ?? HIGH_ORDER.window;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 2) {
    throw new NeurlpValueError(
      `window must be an integer ≥ 2 (grid intervals per marching window), got ${w}`,
    );
  }
  return v;
}

/** Options the "high" scheme sets itself; giving them is a mistake worth reporting. */
export function rejectFixedOptions(o: { smoothness?: unknown; weights?: unknown }): void {
  if (o.smoothness !== undefined || o.weights !== undefined) {
    throw new NeurlpValueError(
      'scheme "high" chooses its own smoothness rows and row weights: drop smoothness/weights, or use scheme "published"',
    );
  }
}

/** The high-order scheme marches an initial-value problem: it needs initial values at the first grid point. */
export function checkInitialValueProblem(p: OdeProblem): void {
  const { nIvSteps, nIv, K } = p.dims;
  if (nIvSteps !== 1 || nIv < 1) {
    throw new NeurlpValueError(
      `scheme "high" solves initial-value problems: give initial of shape [B, 1, D, nIv] with 1 ≤ nIv ≤ ${K - 1} ` +
        `(values at the first grid point), got nIvSteps = ${nIvSteps}, nIv = ${nIv}; use scheme "published" otherwise`,
    );
  }
}
