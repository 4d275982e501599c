import { createRng } from "@mechanist/datasets";

/**
 * A seeded random subset of a grid's rows, each kept with probability `keepFraction` (first and last always): the
 * irregular grids of the robustness bench (its fixed irregular case and `IRREGULAR=1` draws) and of the tests that
 * replay one of its draws.
 */
export function irregularSubset<T>(rows: readonly T[], keepFraction: number, rngSeed: number): T[] {
  const rng = createRng(rngSeed);
  return rows.filter((_, i) => i === 0 || i === rows.length - 1 || rng.next() < keepFraction);
}
