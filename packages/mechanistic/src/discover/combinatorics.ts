/** Counting and listing subsets, for the exchange searches (subset.ts double exchanges, swaps.ts moves). */

/** Binomial coefficient n choose k. */
export function choose(n: number, k: number): number {
  let out = 1;
  for (let i = 0; i < k; i++) out = (out * (n - i)) / (i + 1);
  return out;
}

/** Every way to choose `k` of `items` (in order). */
export function combinations<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  return items.flatMap((first, i) => combinations(items.slice(i + 1), k - 1).map((rest) => [first, ...rest]));
}
