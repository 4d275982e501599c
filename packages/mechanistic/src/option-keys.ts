/**
 * The keys of the public option objects. `OptionKeys<T>` is a `Record<keyof T, true>`, so TypeScript
 * refuses a list that misses or invents a key: adding an option means adding it here too. A misspelt
 * key from JavaScript (`{ treshold: 0.1 }`) then fails with the closest real key instead of being ignored.
 */
import { assertKnownOptions, type OptionKeys } from "@mechanist/autodiff";
import type { MechanisticBlockOptions } from "./block.js";
import type { DiscoverOptions } from "./discover/options.js";
import { MechanisticInputError } from "./errors.js";
import type { EnsembleSindyOptions } from "./esindy.js";
import type { FitOptions } from "./fit.js";
import type { ForecasterOptions } from "./forecaster.js";
import type { SimulateOptions } from "./model.js";
import type { SindyOptions, StlsqOptions } from "./stlsq.js";

export const STLSQ_KEYS: OptionKeys<StlsqOptions> = {
  threshold: true,
  autoThreshold: true,
  ridge: true,
  maxIterations: true,
};

export const SINDY_KEYS: OptionKeys<SindyOptions> = {
  ...STLSQ_KEYS,
  library: true,
  degree: true,
  variables: true,
  derivative: true,
  smoothingWindow: true,
};

export const ENSEMBLE_SINDY_KEYS: OptionKeys<EnsembleSindyOptions> = {
  ...SINDY_KEYS,
  bags: true,
  inclusion: true,
  seed: true,
};

export const DISCOVER_KEYS: OptionKeys<DiscoverOptions> = {
  variables: true,
  library: true,
  degree: true,
  threshold: true,
  autoThreshold: true,
  pruneTolerance: true,
  window: true,
  subgrid: true,
  rounds: true,
  epochs: true,
  lr: true,
  tolerance: true,
  smoothing: true,
  init: true,
  debias: true,
  refine: true,
  denoiser: true,
  preset: true,
  backend: true,
  onProgress: true,
  checkpoint: true,
  resume: true,
};

export const FIT_KEYS: OptionKeys<FitOptions> = {
  model: true,
  optimizer: true,
  size: true,
  loss: true,
  validate: true,
  epochs: true,
  batchSize: true,
  seed: true,
  patience: true,
  minDelta: true,
  onEpoch: true,
  checkpoint: true,
  resume: true,
  config: true,
};

export const BLOCK_KEYS: OptionKeys<MechanisticBlockOptions> = {
  inputSize: true,
  nSteps: true,
  order: true,
  dim: true,
  system: true,
  timeVarying: true,
  nIv: true,
  stepMode: true,
  hidden: true,
  activation: true,
  seed: true,
  backend: true,
  trunk: true,
  trunkSize: true,
  h0: true,
};

export const FORECASTER_KEYS: OptionKeys<ForecasterOptions> = {
  lookback: true,
  horizon: true,
  order: true,
  hidden: true,
  seed: true,
  backend: true,
  initialSlope: true,
  slopeWindow: true,
  h0: true,
};

export const SIMULATE_KEYS: OptionKeys<SimulateOptions> = {
  substeps: true,
  backend: true,
  scheme: true,
  window: true,
  tolerance: true,
  maxIterations: true,
};

/** Throws `MechanisticInputError` for the first key of `options` that `known` does not list. */
export function checkOptionKeys(
  options: object | undefined,
  known: Readonly<Record<string, true>>,
  where: string,
): void {
  assertKnownOptions(options, known, where, MechanisticInputError);
}
