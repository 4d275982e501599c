/** `mechanist train kdv`: the papers' KdV forecasting experiment, end to end (see train-kdv-run.ts). */
import { KDV_PRESETS } from "@mechanist/mechanistic";
import { backendFlags, resolveBackend } from "../backends.js";
import { checkBudget, MAX_MEMORY_FLAG } from "../budget.js";
import { UsageError } from "../errors.js";
import { prepareOutputDir } from "../output.js";
import { createProgress } from "../progress.js";
import type { CommandSpec } from "../spec/command.js";
import { defineCommand } from "../spec/define.js";
import { bool, choice, num, text } from "../spec/flags.js";
import { kdvDataBytes, MAX_TRAJECTORIES } from "./train-kdv-data.js";
import { metricTable, writeKdvOutputs } from "./train-kdv-output.js";
import { runTrainKdvPipeline, type TrainKdvConfig } from "./train-kdv-run.js";

const PRESETS = Object.keys(KDV_PRESETS) as Array<keyof typeof KDV_PRESETS>;

const FLAGS = {
  preset: choice(PRESETS, {
    section: "Model",
    help: "small: minutes on a 2-core CPU; published: the papers' sizes; tiny: seconds (smoke test)",
    default: "small",
  }),
  epochs: num({
    section: "Model",
    integer: true,
    min: 1,
    max: 100_000,
    help: "training epochs of each model",
    defaultText: "the preset's",
  }),
  trajectories: num({
    section: "Model",
    integer: true,
    min: 1,
    // the training seeds must stay below the validation split's (train-kdv-data.ts)
    max: MAX_TRAJECTORIES,
    help: "training trajectories",
    defaultText: "the preset's",
  }),
  ...backendFlags("Model"),
  out: text({
    arg: "<dir>",
    section: "Output",
    help: "model.json, metrics.json/.md, heat maps, nMSE plot, checkpoint.json",
    default: "kdv-run",
  }),
  resume: bool({
    section: "Output",
    help: "continue from <dir>/checkpoint.json (same preset, data and options)",
  }),
  json: bool({
    section: "Output",
    help: 'print only {"frames", "nmse": {mechanistic, persistence, convnet}, "seconds"}',
  }),
  quiet: bool({ section: "Output", help: "no progress on stderr" }),
  "max-memory": MAX_MEMORY_FLAG,
};

export const TRAIN = {
  name: "train",
  summary: "train a model end to end (mechanist train kdv: the papers' KdV forecasting experiment)",
  positionals: { name: "EXPERIMENT", min: 1, max: 1 },
  description: `The Mechanistic Block inside a network (the papers' KdV experiment, EXPERIMENT = kdv): LPSDA "KdV easy"
trajectories; from the last 10 frames a circular 1-d conv ResNet emits, per spatial point, a time-varying
order-4 linear ODE over the next 10 frames that NeuRLP solves; L1 loss, Adam, ReduceLROnPlateau; rolled out
autoregressively on held-out trajectories. A conv ResNet without the solver and persistence are scored on the
same data: nMSE = ‖pred − true‖² / ‖true‖², averaged over the first 10, 20 and 40 predicted frames.`,
  flags: FLAGS,
  examples: [
    "mechanist train kdv",
    "mechanist train kdv --preset tiny --json",
    "mechanist train kdv --out run --resume",
  ],
} satisfies CommandSpec<typeof FLAGS>;

export const trainCommand = defineCommand(TRAIN, async ({ values: v, positionals, given }, io) => {
  if (positionals[0] !== "kdv")
    throw new UsageError(`train: unknown experiment "${positionals[0]}"; the one experiment so far is kdv`);
  if (v.resume && !given.has("out"))
    throw new UsageError("--resume needs the --out <dir> of the run to continue");
  const backend = await resolveBackend(v.backend, v["backend-module"]);
  const p = KDV_PRESETS[v.preset];
  const config: TrainKdvConfig = {
    preset: v.preset,
    model: { ...p.model },
    train: {
      ...p.train,
      epochs: v.epochs ?? p.train.epochs,
      trajectories: v.trajectories ?? p.train.trajectories,
    },
    ...(backend !== undefined ? { backend } : {}),
    out: v.out,
    resume: v.resume,
  };
  checkBudget(
    kdvDataBytes(config.train),
    v["max-memory"],
    `the KdV data of ${config.train.trajectories} + ${config.train.validation} + ${config.train.test} trajectories`,
    "use fewer --trajectories",
  );
  // A run takes minutes: an output directory that cannot be written is refused before it starts.
  prepareOutputDir("out", v.out, ["model.json", "metrics.json", "metrics.md", "checkpoint.json"]);
  const result = await runTrainKdvPipeline(config, createProgress({ quiet: v.quiet }));
  const files = writeKdvOutputs(config, result);
  if (v.json) {
    const { frames, nmse, seconds } = result;
    io.out.write(`${JSON.stringify({ frames, nmse, seconds })}\n`);
    return 0;
  }
  io.out.write(
    `${metricTable(result)}\n\n${result.seconds.toFixed(0)} s in total; wrote ${files.join(", ")}\n`,
  );
  return 0;
});
