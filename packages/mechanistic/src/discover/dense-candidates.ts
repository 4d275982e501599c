/**
 * A bound on the reselection's dense candidate equations (polish.ts `reselect`). Every candidate costs a trajectory
 * refinement of the whole model, and from a dense start in a large library the best-subset path proposes dozens of
 * dense supports: two coupled FitzHugh–Nagumo neurons (4 variables, degree 3, 35 terms per row) started from rows of
 * 30, 14, 26 and 28 terms, and one equation got 60 candidates of 20–32 terms, each refined with ~100 coefficients.
 * The likelihood rejects most of them, and the model reaches its sparse rows through later passes, pruning and
 * exchanges, whose candidates come from sparser states. So of the supports with more terms than any equation a
 * reader would call a model (more than DENSE_ROW), only the DENSE_CANDIDATES sparsest are tried; every sparser
 * candidate is kept, and the kept ones keep their order (when nothing is dropped the list is unchanged). Measured
 * with the bound on and off on the held-out draws where it drops candidates: the same model in all but one (a clean
 * autocatalator draw that fails both ways), and the neurons' clean irregular draw in 140 s of CPU instead of 253.
 */
import { rowSupportKey } from "./refine.js";
import { EXHAUSTIVE_TERMS } from "./subset.js";

/** Rows of more terms than this are dense: the size up to which the best-subset search is exhaustive. */
export const DENSE_ROW = EXHAUSTIVE_TERMS;

/** Distinct dense supports tried per equation and reselection pass. */
export const DENSE_CANDIDATES = 8;

const sizeOf = (row: readonly number[]) => row.filter((c) => c !== 0).length;

/** `rows` without the dense supports beyond the DENSE_CANDIDATES sparsest (ties: the earlier first). */
export function boundDenseCandidates(rows: readonly number[][]): number[][] {
  const dense = new Map<string, number>();
  for (const row of rows) {
    const key = rowSupportKey(row);
    if (sizeOf(row) > DENSE_ROW && !dense.has(key)) dense.set(key, sizeOf(row));
  }
  if (dense.size <= DENSE_CANDIDATES) return [...rows];
  // Map order is first appearance, and the sort is stable: equal sizes keep the earlier candidate.
  const kept = new Set(
    [...dense.entries()]
      .sort((a, b) => a[1] - b[1])
      .slice(0, DENSE_CANDIDATES)
      .map(([key]) => key),
  );
  return rows.filter((row) => sizeOf(row) <= DENSE_ROW || kept.has(rowSupportKey(row)));
}
