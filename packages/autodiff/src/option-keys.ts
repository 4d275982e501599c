/**
 * The option keys of autodiff's public constructors and functions (optimizers, schedules, layers, conv1d,
 * gradcheck): a misspelt key (`{ learningRate: 0.1 }`, `{ paddingmode: "circular" }`) or options that are not an
 * object are an InvalidArgumentError naming the closest real key. Each list is typed against its interface.
 */
import { InvalidArgumentError } from "./errors.js";
import type { GradcheckOptions } from "./gradcheck.js";
import type { LinearOptions } from "./nn/linear.js";
import type { MLPOptions } from "./nn/mlp.js";
import type { Conv1dOptions } from "./ops/conv.js";
import type { AdamOptions } from "./optim/adam.js";
import type { SGDOptions } from "./optim/sgd.js";
import { assertKnownOptions, type OptionKeys } from "./options.js";

export const ADAM_KEYS: OptionKeys<AdamOptions> = { lr: true, betas: true, eps: true, weightDecay: true };
export const SGD_KEYS: OptionKeys<SGDOptions> = {
  lr: true,
  momentum: true,
  weightDecay: true,
  nesterov: true,
};
export const LINEAR_KEYS: OptionKeys<LinearOptions> = { rng: true, bias: true, init: true, dtype: true };
export const MLP_KEYS: OptionKeys<MLPOptions> = {
  activation: true,
  rng: true,
  init: true,
  outputActivation: true,
  dtype: true,
};
export const CONV1D_KEYS: OptionKeys<Conv1dOptions> = { padding: true, paddingMode: true, stride: true };
export const GRADCHECK_KEYS: OptionKeys<GradcheckOptions> = { eps: true, atol: true, rtol: true, seed: true };

/** Throws InvalidArgumentError for options that are not an object or hold a key `known` does not list. */
export function checkOptionKeys(
  options: unknown,
  known: Readonly<Record<string, true>>,
  where: string,
): void {
  assertKnownOptions(options, known, where, InvalidArgumentError);
}
