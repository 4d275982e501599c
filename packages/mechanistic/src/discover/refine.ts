/**
 * Trajectory refinement: the maximum-likelihood fit of the active coefficients to the raw samples. Every
 * trajectory is cut into segments; each segment has its own initial state, and the model dx/dt = Θ(x)ξ is
 * integrated (RK4, forward sensitivities) through the segment. Levenberg–Marquardt minimises the noise-weighted
 * squared distance between the model trajectories and the samples over (ξ, segment initial states); the segment
 * states are eliminated by a Schur complement, so each step solves a P × P system (P = active coefficients).
 *
 * Why: the window objective evaluates Θ on an estimate of the state, so noise left in that estimate biases ξ
 * (errors in variables) and smoothing bias shows up as coefficient error. Here Θ is evaluated on the model's own
 * trajectory: the result plays the role of the published denoiser (a state estimate consistent with the
 * dynamics and close to the data) without a network.
 */
import { choleskySolve as denseCholeskySolve } from "@mechanist/autodiff";
import type { Library } from "../library.js";
import { SegmentIntegrator } from "./integrator.js";

export interface RefineSegment {
  /** Trajectory index and first/last sample (inclusive). */
  k: number;
  a: number;
  b: number;
}

export interface RefineInput {
  t: ArrayLike<number>[];
  /** Observed samples per trajectory, [n][dim]. */
  y: Float64Array[][];
  /** Initial guess of the state per trajectory (smoothed data), [n][dim]. */
  guess: Float64Array[][];
}

export interface RefineResult {
  coefficients: number[][];
  /** Weighted cost ½Σ((x − y)/s_d)². */
  cost: number;
  /** Residual count (samples × components). */
  count: number;
  /** Model state at every sample of every trajectory (segment joins averaged), [k][i][dim]. */
  states: Float64Array[][];
  iterations: number;
  converged: boolean;
  /** Reduced Gauss–Newton matrix (weighted) of the active coefficients, for significance tests. */
  information: Float64Array;
  active: Array<[number, number]>;
  /** Residual weights s_d the cost was computed with. */
  scale: ArrayLike<number>;
}

/** A refinement of a candidate coefficient matrix (null when it cannot be integrated or does not converge). */
export type Runner = (c: number[][]) => RefineResult | null;

/** The refined fit's BIC: 2·cost (a χ² in noise units) + (active terms)·ln(residual count). */
export const refinedBic = (r: RefineResult) => 2 * r.cost + r.active.length * Math.log(r.count);

/** Per component, the sum of squared residuals of a refined fit's states against the observations, and the samples. */
export function residualSquares(
  fit: RefineResult,
  data: RefineInput,
): { rss: Float64Array; samples: number } {
  const dim = fit.coefficients.length;
  const rss = new Float64Array(dim);
  let samples = 0;
  fit.states.forEach((traj, k) => {
    traj.forEach((s, i) => {
      for (let d = 0; d < dim; d++) rss[d] += (s[d] - data.y[k][i][d]) ** 2;
      samples++;
    });
  });
  return { rss, samples };
}

/** One equation's support as a string of 0/1 per term. */
export const rowSupportKey = (row: readonly number[]) => row.map((v) => (v !== 0 ? 1 : 0)).join("");

/** A coefficient matrix's support as a string (one row of 0/1 per equation), to tell models apart by their terms. */
export const supportKey = (c: readonly (readonly number[])[]) => c.map(rowSupportKey).join("|");

/** Equations to put in place of the current ones (variable index → coefficient row). */
export type RowReplacement = ReadonlyMap<number, readonly number[]>;

/**
 * Greedy acceptance: each replacement in turn is applied to the current best model, refined, and kept when it lowers
 * the refined BIC. Returns the result, the number kept and every refined candidate.
 */
export function keepImprovements(
  start: RefineResult,
  replacements: Iterable<RowReplacement>,
  run: Runner,
): { best: RefineResult; changes: number; evaluated: RefineResult[] } {
  let best = start;
  let changes = 0;
  const evaluated: RefineResult[] = [];
  for (const replacement of replacements) {
    const fit = run(best.coefficients.map((row, d) => [...(replacement.get(d) ?? row)]));
    if (!fit) continue;
    evaluated.push(fit);
    if (refinedBic(fit) < refinedBic(best)) {
      best = fit;
      changes++;
    }
  }
  return { best, changes, evaluated };
}

/** Dense SPD solve of the small reduced systems (null when not positive definite: the step is rejected). */
export function choleskySolve(a: Float64Array, b: Float64Array, n: number): Float64Array | null {
  const x = denseCholeskySolve(a, b, n);
  return x instanceof Float64Array ? x : null;
}

/** Normal-equation blocks of one Gauss–Newton linearisation: per segment (x0 block) and for ξ. */
interface Evaluation {
  cost: number;
  AA: Float64Array[];
  AB: Float64Array[];
  Ar: Float64Array[];
  BB: Float64Array;
  Br: Float64Array;
  states: Float64Array[][];
}

export interface RefineOptions {
  /** Residual scale per component (noise σ for noisy data). */
  scale: Float64Array;
  /** Samples per segment. */
  segment: number;
  /** RK4 substeps per sample interval. */
  substeps: number;
  /**
   * Longest RK4 step: an interval longer than `substeps` such steps takes more of them. On an irregular grid the
   * substeps chosen for the median interval leave the long gaps under-resolved (a 45% subset of a clean Brusselator
   * grid: the exact model's refined residual was twice the noise estimate, so the clean reading failed).
   */
  maxStep?: number;
  maxIterations?: number;
}

/** RK4 steps over an interval of length `gap`: `substeps`, or more where a step would exceed `maxStep`. */
export function stepsOver(gap: number, options: Pick<RefineOptions, "substeps" | "maxStep">): number {
  if (options.maxStep === undefined) return options.substeps;
  // The tolerance keeps a uniform grid's intervals (equal up to rounding) at exactly `substeps`.
  return Math.max(options.substeps, Math.ceil((gap / options.maxStep) * (1 - 1e-9)));
}

export function segmentsOf(lengths: readonly number[], segment: number): RefineSegment[] {
  const out: RefineSegment[] = [];
  lengths.forEach((n, k) => {
    for (let a = 0; a < n - 1; a += segment - 1) {
      let b = Math.min(a + segment - 1, n - 1);
      // Fold a short tail into the previous segment.
      if (n - 1 - b < (segment - 1) / 2) b = n - 1;
      out.push({ k, a, b });
      if (b === n - 1) break;
    }
  });
  return out;
}

/** Per-segment blocks of the Gauss–Newton normal equations, accumulated sample by sample. */
class SegmentBlocks {
  readonly aa: Float64Array;
  readonly ab: Float64Array;
  readonly ar: Float64Array;
  constructor(
    private readonly dim: number,
    private readonly P: number,
  ) {
    this.aa = new Float64Array(dim * dim);
    this.ab = new Float64Array(dim * P);
    this.ar = new Float64Array(dim);
  }

  /**
   * Adds one residual r with Jacobian row jrow = [∂/∂x0 (dim), ∂/∂ξ (P)]. The symmetric blocks (aa, BB) get their
   * upper triangles only; `mirror` completes them once all residuals are in.
   */
  add(jrow: Float64Array, r: number, BB: Float64Array, Br: Float64Array): void {
    const { dim, P } = this;
    for (let p = 0; p < dim; p++) {
      this.ar[p] += jrow[p] * r;
      for (let q = p; q < dim; q++) this.aa[p * dim + q] += jrow[p] * jrow[q];
      for (let q = 0; q < P; q++) this.ab[p * P + q] += jrow[p] * jrow[dim + q];
    }
    for (let p = 0; p < P; p++) {
      Br[p] += jrow[dim + p] * r;
      for (let q = p; q < P; q++) BB[p * P + q] += jrow[dim + p] * jrow[dim + q];
    }
  }
}

/** Copies the upper triangle of a symmetric n × n matrix into its lower one. */
function mirror(m: Float64Array, n: number): void {
  for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) m[q * n + p] = m[p * n + q];
}

interface Reduced {
  M: Float64Array;
  g: Float64Array;
  solved: Array<{ aaInvAr: Float64Array; aaInvAb: Float64Array }>;
}

/** The least-squares problem over (ξ on the active terms, segment initial states). */
class RefineProblem {
  readonly dim: number;
  readonly P: number;
  readonly segments: RefineSegment[];
  readonly count: number;
  private readonly w: Float64Array;

  constructor(
    private readonly library: Library,
    private readonly input: RefineInput,
    readonly active: Array<[number, number]>,
    private readonly options: RefineOptions,
  ) {
    this.dim = library.variables.length;
    this.P = active.length;
    this.segments = segmentsOf(
      input.t.map((t) => t.length),
      options.segment,
    );
    this.w = Float64Array.from(options.scale, (s) => 1 / s);
    this.count = input.t.reduce((n, t) => n + t.length * this.dim, 0);
  }

  /** Cost, normal-equation blocks and model states; null when a trajectory leaves the finite range. */
  evaluate(coef: number[][], starts: Float64Array[]): Evaluation | null {
    const { dim, P } = this;
    const integ = new SegmentIntegrator(this.library, coef, this.active);
    const ev: Evaluation = {
      cost: 0,
      AA: [],
      AB: [],
      Ar: [],
      BB: new Float64Array(P * P),
      Br: new Float64Array(P),
      states: this.input.t.map((t) => Array.from({ length: t.length }, () => new Float64Array(dim))),
    };
    const hits = this.input.t.map((t) => new Uint8Array(t.length));
    const z = new Float64Array(integ.size);
    for (let s = 0; s < this.segments.length; s++) {
      const blocks = this.integrateSegment(s, starts[s], integ, z, ev, hits);
      if (!blocks) return null;
      mirror(blocks.aa, dim);
      ev.AA.push(blocks.aa);
      ev.AB.push(blocks.ab);
      ev.Ar.push(blocks.ar);
    }
    mirror(ev.BB, P);
    return ev;
  }

  private integrateSegment(
    s: number,
    start: Float64Array,
    integ: SegmentIntegrator,
    z: Float64Array,
    ev: Evaluation,
    hits: Uint8Array[],
  ): SegmentBlocks | null {
    const { dim, P, w } = this;
    const cols = dim + P;
    const { k, a, b } = this.segments[s];
    const t = this.input.t[k];
    const y = this.input.y[k];
    z.fill(0);
    z.set(start, 0);
    for (let d = 0; d < dim; d++) z[dim + d * cols + d] = 1;
    const blocks = new SegmentBlocks(dim, P);
    const jrow = new Float64Array(cols);
    for (let i = a; i <= b; i++) {
      if (i > a) {
        const steps = stepsOver(t[i] - t[i - 1], this.options);
        const h = (t[i] - t[i - 1]) / steps;
        for (let q = 0; q < steps; q++) integ.step(z, h);
      }
      for (let d = 0; d < dim; d++) {
        const v = z[d];
        if (!Number.isFinite(v) || Math.abs(v) > 1e12) return null;
        const st = ev.states[k][i];
        // Segment joins: average the two segments' states.
        st[d] = hits[k][i] ? 0.5 * (st[d] + v) : v;
        const r = w[d] * (v - y[i][d]);
        ev.cost += 0.5 * r * r;
        for (let c = 0; c < cols; c++) jrow[c] = w[d] * z[dim + d * cols + c];
        blocks.add(jrow, r, ev.BB, ev.Br);
      }
      hits[k][i] = 1;
    }
    return blocks;
  }

  /** Reduced (Schur) system over ξ with Marquardt damping μ·diag; null when a block is not definite. */
  reduce(ev: Evaluation, mu: number): Reduced | null {
    const { dim, P } = this;
    const M = Float64Array.from(ev.BB);
    const g = Float64Array.from(ev.Br);
    for (let p = 0; p < P; p++) M[p * P + p] *= 1 + mu;
    const solved: Reduced["solved"] = [];
    for (let s = 0; s < this.segments.length; s++) {
      const aa = Float64Array.from(ev.AA[s]);
      for (let p = 0; p < dim; p++) aa[p * dim + p] *= 1 + mu;
      const aaInvAr = choleskySolve(aa, ev.Ar[s], dim);
      if (!aaInvAr) return null;
      const aaInvAb = new Float64Array(dim * P);
      for (let q = 0; q < P; q++) {
        const col = Float64Array.from({ length: dim }, (_, p) => ev.AB[s][p * P + q]);
        const x = choleskySolve(aa, col, dim);
        if (!x) return null;
        for (let p = 0; p < dim; p++) aaInvAb[p * P + q] = x[p];
      }
      const ab = ev.AB[s];
      for (let p = 0; p < P; p++) {
        for (let r = 0; r < dim; r++) g[p] -= ab[r * P + p] * aaInvAr[r];
        for (let q = 0; q < P; q++) {
          let ms = 0;
          for (let r = 0; r < dim; r++) ms += ab[r * P + p] * aaInvAb[r * P + q];
          M[p * P + q] -= ms;
        }
      }
      solved.push({ aaInvAr, aaInvAb });
    }
    return { M, g, solved };
  }
}

interface Iterate {
  xi: number[][];
  x0s: Float64Array[];
  ev: Evaluation;
}

/** The step (ξ, x0) − Δ from a reduced system, or null when it cannot be solved. */
function stepFrom(problem: RefineProblem, it: Iterate, red: Reduced): Omit<Iterate, "ev"> | null {
  const { P, dim } = problem;
  const dXi = P === 0 ? new Float64Array(0) : choleskySolve(red.M, red.g, P);
  if (!dXi) return null;
  const xi = it.xi.map((r) => [...r]);
  problem.active.forEach(([d, j], p) => {
    xi[d][j] -= dXi[p];
  });
  const x0s = it.x0s.map((x0, s) => {
    const out = Float64Array.from(x0);
    const { aaInvAr, aaInvAb } = red.solved[s];
    for (let p = 0; p < dim; p++) {
      let v = aaInvAr[p];
      for (let q = 0; q < P; q++) v -= aaInvAb[p * P + q] * dXi[q];
      out[p] -= v;
    }
    return out;
  });
  return { xi, x0s };
}

/** Largest relative change of an active coefficient between two iterates. */
function relativeStep(problem: RefineProblem, from: number[][], to: number[][]): number {
  let step = 0;
  for (const [d, j] of problem.active)
    step = Math.max(step, Math.abs(to[d][j] - from[d][j]) / Math.max(Math.abs(to[d][j]), 1e-12));
  return step;
}

/**
 * Per component, whether the observations look like a non-negative quantity seen through noise (none below −4σ, and
 * the top of the range far above the noise). Concentrations and populations that dip near zero between spikes are
 * smoothed to negative values by the noise, and a model with a −k·z² loss runs away from a negative z.
 */
function nonNegativeComponents(input: RefineInput, scale: Float64Array): boolean[] {
  return Array.from(scale, (sigma, d) => {
    let lowest = Number.POSITIVE_INFINITY;
    let highest = Number.NEGATIVE_INFINITY;
    for (const traj of input.y) {
      for (const row of traj) {
        lowest = Math.min(lowest, row[d]);
        highest = Math.max(highest, row[d]);
      }
    }
    return lowest > -4 * sigma && highest > 10 * sigma;
  });
}

/** Levenberg–Marquardt on (ξ over `active`, segment initial states). */
export function refineTrajectories(
  library: Library,
  input: RefineInput,
  initial: readonly (readonly number[])[],
  activeMask: readonly (readonly boolean[])[],
  options: RefineOptions,
): RefineResult | null {
  const active: Array<[number, number]> = [];
  activeMask.forEach((row, d) => {
    row.forEach((a, j) => {
      if (a) active.push([d, j]);
    });
  });
  const problem = new RefineProblem(library, input, active, options);
  const xi0 = initial.map((r) => [...r]);
  let x00: Float64Array[] = problem.segments.map((s) => Float64Array.from(input.guess[s.k][s.a]));
  let ev0 = problem.evaluate(xi0, x00);
  if (!ev0) {
    // Only a start that fails is changed: wherever the smoothed starts integrate, the result is as before.
    const nonNegative = nonNegativeComponents(input, options.scale);
    if (nonNegative.some(Boolean)) {
      x00 = x00.map((x) => x.map((v, d) => (nonNegative[d] ? Math.max(v, 0) : v)));
      ev0 = problem.evaluate(xi0, x00);
    }
  }
  if (!ev0) return null;
  let it: Iterate = { xi: xi0, x0s: x00, ev: ev0 };
  let mu = 1e-3;
  let iterations = 0;
  let converged = false;
  for (; iterations < (options.maxIterations ?? 30) && !converged; iterations++) {
    let accepted = false;
    for (let attempt = 0; attempt < 12 && !accepted; attempt++) {
      const red = problem.reduce(it.ev, mu);
      const next = red && stepFrom(problem, it, red);
      const ev = next && problem.evaluate(next.xi, next.x0s);
      if (!next || !ev || ev.cost > it.ev.cost) {
        mu *= 10;
        continue;
      }
      const gain = (it.ev.cost - ev.cost) / Math.max(it.ev.cost, 1e-300);
      if (gain < 1e-10 || relativeStep(problem, it.xi, next.xi) < 1e-9) converged = true;
      it = { ...next, ev };
      mu = Math.max(mu / 3, 1e-9);
      accepted = true;
    }
    if (!accepted) converged = true;
  }
  const red = problem.reduce(it.ev, 0);
  return {
    coefficients: it.xi,
    cost: it.ev.cost,
    count: problem.count,
    states: it.ev.states,
    iterations,
    converged,
    information: red ? red.M : new Float64Array(problem.P * problem.P),
    active,
    scale: options.scale,
  };
}
