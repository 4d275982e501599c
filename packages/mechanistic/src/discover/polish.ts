/**
 * The last stage of discovery: trajectory refinement (refine.ts) of the window-objective result, and, on noisy
 * data, one more selection pass through the window objective with the refined (model-consistent) state in place
 * of the smoothed one — the iteration of state estimate and ξ that the published denoiser performs — followed by
 * significance pruning. All settings derive from the data: segment length and RK4 substeps from the sampling
 * interval and the fastest time scale, residual weights from the noise estimate.
 */
import { tensor } from "@mechanist/autodiff";
import type { Library } from "../library.js";
import { applyThreshold, type ThresholdRule } from "../threshold.js";
import { countActive, type DiscoverContext, type StageResult, snapshot } from "./context.js";
import { debiasComponent, NEEDED_FLOOR, searchComponent } from "./debias.js";
import { boundDenseCandidates } from "./dense-candidates.js";
import { inclusionProbabilities } from "./ensemble.js";
import { selectOverLongerSegments } from "./extended-segments.js";
import { jointSwaps } from "./joint.js";
import { WindowObjective } from "./objective.js";
import type { RoundLoss } from "./options.js";
import { isNoisy } from "./prepare.js";
import {
  choleskySolve,
  refinedBic as criterion,
  type RefineInput,
  type RefineResult,
  type Runner,
  residualSquares,
  rowSupportKey,
  supportKey,
} from "./refine.js";
import { Refiner } from "./refiner.js";
import { CLEAN_NOISE, type SmoothedComponent } from "./smoothing.js";
import { screenedSwaps } from "./swaps.js";
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
  /** The relative noise the selection rules go by (prepare.ts `selectionNoise`). */
  selectionNoise: readonly number[];
  /** Reselection by BIC and the significance test are allowed (threshold "auto"); else λ alone selects. */
  automaticSelection: boolean;
  stateScale: Float64Array;
  derivativeScale: Float64Array;
  /** Standard deviation per component of the observed samples. */
  spread: readonly number[];
  window: number;
  subgrid: number;
  backend?: string;
  /**
   * The window objective on the smoothed data (the debias stage's). Its candidates join the reselection: the
   * model-consistent objective is built from the current model's own trajectory, so it cannot see dynamics that
   * model lacks (a Hopf growth rate lost in the debias is invisible on a state that the rotation alone produced).
   */
  dataObjective?: WindowObjective;
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
  /** Standard error of every coefficient (variables × terms; 0 for inactive terms). */
  standardErrors: number[][];
  /** Bagged inclusion probability of every term (ensemble.ts); null when no window fits the data. */
  inclusionProbabilities: number[][] | null;
  /** Per equation, the closest same-size alternatives that the data barely tell from the result (`nearAlternatives`). */
  alternatives: NearAlternative[];
}

export interface NearAlternative {
  /** The equation (variable index) it replaces. */
  equation: number;
  /** Its refined coefficients for that equation (one per term). */
  coefficients: number[];
  /** Refined BIC of the model with it minus the result's (below AMBIGUOUS_BIC; negative when it is the lower one). */
  delta: number;
}

/**
 * Refined-BIC difference below which two models of the same size count as not told apart by the data: 6 is where
 * the evidence for one over the other starts to count as strong (posterior odds of 20 : 1, Kass & Raftery 1995).
 */
export const AMBIGUOUS_BIC = 6;

/** Alternatives reported per equation (the closest ones). */
const ALTERNATIVES_SHOWN = 3;

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

/** The window objective on the refined trajectory and the model's derivative (null when no window fits). */
async function consistentObjective(input: PolishInput, fit: RefineResult): Promise<WindowObjective | null> {
  const { library, trajectories } = input;
  const dim = library.variables.length;
  const theta = new Float64Array(library.size);
  const win = buildWindows(
    trajectories.map((tr, k) => ({
      t: tr.t,
      observed: tr.observed,
      smoothed: Array.from({ length: dim }, (_, d) => {
        const value = Float64Array.from(fit.states[k], (s) => s[d]);
        const derivative = Float64Array.from(
          fit.states[k],
          (s) => modelRhs(library, fit.coefficients, s, theta)[d],
        );
        return { value, derivative };
      }),
    })),
    input.window,
    input.subgrid,
  );
  if (win.W === 0) return null;
  return WindowObjective.create(win, library, input.stateScale, input.derivativeScale, input.backend);
}

/**
 * Reselection on noisy data: the window objective with the model-consistent state estimate (the refined
 * trajectory and the model's derivative), from the full library, and (with `withData`) the window objective on the
 * smoothed data. Returns candidate supports with their coefficients: backward elimination, and the best-subset
 * path (subset.ts, debias.ts), which also escapes the dense alternatives that backward elimination stops at when
 * the library is nearly collinear on the attractor. Of the dense candidates only the sparsest are kept
 * (dense-candidates.ts): each costs a refinement of the whole model.
 */
async function reselect(input: PolishInput, best: RefineResult, withData: boolean): Promise<number[][][]> {
  // Returns, per component, candidate equations (coefficient rows).
  const objective = await consistentObjective(input, best);
  if (!objective) return [];
  const dim = input.library.variables.length;
  const fromData = withData ? input.dataObjective : undefined;
  try {
    await objective.prepareRefit();
    await fromData?.prepareRefit();
    const all = new Array<boolean>(input.library.size).fill(true);
    const prune = { tolerance: input.pruneTolerance, noisy: true };
    return Array.from({ length: dim }, (_, d) => {
      const backward = debiasComponent(objective, d, all, input.rule, prune);
      const start = backward.map((c) => c !== 0);
      const current = best.coefficients[d].map((c) => c !== 0);
      return boundDenseCandidates([
        backward,
        // The model's own state cannot show dynamics the model lacks: only sparser supports from it.
        ...searchComponent(objective, d, input.rule, start, "sparser"),
        ...(fromData ? searchComponent(fromData, d, input.rule, current, "all") : []),
      ]);
    });
  } finally {
    objective.dispose();
  }
}

/**
 * Reselection passes: every candidate equation from `reselect` is swapped into the current model one equation at
 * a time and kept when the refined fit's BIC falls (equations are judged jointly, through the trajectories).
 * A pass that changed the model gives better states, so the reselection repeats (at most three passes; the data
 * objective does not change, so it proposes on the first pass only, and no whole-model support is refined twice).
 */
async function reselectSupport(
  input: PolishInput,
  start: RefineResult,
  run: Runner,
): Promise<{ best: RefineResult; changes: number; evaluated: RefineResult[] }> {
  let best = start;
  let changes = 0;
  const evaluated = [start];
  const tried = new Set([supportKey(start.coefficients)]);
  for (let pass = 0; pass < 3; pass++) {
    const before = changes;
    const candidates = await reselect(input, best, pass === 0);
    for (let d = 0; d < input.library.variables.length; d++) {
      for (const row of candidates[d] ?? []) {
        const trial = best.coefficients.map((r, e) => (e === d ? [...row] : [...r]));
        if (tried.has(supportKey(trial))) continue;
        tried.add(supportKey(trial));
        const alt = run(trial);
        if (alt) evaluated.push(alt);
        if (alt && criterion(alt) < criterion(best)) {
          best = alt;
          changes++;
        }
      }
    }
    if (changes === before) break;
  }
  return { best, changes, evaluated };
}

/**
 * Per equation, the evaluated models of the final one's size on other supports of that equation whose refined BIC
 * is less than AMBIGUOUS_BIC above the final one's, or below it (the ALTERNATIVES_SHOWN closest): the joint swaps try
 * them all, and the warning names those within AMBIGUOUS_BIC either side (warnings.ts `barelyDistinguished`). Such a
 * pair is a choice the data do not make: a single transient into a stable equilibrium (or small oscillations around
 * one) shows the vector field along little more than a curve, where different terms of a size reproduce the same
 * local linearisation (competitive Lotka–Volterra: dx/dt = r x − a x² − b x y against c − a′ x² − b′ y²; Duffing in
 * one well: −δ v against δ′ x v, with x ≈ x*).
 */
function nearAlternatives(final: RefineResult, evaluated: readonly RefineResult[]): NearAlternative[] {
  const byKey = new Map<string, NearAlternative>();
  for (const r of evaluated) {
    if (r.active.length !== final.active.length) continue;
    const delta = criterion(r) - criterion(final);
    if (delta >= AMBIGUOUS_BIC) continue;
    r.coefficients.forEach((row, d) => {
      const key = `${d}:${rowSupportKey(row)}`;
      if (rowSupportKey(row) === rowSupportKey(final.coefficients[d])) return;
      const seen = byKey.get(key);
      if (!seen || Math.abs(delta) < Math.abs(seen.delta))
        byKey.set(key, { equation: d, coefficients: [...row], delta });
    });
  }
  const all = [...byKey.values()].sort(
    (a, b) => a.equation - b.equation || Math.abs(a.delta) - Math.abs(b.delta),
  );
  return all.filter(
    (a, i) => all.slice(0, i).filter((b) => b.equation === a.equation).length < ALTERNATIVES_SHOWN,
  );
}

/**
 * The smallest term of the first equation whose sparsity rule fails on the refined coefficients (or −1); terms in
 * `kept` are not offered.
 */
function thresholdDrop(
  library: Library,
  current: RefineResult,
  rule: ThresholdRule,
  kept: ReadonlySet<string>,
): number {
  const scales = contributionScales(library, current.coefficients, current.states);
  for (let d = 0; d < library.variables.length; d++) {
    const activeRow = current.coefficients[d].map((v) => v !== 0);
    const next = applyThreshold(current.coefficients[d], activeRow, rule, scales[d]);
    if (!next.changed) continue;
    let drop = -1;
    let smallest = Number.POSITIVE_INFINITY;
    current.active.forEach(([e, j], p) => {
      if (e === d && activeRow[j] && !next.active[j] && !kept.has(`${e},${j}`)) {
        const c = Math.abs(current.coefficients[d][j]) * scales[d][j];
        if (c < smallest) {
          smallest = c;
          drop = p;
        }
      }
    });
    return drop;
  }
  return -1;
}

/**
 * Significance test: the weakest term, if it lowers 2·cost (a χ² in noise units) by less than ln(residual
 * count), the BIC penalty of one parameter (or −1). A term that moves the fitted states by less than the clean floor
 * counts as weakest of all (see `negligible`).
 */
function significanceDrop(current: RefineResult, spread: readonly number[]): number {
  const P = current.active.length;
  if (P === 0) return -1;
  const s2 = (2 * current.cost) / Math.max(1, current.count - P);
  let weakest = Number.POSITIVE_INFINITY;
  let drop = -1;
  for (let p = 0; p < P; p++) {
    const e = new Float64Array(P);
    e[p] = 1;
    const col = choleskySolve(current.information, e, P);
    if (!col) continue;
    const [d, j] = current.active[p];
    // ξ²/[M⁻¹]ₚₚ: how much 2·cost rises when the term goes and the others refit (Gauss–Newton).
    const rise = current.coefficients[d][j] ** 2 / col[p];
    const z2 = negligible(current, d, rise, spread) ? 0 : rise / s2;
    if (z2 < weakest) {
      weakest = z2;
      if (z2 < Math.log(current.count)) drop = p;
    }
  }
  return drop;
}

/**
 * Whether a term of equation d, whose removal raises 2·cost by `rise`, moves the fitted states of d by less than
 * CLEAN_NOISE of the observed spread (rms over the samples): below what the smoothing tells from clean data, so not a
 * term the data show, however large its z. On clean data sampled at about one sample per time scale, read as noisy,
 * the refined residual is the integration error of the refinement itself, and the significance test, which measures
 * a term against that residual, keeps terms that fit it. Schnakenberg, 200 samples, kept x³ in dy/dt at −1.2·10⁻⁵,
 * which moves y by 1.0·10⁻⁵ of its spread, at z² = 10.9 (ln n = 6.0); its smallest true term, the constant 0.043 in
 * dx/dt, moves x by 1.4·10⁻². Hindmarsh–Rose, 200 samples, kept y² and y²·z in dz/dt (z moved by 5·10⁻⁵, z² ≈ 190)
 * and ended on dz/dt = {x, z, z², z³}; without them the exchanges reach the truth. Noise of 1% of the spread makes a
 * term at the floor significant only beyond ~10⁵ samples.
 */
function negligible(fit: RefineResult, d: number, rise: number, spread: readonly number[]): boolean {
  const samples = fit.count / fit.coefficients.length;
  return Math.sqrt(rise / samples) * fit.scale[d] < CLEAN_NOISE * spread[d];
}

/**
 * Rule "auto": a term below the size threshold survives when removing it multiplies the refined fit's cost by more
 * than this — the data need it plainly, however small it is (Schnakenberg's constant a ≈ 0.04 in
 * x' = a − x + x²y on a relaxation oscillation: 1.7% of the derivative, and without it the fit is biased). The rise
 * must also exceed NEEDED_FLOOR of the state in every sample (cost is ½Σ(residual/scale)²): near-exact fits of
 * clean data double their cost by dropping anything.
 */
const PLAINLY_NEEDED = 2;

/** The best refined fit with term j of equation d replaced by one inactive term of that equation (or null). */
function bestSwap(
  current: RefineResult,
  d: number,
  j: number,
  run: Runner,
): { fit: RefineResult; term: number } | null {
  let out: { fit: RefineResult; term: number } | null = null;
  current.coefficients[d].forEach((c, k) => {
    if (c !== 0) return;
    const trial = current.coefficients.map((row) => [...row]);
    trial[d][j] = 0;
    // A start value only marks the term active; the refinement fits it.
    trial[d][k] = 1e-6;
    const fit = run(trial);
    if (fit && (!out || criterion(fit) < criterion(out.fit))) out = { fit, term: k };
  });
  return out;
}

/**
 * Noisy data: a sub-threshold term also survives when dropping it raises the refined BIC by more than this many
 * ln(n) — far beyond significance (1·ln n). Schnakenberg's constant a ≈ 0.045: dropping it costs 185·ln n at 1%
 * noise and 8.8·ln n at 5% (5000 samples each), while the spurious sub-threshold terms of those runs lower the BIC.
 * 6 and 20 gave the same models on the eight families' noisy matrix and the three held-out sets, except that 6
 * also keeps the 5% constant.
 */
const PLAINLY_NEEDED_BIC = 6;

/** Whether dropping a term (`best` → `without`) loses what the data plainly need (PLAINLY_NEEDED, _BIC). */
function plainlyNeeded(best: RefineResult, without: RefineResult, noisy: boolean): boolean {
  const doubled =
    without.cost > PLAINLY_NEEDED * best.cost &&
    without.cost - best.cost > 0.5 * best.count * NEEDED_FLOOR ** 2;
  return (
    doubled || (noisy && criterion(without) - criterion(best) > PLAINLY_NEEDED_BIC * Math.log(best.count))
  );
}

/** Pruning: the sparsity rule on the refined coefficients; on noisy data (rule "auto") also the significance test. */
function prune(
  input: PolishInput,
  start: RefineResult,
  run: Runner,
): { best: RefineResult; changes: number } {
  let best = start;
  let changes = 0;
  const kept = new Set<string>();
  // Every pass removes or keeps one term, so the active count bounds the loop.
  for (let it = 0; it < start.active.length; it++) {
    let drop = thresholdDrop(input.library, best, input.rule, kept);
    const bySize = drop >= 0;
    if (drop < 0 && input.noisy && input.automaticSelection) drop = significanceDrop(best, input.spread);
    if (drop < 0) break;
    const [d, j] = best.active[drop];
    const trial = best.coefficients.map((row) => [...row]);
    trial[d][j] = 0;
    const next = run(trial);
    if (!next) break;
    if (bySize && input.automaticSelection && plainlyNeeded(best, next, input.noisy)) {
      // The data need what this term carries, but another term may carry it better: on a cycle a small constant
      // and a small x·y fit alike in the windows, and only the trajectories tell them apart.
      kept.add(`${d},${j}`);
      const swap = bestSwap(best, d, j, run);
      if (swap && criterion(swap.fit) < criterion(best)) {
        best = swap.fit;
        kept.add(`${d},${swap.term}`);
        changes++;
      }
      continue;
    }
    best = next;
    changes++;
  }
  return { best, changes };
}

/**
 * Standard errors of the refined coefficients: the Gauss–Newton covariance s²·M⁻¹ of the maximum-likelihood fit
 * (segment states eliminated), with s² = 2·cost/(n − P) the residual variance in noise units.
 */
export function standardErrors(fit: RefineResult, dim: number, terms: number): number[][] {
  const out = Array.from({ length: dim }, () => new Array<number>(terms).fill(0));
  const P = fit.active.length;
  const s2 = (2 * fit.cost) / Math.max(1, fit.count - P);
  fit.active.forEach(([d, j], p) => {
    const e = new Float64Array(P);
    e[p] = 1;
    const col = choleskySolve(fit.information, e, P);
    out[d][j] = col ? Math.sqrt(Math.max(0, s2 * col[p])) : Number.NaN;
  });
  return out;
}

function residualSigma(final: RefineResult, data: RefineInput): Float64Array {
  const { rss, samples } = residualSquares(final, data);
  return rss.map((v) => Math.sqrt(v / samples));
}

/**
 * Below this relative noise estimate the bags select by the clean-data rules: there the estimate measures the local
 * cubic fit's model error more than noise (clean Lorenz at dt = 0.01 reads 1.1e-4–3.1e-4 of its motion), and a BIC
 * on such residuals keeps spurious terms in half of the bags.
 */
const ENSEMBLE_NOISE = 1e-3;

/** Some variable's relative noise reaches ENSEMBLE_NOISE: the rules for noisy data apply. */
function plainlyNoisy(input: PolishInput): boolean {
  return input.selectionNoise.some((v) => v > ENSEMBLE_NOISE);
}

/**
 * Where the refinement starts when the debias result cannot be integrated through even the shortest segments (rule
 * "auto"): per equation the best support of a best-subset search (debias.ts `searchComponent`) on a window objective
 * with other windows, tried in turn until one start refines. Without a refined fit nothing is reselected, and the
 * dense debias result was the answer. Half the window first: a Hindmarsh–Rose neuron at 1% noise with 5 samples per
 * spike kept 48 of 60 terms, and the same search at the full window still proposed 49; at half the window it proposes
 * supports that integrate, and the reselection finds the 11-term truth. Then twice and four times the window, which
 * average more noise per window: the Aizawa attractor at 5% noise with 500 samples (a 35-term library) kept 64 terms
 * that diverge, and the searches at 16 and 8 samples proposed no support that integrates.
 */
async function fallbackStart(
  input: PolishInput,
  refiner: Refiner,
  starts: WindowStarts,
): Promise<RefineResult | null> {
  const half = Math.max(8, Math.floor(input.window / 2));
  for (const window of [half, 2 * input.window, 4 * input.window]) {
    const start = await starts(window);
    if (!start) continue;
    refiner.segment = refiner.fullSegment;
    const fit = refiner.fitFrom(start);
    if (fit) return fit;
  }
  return null;
}

/**
 * On plainly noisy data the starts from windows twice and four times as long are refined beside the debias start, and
 * the lowest of them replaces it where its refined BIC is plainly lower (by more than PLAINLY_NEEDED_BIC·ln n).
 * Exchanges move one or two terms at a time, so a start in the wrong family of supports stays in it: the Bautin
 * normal form at 5% noise (5000 samples, degree 5) started from a 7-term debias model (refined BIC 7898.7) and ended
 * on 13 even-degree terms, 28.5 above the truth; the start from 64-sample windows (6682.3), where the windows average
 * four times as much noise, reselects to the truth. A start only somewhat lower is no better a guide to where the
 * reselection ends: competitive Lotka–Volterra at 5% (a transient into its node) had a 32-sample start 16.6 below the
 * debias start, which ended 6.6 above the truth that the debias start reaches.
 */
async function lowestStart(
  input: PolishInput,
  refiner: Refiner,
  debiased: RefineResult,
  starts: WindowStarts,
): Promise<RefineResult> {
  const bar = criterion(debiased) - PLAINLY_NEEDED_BIC * Math.log(debiased.count);
  let best = debiased;
  for (const window of [2 * input.window, 4 * input.window]) {
    const start = await starts(window);
    const fit = start && refiner.run(start);
    if (fit?.converged && criterion(fit) < Math.min(bar, criterion(best))) best = fit;
  }
  return best;
}

/** `windowStart` by window length, each searched once per polish (the fallback and `lowestStart` share windows). */
type WindowStarts = (window: number) => Promise<number[][] | null>;

function windowStarts(input: PolishInput): WindowStarts {
  const searched = new Map<number, Promise<number[][] | null>>();
  return (window) => {
    const start = searched.get(window) ?? windowStart(input, window);
    searched.set(window, start);
    return start;
  };
}

/** Per equation the best support of the best-subset search on windows of `window` samples (null: none fits). */
async function windowStart(input: PolishInput, window: number): Promise<number[][] | null> {
  const win = buildWindows(input.trajectories, window, input.subgrid);
  if (win.W === 0) return null;
  const { library, stateScale, derivativeScale, backend } = input;
  const objective = await WindowObjective.create(win, library, stateScale, derivativeScale, backend);
  try {
    await objective.prepareRefit();
    return input.coefficients.map((row, d) => {
      const current = row.map((c) => c !== 0);
      return searchComponent(objective, d, input.rule, current, "all")[0];
    });
  } finally {
    objective.dispose();
  }
}

/** Models of a reselection on shortened segments tried again over longer ones (see `longerStarts`). */
const LONGER_STARTS = 4;

/**
 * Where to move to longer segments from a reselection on shortened ones: its result, then the other converged models
 * it refined, lowest refined BIC first (LONGER_STARTS in all). On short segments a dense model that cannot be
 * integrated further can tie the truth (Rabinovich–Fabrikant at 5% noise: a 9-term dx/dt re-expanded around the
 * attractor, 0.7 below the truth on 9-sample segments, which diverges over 30); the next model that integrates
 * over the longer segments is where the reselection continues.
 */
export function longerStarts(reselected: { best: RefineResult; evaluated: RefineResult[] }): RefineResult[] {
  const others = reselected.evaluated
    .filter((r) => r.converged && r !== reselected.best)
    .sort((a, b) => criterion(a) - criterion(b));
  const seen = new Set<string>();
  return [reselected.best, ...others]
    .filter((r) => {
      const key = supportKey(r.coefficients);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, LONGER_STARTS);
}

interface Pruned {
  best: RefineResult;
  changes: number;
  evaluated: RefineResult[];
  /** The prepared model-consistent objective on `best`, when one was built for it (the caller disposes it). */
  objective: WindowObjective | null;
}

/**
 * Exchanges of terms (swaps.ts: single, and on noisy data two-term moves) from `best`, pruning again when one was kept.
 * When none was, the prepared model-consistent objective on `best` is returned for reuse (the inclusion
 * probabilities need the same one).
 */
async function exchangeAndPrune(input: PolishInput, best: RefineResult, run: Runner): Promise<Pruned> {
  const objective = await consistentObjective(input, best);
  if (!objective) return { best, changes: 0, evaluated: [], objective: null };
  let swapped: ReturnType<typeof screenedSwaps>;
  try {
    await objective.prepareRefit();
    // Near-clean data (noise estimate below ENSEMBLE_NOISE): the window fits are close to exact, single exchanges
    // suffice, and two-term moves would refine dozens of candidates on long series (the 10001-sample Lorenz default
    // went from 6 to 30–41 s).
    swapped = screenedSwaps(objective, best, run, plainlyNoisy(input));
  } catch (error) {
    objective.dispose();
    throw error;
  }
  if (swapped.changes === 0) return { ...swapped, objective };
  objective.dispose();
  const again = prune(input, swapped.best, run);
  return {
    best: again.best,
    changes: swapped.changes + again.changes,
    evaluated: swapped.evaluated,
    objective: null,
  };
}

/**
 * Pruning, then (noisy data, rule "auto") pairs of near-tie alternatives of two equations swapped in together
 * (joint.ts) and exchanges of terms, each followed by pruning again when it changed the model. Returns the
 * result, its support changes, every refined model and (when built) the model-consistent objective on the result.
 */
async function pruneAndSwap(
  input: PolishInput,
  start: RefineResult,
  evaluated: RefineResult[],
  run: Runner,
): Promise<Pruned> {
  const pruned = prune(input, start, run);
  if (!input.noisy || !input.automaticSelection) return { ...pruned, evaluated, objective: null };
  const joint = jointSwaps(pruned.best, nearAlternatives(pruned.best, evaluated), run);
  const afterJoint = joint.changes > 0 ? prune(input, joint.best, run) : { best: pruned.best, changes: 0 };
  const exchanged = await exchangeAndPrune(input, afterJoint.best, run);
  return {
    best: exchanged.best,
    changes: pruned.changes + joint.changes + afterJoint.changes + exchanged.changes,
    evaluated: [...evaluated, ...joint.evaluated, ...exchanged.evaluated],
    objective: exchanged.objective,
  };
}

/** Residual weights: the noise estimate on noisy data (floored at 10⁻⁶ of the state), the state's scale on clean data. */
function initialScale(input: PolishInput): Float64Array {
  return input.noisy
    ? Float64Array.from(input.sigma, (s, d) => Math.max(s, 1e-6 * input.stateScale[d]))
    : Float64Array.from(input.stateScale);
}

/**
 * From a reselection on shortened segments, the first of its `longerStarts` that integrates over longer ones (the
 * segments are left there), or null (the segments stay short).
 */
function moveToLongerSegments(
  refiner: Refiner,
  reselected: { best: RefineResult; evaluated: RefineResult[] },
): RefineResult | null {
  const short = refiner.segment;
  for (const start of longerStarts(reselected)) {
    refiner.segment = refiner.fullSegment;
    const longer = refiner.fitFrom(start.coefficients, short);
    if (longer) return longer;
  }
  refiner.segment = short;
  return null;
}

/**
 * Reselection on noisy data (rule "auto"). A start that would not integrate shortened the segments, where the free
 * segment states leave the likelihood little to tell dynamics apart with: when a model of the reselection integrates
 * over longer segments, the reselection repeats there (a chemostat at 1% noise: 9-sample segments tied the truth with
 * a wrong pair of equations that the 127-sample ones reject). It repeats also when the reselected model shows that
 * the noise was over-estimated (a dense start fits too loosely to show it).
 */
async function reselectNoisy(
  input: PolishInput,
  refiner: Refiner,
  start: RefineResult,
): Promise<{ best: RefineResult; changes: number; evaluated: RefineResult[] }> {
  let changes = 0;
  let reselected = await reselectSupport(input, start, refiner.run);
  const longer = refiner.segment < refiner.fullSegment ? moveToLongerSegments(refiner, reselected) : null;
  if (longer) {
    changes += reselected.changes;
    reselected = await reselectSupport(input, longer, refiner.run);
  }
  const refitted = refiner.withFittedNoise(reselected.best);
  if (refitted) {
    changes += reselected.changes;
    reselected = await reselectSupport(input, refitted, refiner.run);
  }
  return { best: reselected.best, evaluated: reselected.evaluated, changes: changes + reselected.changes };
}

/**
 * On noisy data (rule "auto"), the reselection, pruning and exchanges again from `pruned` over longer segments
 * (extended-segments.ts), whose result replaces `pruned` where it is kept.
 */
async function selectLonger(input: PolishInput, refiner: Refiner, pruned: Pruned): Promise<Pruned> {
  if (!(input.noisy && input.automaticSelection && plainlyNoisy(input))) return pruned;
  const longer = await selectOverLongerSegments(refiner, pruned, async (start) => {
    const reselected = await reselectSupport(input, start, refiner.run);
    const again = await pruneAndSwap(input, reselected.best, reselected.evaluated, refiner.run);
    return { ...again, changes: pruned.changes + reselected.changes + again.changes };
  });
  if (!longer) return pruned;
  pruned.objective?.dispose();
  return longer;
}

/** Bagged inclusion probabilities of the final model (ensemble.ts), on its model-consistent objective. */
async function finalInclusion(input: PolishInput, pruned: Pruned): Promise<number[][] | null> {
  const consistent = pruned.objective ?? (await consistentObjective(input, pruned.best));
  if (!consistent) return null;
  try {
    await consistent.prepareRefit();
    return inclusionProbabilities(consistent, pruned.best.coefficients, {
      rule: input.rule,
      pruneTolerance: input.pruneTolerance,
      noisy: input.automaticSelection && plainlyNoisy(input),
    });
  } finally {
    consistent.dispose();
  }
}

export async function polish(input: PolishInput): Promise<PolishResult | null> {
  const { library, trajectories } = input;
  const dim = library.variables.length;
  const correctable = input.noisy && input.automaticSelection && plainlyNoisy(input);
  const refiner = new Refiner(library, trajectories, initialScale(input), correctable);
  const starts = windowStarts(input);
  let best = refiner.fitFrom(input.coefficients);
  if (!best && input.automaticSelection) best = await fallbackStart(input, refiner, starts);
  if (!best) return null;
  if (correctable) best = await lowestStart(input, refiner, best, starts);
  best = refiner.withFittedNoise(best) ?? best;
  const selected =
    input.noisy && input.automaticSelection
      ? await reselectNoisy(input, refiner, best)
      : { best, changes: 0, evaluated: [] };
  const pruned = await selectLonger(
    input,
    refiner,
    await pruneAndSwap(input, selected.best, selected.evaluated, refiner.run),
  );
  const final = pruned.best;
  return {
    inclusionProbabilities: await finalInclusion(input, pruned),
    alternatives: nearAlternatives(final, pruned.evaluated),
    coefficients: final.coefficients,
    states: final.states,
    sigma: residualSigma(final, refiner.data),
    segment: refiner.segment,
    substeps: refiner.substeps,
    supportChanges: selected.changes + pruned.changes,
    standardErrors: standardErrors(final, dim, library.size),
  };
}

/** Stage "refine": trajectory refinement of the debiased model (and, on noisy data, reselection). */
export async function refineStage(ctx: DiscoverContext, input: StageResult): Promise<StageResult> {
  const { objective, library, settings, data, dim } = ctx;
  const T = library.size;
  ctx.progress({ stage: "refine", round: settings.rounds, rounds: settings.rounds });
  const refined = await polish({
    library,
    trajectories: data.trajectories,
    coefficients: input.coefficients,
    rule: ctx.rule,
    pruneTolerance: settings.pruneTolerance,
    sigma: data.sigma,
    noisy: isNoisy(data),
    selectionNoise: data.selectionNoise,
    automaticSelection: settings.automaticSelection,
    stateScale: data.stateScale,
    derivativeScale: data.derivativeScale,
    spread: data.observedScale.spread,
    window: settings.window,
    subgrid: settings.subgrid,
    backend: ctx.backend,
    dataObjective: objective,
  });
  let result = input;
  if (refined) {
    const hat = objective.toNormalised(refined.coefficients);
    const mask = hat.map((v) => (v !== 0 ? 1 : 0));
    const entry: RoundLoss = {
      round: input.losses.length + 1,
      stage: "refine",
      loss: (await objective.loss(tensor(hat, [T, dim]), tensor(mask, [T, dim]))).item(),
      epochs: 0,
      activeTerms: countActive(refined.coefficients),
    };
    result = {
      coefficients: refined.coefficients,
      losses: [...input.losses, entry],
      standardErrors: refined.standardErrors,
      residual: Array.from(refined.sigma),
      ...(refined.inclusionProbabilities ? { inclusionProbabilities: refined.inclusionProbabilities } : {}),
      ...(refined.alternatives.length > 0 ? { alternatives: refined.alternatives } : {}),
    };
  }
  const last = result.losses[result.losses.length - 1];
  ctx.progress({
    stage: "refine",
    round: settings.rounds,
    rounds: settings.rounds,
    ...(refined ? { loss: last.loss, activeTerms: last.activeTerms } : {}),
    ...snapshot(library, result.coefficients),
  });
  return result;
}
