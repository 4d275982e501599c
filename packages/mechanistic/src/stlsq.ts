/**
 * Plain SINDy: sequentially thresholded least squares (Brunton, Proctor & Kutz 2016) on finite-difference
 * derivatives. The baseline that discovery is compared against.
 */

import { columnNorms, lstsq, type Matrix, matrix, selectColumns } from "@mechanist/autodiff";
import { derivativesOf } from "./data.js";
import { MechanisticInputError } from "./errors.js";
import { type Library, resolveLibrary } from "./library.js";
import { SparseModel } from "./model.js";
import { checkOptionKeys, SINDY_KEYS, STLSQ_KEYS } from "./option-keys.js";
import { applyThreshold, type ThresholdRule } from "./threshold.js";
import { type Trajectory, validateTrajectories } from "./trajectory.js";

export interface StlsqOptions {
  /** Threshold λ in original units (default 0.1). */
  threshold?: number;
  /** Keep terms below λ whose relative contribution is ≥ 2% (default true; see threshold.ts). */
  autoThreshold?: boolean;
  /** Ridge penalty on the column-normalised problem (default 0). */
  ridge?: number;
  /** Maximum threshold–refit iterations (default 20). */
  maxIterations?: number;
}

/**
 * The thresholding rule of `threshold` (a number, or "auto" = 0.1 with contribution protection) and
 * `autoThreshold` (default: on for "auto" and for STLSQ, where the number is then a floor, not the whole rule).
 */
export function resolveRule(
  threshold: number | "auto" | undefined,
  auto: boolean | undefined,
): ThresholdRule {
  if (threshold === "auto") return { threshold: 0.1, auto: auto ?? true, contribution: 0.02 };
  const t = threshold ?? 0.1;
  if (!(t >= 0) || !Number.isFinite(t))
    throw new MechanisticInputError(`threshold must be "auto" or a finite number ≥ 0, got ${threshold}`);
  return { threshold: t, auto: auto ?? true, contribution: 0.02 };
}

/** Least squares restricted to the active columns of one equation; inactive coefficients are 0. */
export function activeLeastSquares(
  theta: Matrix,
  target: Matrix,
  eq: number,
  active: readonly boolean[],
  ridge = 0,
): number[] {
  const cols = active.flatMap((a, j) => (a ? [j] : []));
  const out = new Array<number>(theta.cols).fill(0);
  if (cols.length === 0) return out;
  const b = matrix(target.rows, 1);
  for (let i = 0; i < target.rows; i++) b.data[i] = target.data[i * target.cols + eq];
  const x = lstsq(selectColumns(theta, cols), b, ridge);
  cols.forEach((j, k) => {
    out[j] = x.data[k];
  });
  return out;
}

/** rms(Θ_j) / rms(target_e) for every term j: converts a coefficient into its relative contribution. */
export function contributionScales(theta: Matrix, target: Matrix, e: number): Float64Array {
  let t2 = 0;
  for (let i = 0; i < target.rows; i++) t2 += target.data[i * target.cols + e] ** 2;
  const norms = columnNorms(theta);
  const tn = Math.sqrt(t2) || 1;
  return Float64Array.from(norms, (n) => n / tn);
}

/** The STLSQ part of wider options (sindy's, ensembleSindy's), for passing on to `stlsq`. */
export function stlsqPart(o: StlsqOptions): StlsqOptions {
  // the key list is STLSQ_KEYS, so a new STLSQ option is passed on without a second list to update
  return Object.fromEntries(
    Object.keys(STLSQ_KEYS).map((k) => [k, o[k as keyof StlsqOptions]]),
  ) as StlsqOptions;
}

/** STLSQ on Θ (samples × terms) and targets (samples × equations); returns equations × terms. */
export function stlsq(
  theta: Matrix,
  target: Matrix,
  options: StlsqOptions = {},
): { coefficients: number[][]; iterations: number } {
  checkOptionKeys(options, STLSQ_KEYS, "stlsq options");
  const rule = resolveRule(options.threshold, options.autoThreshold);
  const maxIterations = options.maxIterations ?? 20;
  const coefficients: number[][] = [];
  let iterations = 0;
  for (let e = 0; e < target.cols; e++) {
    let active = new Array<boolean>(theta.cols).fill(true);
    let xi = activeLeastSquares(theta, target, e, active, options.ridge);
    const scale = contributionScales(theta, target, e);
    for (let it = 0; it < maxIterations; it++) {
      const next = applyThreshold(xi, active, rule, scale);
      iterations = Math.max(iterations, it + 1);
      if (!next.changed) break;
      active = next.active;
      xi = activeLeastSquares(theta, target, e, active, options.ridge);
    }
    coefficients.push(xi);
  }
  return { coefficients, iterations };
}

export interface SindyOptions extends StlsqOptions {
  /** Candidate library (default: polynomials of `degree` in `variables`). */
  library?: Library;
  degree?: number;
  variables?: readonly string[];
  /** Derivative estimate: "finite-difference" (plain SINDy, default) or "smooth" (local polynomial). */
  derivative?: "finite-difference" | "smooth";
  /** Window of the local polynomial smoother (default 9). */
  smoothingWindow?: number;
}

export interface SindyResult {
  model: SparseModel;
  iterations: number;
  wallTimeMs: number;
}

/** The SINDy regression of the trajectories: library, Θ (samples × terms) and the derivative targets. */
export function sindyRegression(
  trajectories: readonly Trajectory[],
  options: SindyOptions,
  defaultDerivative: NonNullable<SindyOptions["derivative"]>,
): { library: Library; theta: Matrix; derivatives: Matrix } {
  const dim = validateTrajectories(trajectories);
  const library = resolveLibrary(options, dim, trajectories[0]?.names);
  const { states, derivatives } = derivativesOf(
    trajectories,
    options.derivative ?? defaultDerivative,
    options.smoothingWindow,
  );
  return { library, theta: library.evaluate(states), derivatives };
}

/** Plain SINDy on one or several trajectories. */
export function sindy(trajectories: readonly Trajectory[], options: SindyOptions = {}): SindyResult {
  checkOptionKeys(options, SINDY_KEYS, "sindy options");
  const start = performance.now();
  const { library, theta, derivatives } = sindyRegression(trajectories, options, "finite-difference");
  const { coefficients, iterations } = stlsq(theta, derivatives, stlsqPart(options));
  return { model: new SparseModel(library, coefficients), iterations, wallTimeMs: performance.now() - start };
}
