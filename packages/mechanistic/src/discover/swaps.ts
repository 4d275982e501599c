/**
 * Exchanges of terms in the final model, screened by the window objective. The reselection's candidates come from
 * best-subset paths, which add or remove terms along one order; a support that differs from the result by one term
 * exchanged for another can lie off every path (a malaria model at 1% noise: dh/dt with v² where the truth has v,
 * the truth's refined BIC 23 lower and never refined). So can one that needs two changes at once, where neither
 * alone lowers the BIC: an Oregonator at 5% noise wrote its small q·y as a constant plus a small y² (exchanging y²
 * for y and dropping the constant lowers the BIC by 3.5; either alone raises it), and an SIRS model wrote its inflow
 * Λ and death −μS as R² and S·R (each single exchange back raises the BIC by 3–4, both together lower it by 6.5).
 * Every exchange of active terms for inactive ones by the moves of MOVES is scored by its window residual on the
 * model-consistent state (cheap: a small least-squares solve on compressed rows); per move, those close to the best
 * are refined and kept when the refined BIC falls.
 */

import { choose, combinations } from "./combinatorics.js";
import type { WindowObjective } from "./objective.js";
import { keepImprovements, type RefineResult, type RowReplacement, type Runner } from "./refine.js";
import { subsetFit } from "./subset.js";

/**
 * Exchanges refined per equation and move: those whose window residual is within SWAP_RSS_BAND of the lowest one's,
 * at most SWAPS_REFINED of them. The window residual only screens out exchanges that lose dynamics plainly: among the
 * rest it barely ranks (the malaria model's true dv/dt was fifth of nine exchanges, all within 1.7% of each other, and
 * the refined BIC preferred it by 6.4). On a transient into an equilibrium it does not rank at all: a competitive
 * Lotka–Volterra model at 5% noise had all nine double exchanges of dy/dt within 0.1% of each other, the truth ninth
 * and its refined BIC 6.3 below the result's; with at most 8 refined it never was.
 */
const SWAP_RSS_BAND = 1.1;
const SWAPS_REFINED = 16;

/**
 * The moves tried, as (active terms out, inactive terms in): an exchange, an exchange with a drop, and a double
 * exchange.
 */
const MOVES: readonly [number, number][] = [
  [1, 1],
  [2, 1],
  [2, 2],
];

/**
 * Window fits per move and equation beyond which that move is skipped: the count grows as (active terms)² × (inactive
 * terms)², which a dense result in a large library (a failed fit: 40 of 84 terms) would make minutes of small solves,
 * where a sparse model (5 of 35 terms: 4350 fits) takes milliseconds.
 */
const MAX_MOVE_FITS = 20000;

/**
 * The equation's supports with `removed` active terms of `row` taken out and `added` inactive ones put in, with their
 * window fits, lowest residual first.
 */
function exchanges(
  objective: WindowObjective,
  d: number,
  row: readonly number[],
  removed: number,
  added: number,
) {
  const z = objective.compressed(d);
  const active = row.flatMap((c, j) => (c !== 0 ? [j] : []));
  const inactive = row.flatMap((c, j) => (c === 0 ? [j] : []));
  const out: { coefficients: number[]; rss: number }[] = [];
  if (choose(active.length, removed) * choose(inactive.length, added) > MAX_MOVE_FITS) return out;
  for (const gone of combinations(active, removed)) {
    for (const come of combinations(inactive, added)) {
      const swapped = row.map((c) => c !== 0);
      for (const j of gone) swapped[j] = false;
      for (const k of come) swapped[k] = true;
      out.push(subsetFit(z, swapped));
    }
  }
  return out.sort((a, b) => a.rss - b.rss);
}

/** The exchanges worth refining: within SWAP_RSS_BAND of the lowest residual, at most SWAPS_REFINED. */
function screened(all: readonly { coefficients: number[]; rss: number }[]) {
  return all.filter((c) => c.rss <= SWAP_RSS_BAND * all[0].rss).slice(0, SWAPS_REFINED);
}

/**
 * From `start`, per equation the screened exchanges and exchanges with a drop refined, each kept when it lowers the
 * refined BIC (judged against the model as it stands, so a move in one equation can enable one in the next). Without
 * `twoTermMoves`, single exchanges only. `objective` is
 * the window objective on `start`'s refined state (prepared for refits). Returns the result, the number of exchanges
 * kept and every refined candidate.
 */
export function screenedSwaps(
  objective: WindowObjective,
  start: RefineResult,
  run: Runner,
  twoTermMoves = true,
): { best: RefineResult; changes: number; evaluated: RefineResult[] } {
  const kinds = twoTermMoves ? MOVES : MOVES.slice(0, 1);
  const replacements = start.coefficients.flatMap((row, d) => {
    const moves = kinds.flatMap(([removed, added]) => screened(exchanges(objective, d, row, removed, added)));
    return moves.map((c): RowReplacement => new Map([[d, c.coefficients]]));
  });
  return keepImprovements(start, replacements, run);
}
