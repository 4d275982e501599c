/**
 * Training of a KdV model on windows: L1 loss (summed over space, mean over examples and frames), Adam,
 * ReduceLROnPlateau on the validation loss, the parameters of the best validation epoch kept. The whole
 * state after each epoch is a plain JSON-serialisable object, so a caller can checkpoint it and resume
 * (batches are shuffled with a seed per epoch, so a resumed run draws the batches the lost one would have).
 */
import {
  Adam,
  backwardSteps,
  type nn,
  noGrad,
  type OptimizerState,
  ReduceLROnPlateau,
  Rng,
  runSteps,
  runStepsAsync,
  type Steps,
  type Tensor,
} from "@mechanist/autodiff";
import { MechanisticInputError } from "../errors.js";
import { settle } from "../settle.js";
import { type Fields, type Window, windowBatch, windowsOf } from "./data.js";
import { setValues } from "./layers.js";
import type { KdvModelOptions, KdvTrainOptions } from "./options.js";

export interface KdvEpoch {
  epoch: number;
  trainLoss: number;
  validationLoss: number;
  lr: number;
  seconds: number;
}

export interface KdvTrainState {
  epoch: number;
  parameters: number[][];
  best: number[][];
  bestLoss: number | null;
  optimizer: OptimizerState;
  scheduler: Record<string, number | null>;
  history: KdvEpoch[];
}

export interface KdvTrainHooks {
  /** After every batch: batches done in this epoch and their count. */
  onBatch?: (info: { epoch: number; batch: number; batches: number; loss: number }) => void;
  /** After every epoch, with the state to checkpoint. */
  onEpoch?: (state: KdvTrainState) => void;
  /** Continue from this state (the epochs it finished are not repeated). */
  resume?: KdvTrainState | null;
}

export type KdvModule = nn.Module & {
  forward(x: Tensor): Tensor;
  forwardAt(x: Tensor, positions?: readonly number[]): Tensor;
  /** `forwardAt` on asynchronous backends (the async trainer uses it when present, else `forwardAt`). */
  forwardAtAsync?(x: Tensor, positions?: readonly number[]): Promise<Tensor>;
};

/** A model's forward as one of the two trainers calls it. */
type Forward = (x: Tensor, positions?: readonly number[]) => Tensor | Promise<Tensor>;

const SYNC_ONLY =
  "trainKdvModel: the model's solve is asynchronous (an asynchronous NeuRLP backend): use await trainKdvModelAsync(...)";

/** `count` distinct positions of `nx`, in increasing order, drawn with `rng`. */
function samplePositions(nx: number, count: number, rng: Rng): number[] | undefined {
  if (count >= nx) return undefined;
  return shuffledWith(nx, rng)
    .slice(0, count)
    .sort((a, b) => a - b);
}

/** Mean over examples and frames of Σ_x |pred − target|. */
const l1 = (pred: Tensor, target: Tensor): Tensor => pred.sub(target).abs().sum(2).mean();

const shuffled = (n: number, seed: number): number[] => shuffledWith(n, new Rng(seed));

function shuffledWith(n: number, rng: Rng): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** L1 loss over windows, in chunks (no gradients). Synchronous backends only; else `evaluateL1Async`. */
export function evaluateL1(
  model: KdvModule,
  fields: Fields,
  at: Window[],
  m: KdvModelOptions,
  chunk = 32,
): number {
  const forward: Forward = (x) => model.forward(x);
  return runSteps(evaluateSteps(forward, fields, at, m, chunk), () => new MechanisticInputError(SYNC_ONLY));
}

/** `evaluateL1` on any backend. */
export function evaluateL1Async(
  model: KdvModule,
  fields: Fields,
  at: Window[],
  m: KdvModelOptions,
  chunk = 32,
): Promise<number> {
  return runStepsAsync(evaluateSteps(asyncForward(model), fields, at, m, chunk));
}

const asyncForward = (model: KdvModule): Forward =>
  model.forwardAtAsync ? (x, p) => model.forwardAtAsync!(x, p) : (x, p) => model.forwardAt(x, p);

function* evaluateSteps(
  forward: Forward,
  fields: Fields,
  at: Window[],
  m: KdvModelOptions,
  chunk: number,
): Steps<number> {
  let total = 0;
  for (let b = 0; b < at.length; b += chunk) {
    const part = at.slice(b, b + chunk);
    const { x, y } = windowBatch(fields, part, m.window, m.horizon);
    // asynchronously, noGrad covers the networks (the part before the solve), so no graph reaches the solve
    const pred = yield* settle(noGrad(() => forward(x)));
    total += noGrad(() => l1(pred, y)).item() * part.length;
  }
  return total / at.length;
}

/**
 * Trains a KdV model (mechanistic or conv baseline) with Adam and ReduceLROnPlateau on the L1 loss of its
 * horizon; `hooks` receive each epoch's state, which is JSON-serialisable so a caller can checkpoint and
 * resume it. Synchronous backends only; else `trainKdvModelAsync`.
 */
export function trainKdvModel(
  model: KdvModule,
  data: { train: Fields; validation: Fields },
  m: KdvModelOptions,
  t: KdvTrainOptions,
  hooks: KdvTrainHooks = {},
): KdvTrainState {
  const forward: Forward = (x, p) => model.forwardAt(x, p);
  return runSteps(trainSteps(model, forward, data, m, t, hooks), () => new MechanisticInputError(SYNC_ONLY));
}

/**
 * `trainKdvModel` on any backend, asynchronous ones (WebGPU) included: the same loop, awaiting the solves
 * and their gradients (`forwardAtAsync`, `backwardAsync`); on a synchronous backend the same numbers.
 */
export function trainKdvModelAsync(
  model: KdvModule,
  data: { train: Fields; validation: Fields },
  m: KdvModelOptions,
  t: KdvTrainOptions,
  hooks: KdvTrainHooks = {},
): Promise<KdvTrainState> {
  return runStepsAsync(trainSteps(model, asyncForward(model), data, m, t, hooks));
}

interface Run {
  params: Tensor[];
  optimizer: Adam;
  forward: Forward;
  data: { train: Fields; validation: Fields };
  m: KdvModelOptions;
  t: KdvTrainOptions;
  hooks: KdvTrainHooks;
}

/** The training loop, written once: it yields only the Promises of asynchronous solves. */
function* trainSteps(
  model: KdvModule,
  forward: Forward,
  data: { train: Fields; validation: Fields },
  m: KdvModelOptions,
  t: KdvTrainOptions,
  hooks: KdvTrainHooks,
): Steps<KdvTrainState> {
  const params = model.parameters();
  const optimizer = new Adam(params, { lr: t.lr });
  const scheduler = new ReduceLROnPlateau(optimizer, {
    factor: t.plateauFactor,
    patience: t.plateauPatience,
  });
  const run: Run = { params, optimizer, forward, data, m, t, hooks };
  const train = windowsOf(data.train, m.window, m.horizon, t.windowStride);
  const validation = windowsOf(data.validation, m.window, m.horizon, m.horizon);
  let state: KdvTrainState = hooks.resume ?? {
    epoch: 0,
    parameters: [],
    best: params.map((p) => Array.from(p.data)),
    bestLoss: null,
    optimizer: optimizer.stateDict(),
    scheduler: scheduler.stateDict(),
    history: [],
  };
  if (hooks.resume) {
    setValues(params, hooks.resume.parameters);
    optimizer.loadStateDict(hooks.resume.optimizer);
    scheduler.loadStateDict(hooks.resume.scheduler);
  }
  for (let epoch = state.epoch + 1; epoch <= t.epochs; epoch++) {
    const t0 = performance.now();
    const trainLoss = (yield* epochSteps(run, train, epoch)) / train.length;
    const validationLoss = yield* evaluateSteps(forward, data.validation, validation, m, 32);
    scheduler.step(validationLoss);
    const improved = state.bestLoss === null || validationLoss < state.bestLoss;
    const seconds = (performance.now() - t0) / 1000;
    state = {
      epoch,
      parameters: params.map((p) => Array.from(p.data)),
      best: improved ? params.map((p) => Array.from(p.data)) : state.best,
      bestLoss: improved ? validationLoss : state.bestLoss,
      optimizer: optimizer.stateDict(),
      scheduler: scheduler.stateDict(),
      history: [...state.history, { epoch, trainLoss, validationLoss, lr: optimizer.lr, seconds }],
    };
    hooks.onEpoch?.(state);
  }
  setValues(params, state.best);
  return state;
}

/** One epoch of Adam steps over shuffled batches; returns the sum of the batch losses × batch sizes. */
function* epochSteps(run: Run, train: Window[], epoch: number): Steps<number> {
  const { m, t, optimizer } = run;
  const order = shuffled(train.length, m.seed * 1_000_003 + epoch);
  const pick = new Rng(m.seed * 1_000_003 + epoch + 500_000); // training positions, reproducible on resume
  const batches = Math.ceil(order.length / t.batchSize);
  let total = 0;
  for (let b = 0; b < batches; b++) {
    const at = order.slice(b * t.batchSize, (b + 1) * t.batchSize).map((i) => train[i]);
    const { x, y } = windowBatch(run.data.train, at, m.window, m.horizon);
    const positions = samplePositions(x.shape[2], t.trainPoints, pick);
    optimizer.zeroGrad();
    // the sum over the sampled points, rescaled to the whole field's
    const scale = positions ? x.shape[2] / positions.length : 1;
    const pred = yield* settle(run.forward(x, positions));
    const loss = l1(pred, positions ? y.gather(positions, 2) : y).mul(scale);
    yield* backwardSteps(loss);
    optimizer.step();
    total += loss.item() * at.length;
    run.hooks.onBatch?.({ epoch, batch: b + 1, batches, loss: loss.item() });
  }
  return total;
}
