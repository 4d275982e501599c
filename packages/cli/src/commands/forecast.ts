/** `mechanist forecast`: train a MechanisticForecaster on a built-in system (or a data file) and roll it out. */
import {
  linearAutoregression,
  linearExtrapolation,
  MechanisticForecaster,
  normalizedMSE,
  persistenceForecast,
} from "@mechanist/mechanistic";
import { backendFlags, resolveBackend } from "../backends.js";
import { DATA_SOURCE_FLAGS, loadFile, loadSystem } from "../data.js";
import { UsageError } from "../errors.js";
import { checkOutputFile } from "../output.js";
import { createProgress } from "../progress.js";
import type { CommandSpec } from "../spec/command.js";
import { defineCommand } from "../spec/define.js";
import { bool, num, text } from "../spec/flags.js";
import { requireFinite, requireUniformSteps, validateSeries } from "../validate.js";

const FLAGS = {
  system: { ...DATA_SOURCE_FLAGS.system, defaultText: "damped-oscillator" },
  data: { ...DATA_SOURCE_FLAGS.data, help: ".csv / .json / .npy series instead" },
  noise: DATA_SOURCE_FLAGS.noise,
  seed: DATA_SOURCE_FLAGS.seed,
  lookback: num({
    section: "Model",
    integer: true,
    min: 2,
    help: "samples read per prediction",
    default: 16,
  }),
  // The prediction is an ODE solution on horizon + 1 grid points, and the solver's rows need at least three.
  horizon: num({ section: "Model", integer: true, min: 2, help: "samples predicted per step", default: 8 }),
  steps: num({ section: "Model", integer: true, min: 1, help: "rollout length", defaultText: "2 × horizon" }),
  epochs: num({
    section: "Model",
    integer: true,
    min: 0,
    max: 100_000,
    help: "training epochs",
    default: 30,
  }),
  lr: num({ section: "Model", positive: true, max: 10, help: "Adam learning rate", defaultText: "0.003" }),
  ...backendFlags("Model"),
  checkpoint: text({ arg: "<file>", section: "Output", help: "checkpoint after every epoch" }),
  resume: bool({ section: "Output", help: "continue from --checkpoint" }),
  json: bool({ section: "Output", help: "machine-readable output" }),
  quiet: bool({ section: "Output", help: "no progress output" }),
};

export const FORECAST = {
  name: "forecast",
  summary: "train a forecaster on a built-in system and roll it out",
  description: `Trains a Mechanistic forecaster (sliding windows → per-channel ODE via NeuRLP) on the first part of a series and
rolls it out autoregressively over the rest; reports the normalised MSE ‖pred − true‖² / ‖true‖².`,
  flags: FLAGS,
  examples: ["mechanist forecast --system damped-oscillator --epochs 20"],
} satisfies CommandSpec<typeof FLAGS>;

export const forecastCommand = defineCommand(FORECAST, async ({ values: v, given }, io) => {
  const { lookback, horizon, epochs } = v;
  const seed = v.seed ?? 0;
  const steps = v.steps ?? 2 * horizon;
  if (v.resume && v.checkpoint === undefined) throw new UsageError("--resume needs --checkpoint <file>");
  if (v.checkpoint !== undefined) checkOutputFile("checkpoint", v.checkpoint, true);
  if (given.has("data") && given.has("system"))
    throw new UsageError("use either --system or --data, not both");
  const data = v.data
    ? await loadFile(v.data)
    : loadSystem(v.system ?? "damped-oscillator", { noise: v.noise, seed });
  if (v.data !== undefined) {
    validateSeries(data, v.data);
    requireUniformSteps(data.t, v.data);
  }
  const n = data.x.length;
  const split = n - steps;
  if (split < lookback + horizon + 1)
    throw new UsageError(
      `the series has ${n} samples: too short for --lookback ${lookback}, --horizon ${horizon} and --steps ${steps}`,
    );
  const backend = await resolveBackend(v.backend, v["backend-module"]);
  const progress = createProgress({ quiet: v.quiet });
  const start = performance.now();
  const forecaster = new MechanisticForecaster(data.names.length, { lookback, horizon, seed, backend });
  const history = data.x.slice(0, split);
  // the async variants await only on asynchronous backends (identical results on synchronous ones)
  const result = await forecaster.fitAsync(history, {
    epochs,
    lr: v.lr,
    checkpoint: v.checkpoint,
    resume: v.resume,
    onEpoch: (e) =>
      progress.update(
        "training",
        e.epoch / e.epochs,
        `epoch ${e.epoch}/${e.epochs} train ${e.trainLoss.toExponential(3)}${e.validationLoss !== null ? ` val ${e.validationLoss.toExponential(3)}` : ""}`,
      ),
  });
  progress.done();
  const prediction = await forecaster.rolloutAsync(history, steps);
  const truth = data.x.slice(split, split + steps);
  const nmse = normalizedMSE(prediction, truth);
  requireFinite([nmse, ...prediction.flat()], "the forecast", "training diverged; lower --lr or --epochs");
  const persistence = normalizedMSE(persistenceForecast(history, steps), truth);
  const linear = normalizedMSE(linearExtrapolation(history, steps), truth);
  let autoregression: number | null = null;
  try {
    autoregression = normalizedMSE(linearAutoregression(history, steps, lookback), truth);
  } catch {
    autoregression = null; // history too short for the regression
  }
  const wallTimeMs = Math.round(performance.now() - start);
  if (v.json) {
    io.out.write(
      `${JSON.stringify({ source: data.name, variables: data.names, nmse, persistenceNmse: persistence, linearExtrapolationNmse: linear, linearAutoregressionNmse: autoregression, prediction, truth, history: result.history, wallTimeMs })}\n`,
    );
    return 0;
  }
  io.out.write(
    `Mechanistic forecaster on ${data.name}: trained on ${split} samples (${result.history.length} epochs, best epoch ${result.bestEpoch}), rolled out ${steps} samples\n`,
  );
  io.out.write(
    `  normalised MSE ${nmse.toExponential(3)}; baselines: persistence ${persistence.toExponential(3)}, linear extrapolation ${linear.toExponential(3)}, linear AR(${lookback}) ${autoregression === null ? "n/a" : autoregression.toExponential(3)}\n`,
  );
  io.out.write(`  wall time ${(wallTimeMs / 1000).toFixed(2)} s\n`);
  return 0;
});
