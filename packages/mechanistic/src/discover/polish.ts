/**
 * The last stage of discovery: trajectory refinement (refine.ts) of the window-objective result, and, on noisy
 * data, one more selection pass through the window objective with the refined (model-consistent) state in place
 * of the smoothed one — the iteration of state estimate and ξ that the published denoiser performs — followed by
 * significance pruning. All settings derive from the data: segment length and RK4 substeps from the sampling
 * interval and the fastest time scale, residual weights from the noise estimate.
 */
import type { Library } from "../library.js";
import { applyThreshold, type ThresholdRule } from "../threshold.js";
import { debiasComponent } from "./debias.js";
import { WindowObjective } from "./objective.js";
import { choleskySolve, type RefineResult, refineTrajectories } from "./refine.js";
import type { SmoothedComponent } from "./smoothing.js";
import { buildWindows } from "./windows.js";

export interface PolishTrajectory {
  t: ArrayLike<number>;
  observed: Float64Array[];
  smoothed: SmoothedComponent[];
}

export interface PolishInput {
  library: Library;
  trajectories: PolishTrajectory[];
  coefficients: number[][];
  rule: ThresholdRule;
  pruneTolerance: number;
  /** Absolute noise σ per component (estimate). */
  sigma: Float64Array;
  noisy: boolean;
  stateScale: Float64Array;
  derivativeScale: Float64Array;
  window: number;
  subgrid: number;
  backend?: string;
}

export interface PolishResult {
  coefficients: number[][];
  /** Model state at the samples, per trajectory [n][dim]. */
  states: Float64Array[][];
  /** Residual σ per component after refinement. */
  sigma: Float64Array;
  segment: number;
  substeps: number;
  /** Number of support changes made by the reselection pass and the pruning. */
  supportChanges: number;
}

function rmsCentred(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m += a[i];
  m /= a.length;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - m) ** 2;
  return Math.sqrt(s / a.length);
}

function rms(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s / a.length);
}

/** Fastest time scale: min over components of rms(x − mean)/rms(dx/dt); median sample interval. */
export function timeScales(trajectories: readonly PolishTrajectory[]): { tau: number; dt: number } {
  let tau = Number.POSITIVE_INFINITY;
  const dim = trajectories[0].smoothed.length;
  for (let d = 0; d < dim; d++) {
    const x = trajectories.flatMap((tr) => Array.from(tr.smoothed[d].value));
    const dx = trajectories.flatMap((tr) => Array.from(tr.smoothed[d].derivative));
    const r = rms(dx);
    if (r > 0) tau = Math.min(tau, rmsCentred(x) / r);
  }
  const steps = trajectories.flatMap((tr) =>
    Array.from({ length: tr.t.length - 1 }, (_, i) => tr.t[i + 1] - tr.t[i]),
  );
  steps.sort((a, b) => a - b);
  const dt = steps[Math.floor(steps.length / 2)];
  return { tau: Number.isFinite(tau) ? tau : dt * 50, dt };
}

function modelRhs(
  library: Library,
  coefficients: number[][],
  state: Float64Array,
  theta: Float64Array,
): number[] {
  library.evaluateRow(state, theta);
  return coefficients.map((row) => row.reduce((s, c, j) => (c === 0 ? s : s + c * theta[j]), 0));
}

/** rms(Θ_j)/rms(f_d) on the refined states (turns ξ into a relative contribution). */
function contributionScales(
  library: Library,
  coefficients: number[][],
  states: Float64Array[][],
): Float64Array[] {
  const T = library.size;
  const dim = library.variables.length;
  const col = new Float64Array(T);
  const f = new Float64Array(dim);
  const theta = new Float64Array(T);
  let n = 0;
  for (const traj of states) {
    for (const s of traj) {
      const rhs = modelRhs(library, coefficients, s, theta);
      for (let j = 0; j < T; j++) col[j] += theta[j] ** 2;
      for (let d = 0; d < dim; d++) f[d] += rhs[d] ** 2;
      n++;
    }
  }
  return Array.from({ length: dim }, (_, d) =>
    Float64Array.from(col, (c) => Math.sqrt(c / n) / (Math.sqrt(f[d] / n) || 1)),
  );
}

export async function polish(input: PolishInput): Promise<PolishResult | null> {
  const { library, trajectories, rule } = input;
  const dim = library.variables.length;
  const { tau, dt } = timeScales(trajectories);
  // Segments of ~3 time scales: long enough to average the noise, short enough that chaotic divergence does not
  // make the least-squares problem multimodal. RK4 steps of ≤ τ/20 keep the integration error far below 0.1%.
  let segment = Math.min(401, Math.max(9, Math.round((3 * tau) / dt) + 1));
  const substeps = Math.min(50, Math.max(1, Math.ceil(dt / (0.05 * tau))));
  const scale = input.noisy
    ? Float64Array.from(input.sigma, (s, d) => Math.max(s, 1e-6 * input.stateScale[d]))
    : Float64Array.from(input.stateScale);
  const data = {
    t: trajectories.map((tr) => tr.t),
    y: trajectories.map((tr) =>
      Array.from({ length: tr.t.length }, (_, i) => Float64Array.from(tr.observed, (c) => c[i])),
    ),
    guess: trajectories.map((tr) =>
      Array.from({ length: tr.t.length }, (_, i) => Float64Array.from(tr.smoothed, (c) => c.value[i])),
    ),
  };
  const supportOf = (c: number[][]) => c.map((row) => row.map((v) => v !== 0));
  const run = (c: number[][], seg = segment): RefineResult | null => {
    const r = refineTrajectories(library, data, c, supportOf(c), { scale, segment: seg, substeps });
    return r?.coefficients.every((row) => row.every(Number.isFinite)) ? r : null;
  };
  let best = run(input.coefficients);
  while (!best?.converged && segment > 9) {
    // Divergent or non-converging segments: shorten them.
    segment = Math.max(9, Math.floor((segment - 1) / 2) + 1);
    best = run(input.coefficients);
  }
  if (!best) return null;
  const count = best.count;
  const criterion = (r: RefineResult) => 2 * r.cost + r.active.length * Math.log(count);
  let supportChanges = 0;

  if (input.noisy) {
    // Reselection: the window objective with the model-consistent state estimate, from the full library.
    const theta = new Float64Array(library.size);
    const states = best.states;
    const coefficients = best.coefficients;
    const win = buildWindows(
      trajectories.map((tr, k) => ({
        t: tr.t,
        observed: tr.observed,
        smoothed: Array.from({ length: dim }, (_, d) => {
          const value = Float64Array.from(states[k], (s) => s[d]);
          const derivative = Float64Array.from(
            states[k],
            (s) => modelRhs(library, coefficients, s, theta)[d],
          );
          return { value, derivative, window: 1, noise: input.sigma[d] };
        }),
      })),
      input.window,
      input.subgrid,
    );
    if (win.W > 0) {
      const objective = await WindowObjective.create(
        win,
        library,
        input.stateScale,
        input.derivativeScale,
        input.backend,
      );
      let reselected: number[][];
      try {
        const all = new Array<boolean>(library.size).fill(true);
        reselected = Array.from({ length: dim }, (_, d) =>
          debiasComponent(objective, d, all, rule, input.pruneTolerance),
        );
      } finally {
        objective.dispose();
      }
      const changed = reselected.some((row, d) =>
        row.some((v, j) => (v !== 0) !== (best?.coefficients[d][j] !== 0)),
      );
      if (changed) {
        const alt = run(reselected);
        if (alt && criterion(alt) < criterion(best)) {
          best = alt;
          supportChanges++;
        }
      }
    }
  }

  // Pruning: the sparsity rule on the refined coefficients; on noisy data also a significance test (a term must
  // lower 2·cost, a χ² in noise units, by more than ln(residual count), the BIC penalty of one parameter).
  for (let it = 0; it < 10; it++) {
    const current: RefineResult = best;
    const scales = contributionScales(library, current.coefficients, current.states);
    const P = current.active.length;
    let drop = -1;
    for (let d = 0; d < dim; d++) {
      const activeRow = current.coefficients[d].map((v) => v !== 0);
      const next = applyThreshold(current.coefficients[d], activeRow, rule, scales[d]);
      if (next.changed) {
        // Drop the smallest failing term of this equation.
        let smallest = Number.POSITIVE_INFINITY;
        current.active.forEach(([e, j], p) => {
          if (e === d && activeRow[j] && !next.active[j]) {
            const c = Math.abs(current.coefficients[d][j]) * scales[d][j];
            if (c < smallest) {
              smallest = c;
              drop = p;
            }
          }
        });
        break;
      }
    }
    if (drop < 0 && input.noisy && P > 0) {
      const dof = Math.max(1, count - P);
      const s2 = (2 * current.cost) / dof;
      let weakest = Number.POSITIVE_INFINITY;
      for (let p = 0; p < P; p++) {
        const e = new Float64Array(P);
        e[p] = 1;
        const col = choleskySolve(current.information, e, P);
        if (!col) continue;
        const [d, j] = current.active[p];
        const z2 = current.coefficients[d][j] ** 2 / (s2 * col[p]);
        if (z2 < weakest) {
          weakest = z2;
          if (z2 < Math.log(count)) drop = p;
        }
      }
    }
    if (drop < 0) break;
    const [d, j] = current.active[drop];
    const trial = current.coefficients.map((row) => [...row]);
    trial[d][j] = 0;
    const next = run(trial);
    if (!next) break;
    best = next;
    supportChanges++;
  }

  const final: RefineResult = best;
  const sigma = new Float64Array(dim);
  let n = 0;
  final.states.forEach((traj, k) => {
    traj.forEach((s, i) => {
      for (let d = 0; d < dim; d++) sigma[d] += (s[d] - data.y[k][i][d]) ** 2;
      n++;
    });
  });
  for (let d = 0; d < dim; d++) sigma[d] = Math.sqrt(sigma[d] / n);
  return { coefficients: final.coefficients, states: final.states, sigma, segment, substeps, supportChanges };
}
