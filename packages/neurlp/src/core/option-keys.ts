/**
 * The keys of every option object the solver accepts. `Record<keyof …, true>` makes TypeScript refuse a
 * list that misses or invents a key, so adding an option means adding it here too.
 */
import { assertKnownOptions, type OptionKeys } from "@mechanist/autodiff";
import type { RowWeights } from "../backend.js";
import { NeurlpValueError } from "../errors.js";
import type { IterativeRefinementOptions } from "./refine.js";

const WEIGHT_KEYS: OptionKeys<RowWeights> = { equation: true, initial: true, smoothness: true };
const REFINEMENT_KEYS: OptionKeys<IterativeRefinementOptions> = {
  method: true,
  maxIterations: true,
  tolerance: true,
};

/** Throws `NeurlpValueError` naming a misspelt key (at the top level, in `weights`, in `iterativeRefinement`). */
export function checkOptionKeys(
  options: { weights?: unknown; iterativeRefinement?: unknown } | undefined,
  known: Readonly<Record<string, true>>,
  where: string,
): void {
  const nested: Array<[unknown, Readonly<Record<string, true>>, string]> = [
    [options, known, where],
    [options?.weights, WEIGHT_KEYS, `${where}.weights`],
    [options?.iterativeRefinement, REFINEMENT_KEYS, `${where}.iterativeRefinement`],
  ];
  for (const [value, keys, name] of nested) {
    // nested values of another type are checked where they are read (e.g. weights: 2 is a value error)
    if (value !== options && (typeof value !== "object" || value === null)) continue;
    assertKnownOptions(value, keys, name, NeurlpValueError);
  }
}
