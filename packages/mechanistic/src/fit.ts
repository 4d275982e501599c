/**
 * A small training loop: shuffled mini-batches (seeded per epoch, so a resumed run draws the same batches),
 * validation, early stopping, progress callback, and atomic checkpoints after every epoch that `resume`
 * continues from without repeating finished epochs.
 */

import {
  backwardSteps,
  type Module,
  type Optimizer,
  type OptimizerState,
  Rng,
  runSteps,
  runStepsAsync,
  type Steps,
  type Tensor,
} from "@mechanist/autodiff";
import { readCheckpoint, writeCheckpoint } from "#checkpoint-io";
import { checkOptimizerState, optimizerSchema, type Schema } from "./checkpoint-schema.js";
import { CheckpointError, MechanisticInputError } from "./errors.js";
import { fingerprint } from "./fingerprint.js";
import { checkOptionKeys, FIT_KEYS } from "./option-keys.js";
import { settle } from "./settle.js";

export interface EpochInfo {
  epoch: number;
  epochs: number;
  trainLoss: number;
  validationLoss: number | null;
  best: boolean;
}

export interface FitOptions {
  model: Module;
  optimizer: Optimizer;
  /** Number of training examples; batches are index lists into them. */
  size: number;
  /** Loss on a batch of training examples (a Promise on asynchronous backends: then use `fitAsync`). */
  loss: (indices: number[]) => Tensor | Promise<Tensor>;
  /** Validation loss (no gradients needed), evaluated after every epoch. */
  validate?: () => number | Promise<number>;
  epochs: number;
  batchSize?: number;
  seed?: number;
  /** Stop when the validation (else training) loss has not improved by minDelta for `patience` epochs. */
  patience?: number;
  minDelta?: number;
  onEpoch?: (info: EpochInfo) => void;
  checkpoint?: string;
  resume?: boolean;
  /** Extra configuration that must match for a checkpoint to be resumed. */
  config?: unknown;
}

export interface FitResult {
  history: Array<{ epoch: number; trainLoss: number; validationLoss: number | null }>;
  bestEpoch: number;
  bestLoss: number;
  stoppedEarly: boolean;
  resumedFromEpoch: number;
}

interface FitCheckpoint {
  epoch: number;
  parameters: number[][];
  best: number[][];
  optimizer: OptimizerState;
  history: FitResult["history"];
  bestEpoch: number;
  bestLoss: number;
  sinceBest: number;
}

/** The saved state field by field (`sizes`: the parameters' sizes). */
function fitSchema(sizes: number[]): Schema {
  const values: Schema = { array: { array: "number" }, length: sizes.length };
  return {
    object: {
      epoch: "integer",
      parameters: values,
      best: values,
      optimizer: optimizerSchema(sizes),
      history: {
        array: { object: { epoch: "integer", trainLoss: "number|null", validationLoss: "number|null" } },
      },
      bestEpoch: "integer",
      bestLoss: "number|null",
      sinceBest: "integer",
    },
  };
}

/**
 * A training loop for any module: seeded shuffled mini-batches of `loss(indices)`, optional validation and
 * early stopping (`patience`), `onEpoch` progress, and atomic per-epoch checkpoints (Node) that `resume`
 * continues without repeating finished epochs. Restores the best parameters at the end. Synchronous backends only; else `fitAsync`.
 */
export function fit(o: FitOptions): FitResult {
  checkOptionKeys(o, FIT_KEYS, "fit options");
  const hint =
    "fit: the loss or its gradient is asynchronous (an asynchronous NeuRLP backend): use await fitAsync(...)";
  return runSteps(fitSteps(o), () => new MechanisticInputError(hint));
}

/** `fit` for losses that return Promises or contain asynchronous ops (e.g. a MechanisticBlock on WebGPU). */
export function fitAsync(o: FitOptions): Promise<FitResult> {
  checkOptionKeys(o, FIT_KEYS, "fitAsync options");
  return runStepsAsync(fitSteps(o));
}

function* fitSteps(o: FitOptions): Steps<FitResult> {
  if (!Number.isInteger(o.epochs) || o.epochs < 0)
    throw new MechanisticInputError(`epochs must be an integer ≥ 0, got ${o.epochs}`);
  if (!Number.isInteger(o.size) || o.size < 1)
    throw new MechanisticInputError(`size must be a positive integer, got ${o.size}`);
  const batchSize = Math.min(o.batchSize ?? o.size, o.size);
  const params = o.model.parameters();
  const seed = o.seed ?? 0;
  const minDelta = o.minDelta ?? 0;
  const print = fingerprint({
    config: o.config ?? null,
    sizes: params.map((p) => p.shape),
    size: o.size,
    batchSize,
    seed,
    epochs: o.epochs,
  });
  let history: FitResult["history"] = [];
  let best = params.map((p) => Array.from(p.data));
  let bestEpoch = 0;
  let bestLoss = Number.POSITIVE_INFINITY;
  let sinceBest = 0;
  let start = 1;
  if (o.checkpoint && o.resume) {
    const sizes = params.map((p) => p.size);
    const saved = readCheckpoint<FitCheckpoint>(o.checkpoint, "fit", print, fitSchema(sizes));
    if (saved) {
      checkOptimizerState(saved.optimizer, o.optimizer, sizes, o.checkpoint, "state.optimizer");
      saved.bestLoss ??= Number.POSITIVE_INFINITY; // JSON writes Infinity as null
      params.forEach((p, i) => {
        for (const [what, values] of [
          ["parameters", saved.parameters[i]],
          ["best", saved.best[i]],
        ] as const)
          if (values?.length !== p.size)
            throw new CheckpointError(
              `checkpoint ${o.checkpoint}: state.${what}[${i}] has ${values?.length} values, not ${p.size}`,
            );
        p.data.set(saved.parameters[i] as number[]);
      });
      o.optimizer.loadStateDict(saved.optimizer);
      ({ history, best, bestEpoch, bestLoss, sinceBest } = saved);
      start = saved.epoch + 1;
    }
  }
  const resumedFromEpoch = start - 1;
  let stoppedEarly = o.patience !== undefined && sinceBest >= o.patience;
  for (let epoch = start; epoch <= o.epochs && !stoppedEarly; epoch++) {
    const rng = new Rng(seed * 1_000_003 + epoch);
    const order = Array.from({ length: o.size }, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    let total = 0;
    for (let b = 0; b < order.length; b += batchSize) {
      const idx = order.slice(b, b + batchSize);
      o.optimizer.zeroGrad();
      const l = yield* settle(o.loss(idx));
      yield* backwardSteps(l);
      o.optimizer.step();
      total += l.item() * idx.length;
    }
    const trainLoss = total / o.size;
    const validationLoss = o.validate ? yield* settle(o.validate()) : null;
    const monitored = validationLoss ?? trainLoss;
    const improved = monitored < bestLoss - minDelta;
    if (improved) {
      bestLoss = monitored;
      bestEpoch = epoch;
      best = params.map((p) => Array.from(p.data));
      sinceBest = 0;
    } else sinceBest++;
    history.push({ epoch, trainLoss, validationLoss });
    o.onEpoch?.({ epoch, epochs: o.epochs, trainLoss, validationLoss, best: improved });
    if (o.patience !== undefined && sinceBest >= o.patience) stoppedEarly = true;
    if (o.checkpoint) {
      writeCheckpoint<FitCheckpoint>(o.checkpoint, "fit", print, {
        epoch,
        parameters: params.map((p) => Array.from(p.data)),
        best,
        optimizer: o.optimizer.stateDict(),
        history,
        bestEpoch,
        bestLoss,
        sinceBest,
      });
    }
  }
  // Finish with the best parameters seen (validation-selected when a validation set is given).
  params.forEach((p, i) => {
    p.data.set(best[i]);
  });
  return { history, bestEpoch, bestLoss, stoppedEarly, resumedFromEpoch };
}
