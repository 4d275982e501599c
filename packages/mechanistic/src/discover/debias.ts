/** The "debias" step: the exact window-objective minimiser on the active terms, thresholded and pruned. */
import { tensor } from "@mechanist/autodiff";
import { applyThreshold, type ThresholdRule } from "../threshold.js";
import { countActive, type DiscoverContext, type StageResult, snapshot } from "./context.js";
import type { WindowObjective } from "./objective.js";
import type { RoundLoss } from "./options.js";
import { isNoisy } from "./prepare.js";
import { bestSubset, EXHAUSTIVE_TERMS, subsetFit } from "./subset.js";

/**
 * When backward elimination drops a term. `tolerance` > 0 turns it on. On clean data a term goes when removing it
 * raises the window loss by less than `tolerance` (relative). On noisy data a relative rule is wrong: the noise
 * floor of the loss grows with the noise, so real but small terms (a Hopf growth rate, a cubic damping) would fall
 * under any fixed fraction of it. There the test is BIC-like instead: a term goes when it lowers the residual
 * sum of squares by less than ln(n) residual variances.
 */
export interface PruneRule {
  tolerance: number;
  noisy: boolean;
}

function negligible(rule: PruneRule, fit: { rss: number; n: number; p: number }, trialRss: number): boolean {
  const base = Math.max(fit.rss, 1e-300);
  if (!rule.noisy) return trialRss / base - 1 < rule.tolerance;
  const variance = base / Math.max(1, fit.n - fit.p);
  return trialRss - fit.rss < Math.log(fit.n) * variance;
}

/** (Call `await objective.prepareRefit()` first.) Sequential thresholding on the exact window-objective minimiser, then backward elimination of weak terms. */
export function debiasComponent(
  objective: WindowObjective,
  d: number,
  active: boolean[],
  rule: ThresholdRule,
  prune: PruneRule,
): number[] {
  let current = [...active];
  let fit = objective.refit(d, current);
  for (let it = 0; it < 20; it++) {
    const next = applyThreshold(fit.coefficients, current, rule, objective.contributionScale(d));
    if (!next.changed) break;
    current = next.active;
    fit = objective.refit(d, current);
  }
  if (prune.tolerance > 0) {
    current = readmit(objective, d, current, fit.rss);
    fit = objective.refit(d, current);
  }
  while (prune.tolerance > 0) {
    let best = -1;
    let bestRss = Number.POSITIVE_INFINITY;
    current.forEach((a, j) => {
      if (!a) return;
      const rss = objective.refit(
        d,
        current.map((b, k) => b && k !== j),
      ).rss;
      if (rss < bestRss) {
        bestRss = rss;
        best = j;
      }
    });
    const size = { rss: fit.rss, n: objective.rows, p: current.filter(Boolean).length };
    if (best < 0 || !negligible(prune, size, bestRss)) break;
    current = current.map((b, k) => b && k !== best);
    fit = objective.refit(d, current);
  }
  return fit.coefficients;
}

/**
 * A term explaining less than this fraction of the derivative's rms is never "plainly needed": on clean data the
 * residual of the true model sits at the discretisation floor (SIR: 1e-11 of the derivative's sum of squares),
 * where a spurious constant still divides it by 4.
 */
export const NEEDED_FLOOR = 1e-3;

/**
 * Rule "auto": adds back, one at a time and best first, removed terms that the data need plainly — each lowers the
 * window residual by more than CANDIDATE_RSS_FACTOR. Thresholding (here and in the training rounds) removes a term
 * for its size alone, and a true term can be small in both coefficient and contribution: the constant a ≈ 0.04 of
 * Schnakenberg's x' = a − x + x²y is 1.7% of a relaxation oscillation's derivative, yet without it the window
 * residual is 8× larger (the other terms' refit is biased) and it explains 2e-4 of the derivative's sum of squares
 * (above NEEDED_FLOOR²). Pruning still follows, with its own rule.
 */
function readmit(objective: WindowObjective, d: number, active: boolean[], rss: number): boolean[] {
  let current = [...active];
  let currentRss = rss;
  const total = objective.refit(
    d,
    current.map(() => false),
  ).rss;
  for (let added = 0; added < current.length; added++) {
    let best = -1;
    let bestRss = currentRss;
    current.forEach((a, j) => {
      if (a) return;
      const trial = objective.refit(
        d,
        current.map((b, k) => b || k === j),
      ).rss;
      if (trial < bestRss) [best, bestRss] = [j, trial];
    });
    const plain =
      bestRss * CANDIDATE_RSS_FACTOR < currentRss && currentRss - bestRss > NEEDED_FLOOR ** 2 * total;
    if (best < 0 || !plain) break;
    current = current.map((b, k) => b || k === best);
    currentRss = bestRss;
  }
  return current;
}

/**
 * A candidate whose window residual exceeds the path's best by more than this factor misses dynamics that the
 * data show plainly; the rest go to the trajectory likelihood, which is the judge (see `searchComponent`).
 */
const CANDIDATE_RSS_FACTOR = 2;

/**
 * A candidate whose window residual is below this fraction of the target's sum of squares goes to the trajectory
 * likelihood whatever CANDIDATE_RSS_FACTOR says. Noise of relative size ε leaves at least ~ε² there, so only
 * near-clean data get here (taken for noisy when a coarse grid's discretisation error reads as noise ≥ 10⁻⁴): there
 * the residuals are discretisation error, which a dense support absorbs, so "twice the best" rejects the truth
 * (SEIR, clean, 1 sample a day: the true dE/dt at 14 × the full library's residual, 1.4·10⁻⁷ of the target).
 */
const NEGLIGIBLE_RESIDUAL = 1e-6;

/**
 * Large libraries (greedy path): larger supports are proposed up to this many terms above the current one only.
 * Each candidate costs a trajectory refinement, and the dense ones of a 20-term library cost seconds each while
 * the trajectory likelihood rejects them (the candidates a growth term needs are one or two terms larger).
 */
const GREEDY_GROWTH = 2;

/**
 * Candidate equations for component d from the best-subset search by BIC over the whole library (subset.ts): the
 * best support that the sparsity rule accepts (a term the rule removes is excluded and the search repeated), then
 * the other supports of the exhaustive path (every size, or with `sizes: "sparser"` no larger one) that the sparsity
 * rule accepts and whose window residual is within CANDIDATE_RSS_FACTOR of the best: per size the best support and
 * its near ties (subset.ts), since on a cycle of amplitude ≈ 1 the window objective cannot tell x from x³ (the
 * cubic oscillator's −a x³ became −a x at 5% noise) and on a transient into a node almost every support of the
 * right size fits the window residuals as well as the truth (competitive Lotka–Volterra). Why not the
 * BIC's choice alone: the window objective's residuals are correlated within a window and, on a smoothed noisy
 * state, biased (errors in variables), so its BIC misranks supports both ways — on the Brusselator's limit cycle it
 * put a dense 7-term dx/dt 72 below the true 3-term one, on a noisy Hopf transient it saw the growth terms lower
 * the residual by only 0.2%. The caller judges every candidate by the trajectory refinement's likelihood, which
 * ranks both correctly. Libraries of more than 12 terms have the greedy path of subset.ts instead of the exhaustive
 * one (without it a dense 9-term dy/dt of Lorenz with a degree-3 library at 1% and 5% noise was never challenged).
 */
export function searchComponent(
  objective: WindowObjective,
  d: number,
  rule: ThresholdRule,
  start: readonly boolean[],
  sizes: "sparser" | "all" = "all",
): number[][] {
  const z = objective.compressed(d);
  const allowed = new Array<boolean>(objective.library.size).fill(true);
  const scale = objective.contributionScale(d);
  const greedy = objective.library.size > EXHAUSTIVE_TERMS;
  const first = bestSubset(z, allowed, start);
  let choice = first;
  let best = subsetFit(z, choice.active).coefficients;
  for (let it = 0; it < allowed.length; it++) {
    const fit = subsetFit(z, choice.active);
    best = fit.coefficients;
    const next = applyThreshold(fit.coefficients, choice.active, rule, scale);
    if (!next.changed) break;
    choice.active.forEach((a, j) => {
      if (a && !next.active[j]) allowed[j] = false;
    });
    // Only the path of the first search is used: a large library needs no greedy path here.
    choice = bestSubset(z, allowed, next.active, greedy ? "stepwise" : "auto");
  }
  const size = best.filter((c) => c !== 0).length;
  const bestKey = best.map((c) => c !== 0).join();
  const startSize = start.filter(Boolean).length;
  const path = (first.path ?? []).map((p) => ({ active: p.active, fit: subsetFit(z, p.active) }));
  const floor = Math.min(...path.map((p) => p.fit.rss));
  const tiny = NEGLIGIBLE_RESIDUAL * subsetFit(z, new Array<boolean>(z.terms).fill(false)).rss;
  const others = path
    .filter((p) => {
      const k = p.active.filter(Boolean).length;
      const other = p.active.join() !== bestKey;
      const largest =
        sizes === "sparser" ? size : greedy ? Math.max(size, startSize + GREEDY_GROWTH) : Infinity;
      const close = p.fit.rss <= CANDIDATE_RSS_FACTOR * floor || p.fit.rss <= tiny;
      return other && k <= largest && close;
    })
    .filter((p) => !applyThreshold(p.fit.coefficients, p.active, rule, scale).changed)
    .map((p) => p.fit.coefficients);
  return [best, ...others];
}

/**
 * Clean data, rule "auto": the sparsest support on the best-subset path (subset.ts) whose window residual is
 * negligible (below NEGLIGIBLE_RESIDUAL of the target's sum of squares) and that the sparsity rule accepts, when it
 * is sparser than `current` (else null). Backward elimination judges each removal relative to the dense model's
 * residual, which on clean data is the discretisation floor: on a transient into a node the library is nearly
 * collinear along the curve the data trace, every single removal multiplies that floor, and elimination stops at
 * the full library (May–Leonard from near its equilibrium, 500 samples: dense, 27 of 30 terms) although the true
 * 4-term supports leave 2·10⁻⁸ of the target and the best 3-term ones 6·10⁻³.
 */
export function sparsestNegligible(
  objective: WindowObjective,
  d: number,
  rule: ThresholdRule,
  current: readonly boolean[],
): number[] | null {
  const z = objective.compressed(d);
  const all = new Array<boolean>(z.terms).fill(true);
  const tiny = NEGLIGIBLE_RESIDUAL * subsetFit(z, new Array<boolean>(z.terms).fill(false)).rss;
  const size = (a: readonly boolean[]) => a.filter(Boolean).length;
  const scale = objective.contributionScale(d);
  let best: { active: boolean[]; rss: number } | null = null;
  const better = (k: number, rss: number) =>
    best ? k < size(best.active) || (k === size(best.active) && rss < best.rss) : k < size(current);
  for (const p of bestSubset(z, all, current).path ?? []) {
    const fit = subsetFit(z, p.active);
    if (fit.rss > tiny || !better(size(p.active), fit.rss)) continue;
    if (applyThreshold(fit.coefficients, p.active, rule, scale).changed) continue;
    best = { active: p.active, rss: fit.rss };
  }
  return best && objective.refit(d, best.active).coefficients;
}

/** Stage "debias": exact refit through the same solver objective, thresholding and the loss-increase test. */
export async function debiasStage(ctx: DiscoverContext, input: StageResult): Promise<StageResult> {
  const { objective, library, settings, dim } = ctx;
  const T = library.size;
  ctx.progress({ stage: "debias", round: settings.rounds, rounds: settings.rounds });
  await objective.prepareRefit();
  const noisy = isNoisy(ctx.data);
  const coefficients = Array.from({ length: dim }, (_, d) => {
    const row = debiasComponent(
      objective,
      d,
      input.coefficients[d].map((c) => c !== 0),
      ctx.rule,
      { tolerance: settings.pruneTolerance, noisy: settings.automaticSelection && noisy },
    );
    if (noisy || !settings.automaticSelection) return row;
    return (
      sparsestNegligible(
        objective,
        d,
        ctx.rule,
        row.map((c) => c !== 0),
      ) ?? row
    );
  });
  const refitHat = objective.toNormalised(coefficients);
  const finalMask = refitHat.map((v) => (v !== 0 ? 1 : 0));
  const loss = (await objective.loss(tensor(refitHat, [T, dim]), tensor(finalMask, [T, dim]))).item();
  const activeTerms = countActive(coefficients);
  ctx.progress({
    stage: "debias",
    round: settings.rounds,
    rounds: settings.rounds,
    loss,
    activeTerms,
    ...snapshot(library, coefficients),
  });
  const entry: RoundLoss = { round: input.losses.length + 1, stage: "debias", loss, epochs: 0, activeTerms };
  return { coefficients, losses: [...input.losses, entry] };
}
