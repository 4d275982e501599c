/**
 * Stage "train": rounds of Adam on the normalised ξ through the NeuRLP window objective, each followed by hard
 * thresholding in original units, until the support stops changing (or `rounds` is reached). A checkpoint is
 * written after every round; a resume restores ξ, the mask, Adam's state and the denoiser.
 */
import { Adam, Tensor, tensor } from "@mechanist/autodiff";
import { checkOptimizerState, checkSchema } from "../checkpoint-schema.js";
import { CheckpointError } from "../errors.js";
import { applyThreshold } from "../threshold.js";
import type { DiscoverCheckpoint } from "./checkpoints.js";
import { type DiscoverContext, type StageResult, snapshot } from "./context.js";
import { WindowDenoiser } from "./denoiser.js";
import type { RoundLoss } from "./options.js";

/** The mutable training state of the rounds. */
interface Trainer {
  xiHat: Tensor;
  /** 1 for an active (term, component), [T, dim]. */
  mask: Float64Array;
  denoiser: WindowDenoiser | null;
  optimizer: Adam;
  lossOf(mask: Tensor): Promise<Tensor>;
}

function createTrainer(ctx: DiscoverContext, init: number[][]): Trainer {
  const { library, objective, settings, dim } = ctx;
  const T = library.size;
  const xiHat = new Tensor(objective.toNormalised(init), [T, dim], true);
  const denoiser = settings.denoiser
    ? new WindowDenoiser(objective.win, library, ctx.data.stateScale, settings.denoiser)
    : null;
  const optimizer = new Adam([xiHat, ...(denoiser?.parameters() ?? [])], { lr: settings.lr });
  return {
    xiHat,
    mask: new Float64Array(T * dim).fill(1),
    denoiser,
    optimizer,
    lossOf: (mask) =>
      denoiser ? objective.lossWithStates(xiHat, mask, denoiser.forward()) : objective.loss(xiHat, mask),
  };
}

function restore(trainer: Trainer, saved: DiscoverCheckpoint): void {
  trainer.xiHat.data.set(saved.xiHat);
  trainer.mask.set(saved.mask);
  const { optimizer, denoiser } = trainer;
  if (saved.adam) {
    const sizes = optimizer.params.map((p) => p.size);
    checkOptimizerState(saved.adam, optimizer, sizes, "(resume)", "state.adam");
    optimizer.loadStateDict(saved.adam);
  }
  if (denoiser && saved.denoiser) {
    const params = denoiser.parameters();
    checkSchema(
      saved.denoiser,
      { array: { array: "number" }, length: params.length },
      "(resume)",
      "state.denoiser",
    );
    params.forEach((p, i) => {
      const values = saved.denoiser?.[i] ?? [];
      if (values.length !== p.size)
        throw new CheckpointError(
          `checkpoint (resume): state.denoiser[${i}] has ${values.length} values, not ${p.size}`,
        );
      p.data.set(values);
    });
  }
}

/**
 * Adam epochs of one round. Adam takes steps of about lr whatever the gradient, so it can leave a very good
 * starting point: the round keeps the best coefficients it has seen. Returns the best loss and the epochs run.
 */
async function adamEpochs(
  ctx: DiscoverContext,
  tr: Trainer,
  round: number,
): Promise<{ loss: number; epochs: number }> {
  const { settings } = ctx;
  const mask = tensor(tr.mask, [ctx.library.size, ctx.dim]);
  let loss = Number.POSITIVE_INFINITY;
  let best = Number.POSITIVE_INFINITY;
  const bestXi = Float64Array.from(tr.xiHat.data);
  let epoch = 0;
  for (; epoch < settings.epochs; epoch++) {
    tr.optimizer.zeroGrad();
    const l = await tr.lossOf(mask);
    const value = l.item();
    if (value < best) {
      best = value;
      bestXi.set(tr.xiHat.data);
    }
    await l.backwardAsync(); // no awaits inside on synchronous backends: the same arithmetic as backward()
    tr.optimizer.step();
    ctx.progress({
      stage: "train",
      round,
      rounds: settings.rounds,
      epoch: epoch + 1,
      epochs: settings.epochs,
      loss: value,
    });
    const improved = (loss - value) / Math.max(value, 1e-300);
    loss = value;
    if (improved >= 0 && improved < settings.tolerance && epoch > 2) {
      epoch++;
      break;
    }
  }
  if (epoch === 0) return { loss, epochs: 0 };
  const last = (await tr.lossOf(mask)).item();
  if (last < best) best = last;
  else tr.xiHat.data.set(bestXi);
  return { loss: best, epochs: epoch };
}

/** Hard threshold in original units on the masked ξ; returns whether the support changed. */
function thresholdRound(ctx: DiscoverContext, tr: Trainer): boolean {
  const { dim, library, objective } = ctx;
  for (let i = 0; i < tr.xiHat.size; i++) tr.xiHat.data[i] *= tr.mask[i];
  const coefficients = objective.fromNormalised(tr.xiHat.data);
  let changed = false;
  for (let d = 0; d < dim; d++) {
    const active = Array.from({ length: library.size }, (_, j) => tr.mask[j * dim + d] !== 0);
    const next = applyThreshold(coefficients[d], active, ctx.rule, objective.contributionScale(d));
    changed ||= next.changed;
    next.active.forEach((a, j) => {
      tr.mask[j * dim + d] = a ? 1 : 0;
      if (!a) tr.xiHat.data[j * dim + d] = 0;
    });
  }
  return changed;
}

function finishRound(ctx: DiscoverContext, tr: Trainer, entry: RoundLoss, losses: RoundLoss[]): void {
  const { settings } = ctx;
  ctx.progress({
    stage: "threshold",
    round: entry.round,
    rounds: settings.rounds,
    loss: entry.loss,
    activeTerms: entry.activeTerms,
    ...snapshot(ctx.library, ctx.objective.fromNormalised(tr.xiHat.data)),
  });
  ctx.checkpoints?.saveRound({
    round: entry.round,
    xiHat: Array.from(tr.xiHat.data),
    mask: Array.from(tr.mask),
    adam: tr.optimizer.stateDict(),
    losses,
    ...(tr.denoiser ? { denoiser: tr.denoiser.parameters().map((p) => Array.from(p.data)) } : {}),
  });
}

export async function trainStage(
  ctx: DiscoverContext,
  init: number[][],
  saved: DiscoverCheckpoint | null,
): Promise<StageResult> {
  const { settings } = ctx;
  const tr = createTrainer(ctx, init);
  let losses: RoundLoss[] = [];
  let firstRound = 1;
  if (saved) {
    restore(tr, saved);
    losses = saved.losses;
    firstRound = saved.round + 1;
  }
  let converged =
    losses.length > 0 && losses[losses.length - 1].stage === "train" && firstRound > settings.rounds;
  for (let round = firstRound; round <= settings.rounds && !converged; round++) {
    const run = await adamEpochs(ctx, tr, round);
    const changed = thresholdRound(ctx, tr);
    const activeTerms = tr.mask.reduce((n, m) => n + m, 0);
    const loss =
      run.epochs === 0 ? (await tr.lossOf(tensor(tr.mask, [ctx.library.size, ctx.dim]))).item() : run.loss;
    const entry: RoundLoss = { round, stage: "train", loss, epochs: run.epochs, activeTerms };
    losses = [...losses, entry];
    finishRound(ctx, tr, entry, losses);
    converged = !changed && round > 1;
  }
  return { coefficients: ctx.objective.fromNormalised(tr.xiHat.data), losses };
}
