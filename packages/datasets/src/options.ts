/**
 * Option keys of the generators: a misspelt key (`{ parms: … }`, `{ t_1: 3 }`) or options that are not an object
 * are an InvalidArgumentError naming the closest real key, never silently ignored (the data would come from the
 * defaults without a word). Each list is typed against its options interface, so TypeScript keeps it complete.
 */
import { assertKnownOptions, type OptionKeys } from "@mechanist/autodiff";
import { InvalidArgumentError } from "./errors.js";
import type { BurgersOptions } from "./pde/burgers.js";
import type { KdvOptions } from "./pde/kdv.js";
import type { LogisticFamilyOptions } from "./systems/population.js";
import type { GenerateOptions } from "./systems/types.js";

export const GENERATE_KEYS: OptionKeys<GenerateOptions> = {
  t0: true,
  t1: true,
  dt: true,
  x0: true,
  params: true,
  noise: true,
  seed: true,
  rtol: true,
  atol: true,
  maxSamples: true,
};

const PDE_KEYS = {
  seed: true,
  L: true,
  nx: true,
  nt: true,
  ntEffective: true,
  endTime: true,
  hMax: true,
  waves: true,
  lMin: true,
  lMax: true,
} as const;

export const KDV_KEYS: OptionKeys<KdvOptions> = { ...PDE_KEYS, randomizeDomain: true };
export const BURGERS_KEYS: OptionKeys<BurgersOptions> = { ...PDE_KEYS, nu: true };

const { params: _params, x0: _x0, ...FAMILY_SHARED } = GENERATE_KEYS;
export const LOGISTIC_FAMILY_KEYS: OptionKeys<LogisticFamilyOptions> = {
  ...FAMILY_SHARED,
  n: true,
  r: true,
  K: true,
  x0Fraction: true,
};

/** Throws InvalidArgumentError for options that are not an object or hold a key that `known` does not list. */
export function checkOptionKeys(
  options: unknown,
  known: Readonly<Record<string, true>>,
  where: string,
): void {
  assertKnownOptions(options, known, where, InvalidArgumentError);
}
