/**
 * The pipeline of `mechanist train kdv`: generate the data, train the Mechanistic model and the conv ResNet
 * baseline (same data, same epochs), checkpointing after every epoch, then roll all three forecasters
 * (with persistence) out on the test trajectories and score them.
 */
import { join } from "node:path";
import {
  type AsyncPredictor,
  CheckpointError,
  fingerprint,
  KDV_FRAMES,
  KdvConvNet,
  KdvMechanisticModel,
  type KdvModelOptions,
  type KdvModule,
  type KdvTrainOptions,
  type KdvTrainState,
  nmseAt,
  nmsePerFrame,
  persistence,
  rolloutAsync,
  trainKdvModelAsync,
} from "@mechanist/mechanistic";
import { readCheckpoint, writeCheckpoint } from "@mechanist/mechanistic/node";
import { UsageError } from "../errors.js";
import type { Progress } from "../progress.js";
import { checksum, generateKdvSplits, type KdvSplits } from "./train-kdv-data.js";

export interface TrainKdvConfig {
  preset: string;
  model: KdvModelOptions;
  train: KdvTrainOptions;
  backend?: string;
  out: string;
  resume: boolean;
}

type Name = "mechanistic" | "persistence" | "convnet";
export interface TrainKdvResult {
  frames: number[];
  nmse: Record<Name, number[]>;
  perFrame: Record<Name, number[]>;
  seconds: number;
  trainSeconds: { mechanistic: number; convnet: number };
  parameters: { mechanistic: number; convnet: number };
  history: { mechanistic: KdvTrainState["history"]; convnet: KdvTrainState["history"] };
  splits: KdvSplits;
  predictions: Record<Name, number[][][]>;
  models: { mechanistic: KdvMechanisticModel; convnet: KdvConvNet };
  resumedFrom: { mechanistic: number; convnet: number };
}

type Saved = { mechanistic: KdvTrainState | null; convnet: KdvTrainState | null };
const KIND = "train-kdv";

/** Trains one model (awaiting only an asynchronous backend's solves; the same numbers on synchronous ones). */
async function trainOne(
  name: "mechanistic" | "convnet",
  model: KdvModule,
  c: TrainKdvConfig,
  splits: KdvSplits,
  ckpt: { path: string; print: string; saved: Saved },
  progress: Progress,
): Promise<KdvTrainState> {
  const state = await trainKdvModelAsync(model, splits, c.model, c.train, {
    resume: ckpt.saved[name],
    onBatch: ({ epoch, batch, batches, loss }) =>
      progress.update(
        `${name} epoch ${epoch}/${c.train.epochs}`,
        batch / batches,
        `batch ${batch}/${batches} L1 ${loss.toFixed(3)}`,
      ),
    onEpoch: (s) => {
      ckpt.saved[name] = s;
      writeCheckpoint<Saved>(ckpt.path, KIND, ckpt.print, ckpt.saved);
      const h = s.history[s.history.length - 1];
      progress.log(
        `${name} epoch ${h.epoch}: train L1 ${h.trainLoss.toFixed(4)}, validation L1 ${h.validationLoss.toFixed(4)}, lr ${h.lr.toExponential(1)}, ${h.seconds.toFixed(0)} s`,
      );
    },
  });
  progress.done();
  return state;
}

/** The checkpoint to resume; one of another run (or not a checkpoint) is the user's to fix: exit 2. */
function readSaved(path: string, print: string): Saved | null {
  try {
    return readCheckpoint<Saved>(path, KIND, print);
  } catch (e) {
    if (e instanceof CheckpointError) throw new UsageError(e.message);
    throw e;
  }
}

export async function runTrainKdvPipeline(c: TrainKdvConfig, progress: Progress): Promise<TrainKdvResult> {
  const start = performance.now();
  const splits = generateKdvSplits(c.train, (done, total) =>
    progress.update("generating KdV data", done / total, `${done}/${total} trajectories`),
  );
  progress.done();
  // Epochs are left out so that a resumed run may train longer; everything else, data included, must match.
  const { epochs: _epochs, ...trainShape } = c.train;
  const print = fingerprint({ preset: c.preset, model: c.model, train: trainShape, data: checksum(splits) });
  const path = join(c.out, "checkpoint.json");
  const saved: Saved = (c.resume ? readSaved(path, print) : null) ?? { mechanistic: null, convnet: null };
  const resumedFrom = { mechanistic: saved.mechanistic?.epoch ?? 0, convnet: saved.convnet?.epoch ?? 0 };
  if (c.resume)
    progress.log(
      `resuming: mechanistic from epoch ${resumedFrom.mechanistic}, convnet from epoch ${resumedFrom.convnet}`,
    );
  const ckpt = { path, print, saved };
  const mechanistic = new KdvMechanisticModel(c.model, { backend: c.backend });
  const convnet = new KdvConvNet(c.model);
  const m = await trainOne("mechanistic", mechanistic, c, splits, ckpt, progress);
  const b = await trainOne("convnet", convnet, c, splits, ckpt, progress);
  const predictors: Record<Name, AsyncPredictor> = {
    mechanistic: (x) => mechanistic.forwardAsync(x),
    persistence,
    convnet: (x) => convnet.forward(x),
  };
  const frames = KDV_FRAMES[KDV_FRAMES.length - 1];
  const predictions = {} as Record<Name, number[][][]>;
  const perFrame = {} as Record<Name, number[]>;
  const nmse = {} as Record<Name, number[]>;
  for (const name of ["mechanistic", "persistence", "convnet"] as const) {
    progress.update("rolling out on the test trajectories", 0, name);
    predictions[name] = await rolloutAsync(predictors[name], splits.test, c.model.window, frames);
    perFrame[name] = nmsePerFrame(predictions[name], splits.test, c.model.window);
    nmse[name] = nmseAt(perFrame[name], KDV_FRAMES);
  }
  progress.done();
  const sum = (s: KdvTrainState) => s.history.reduce((t, h) => t + h.seconds, 0);
  const count = (mod: KdvModule) => mod.parameters().reduce((t, p) => t + p.size, 0);
  return {
    frames: [...KDV_FRAMES],
    nmse,
    perFrame,
    seconds: (performance.now() - start) / 1000,
    trainSeconds: { mechanistic: sum(m), convnet: sum(b) },
    parameters: { mechanistic: count(mechanistic), convnet: count(convnet) },
    history: { mechanistic: m.history, convnet: b.history },
    splits,
    predictions,
    models: { mechanistic, convnet },
    resumedFrom,
  };
}
