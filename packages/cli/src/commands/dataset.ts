/** `mechanist dataset NAME`: generates a registered ODE dataset as the CSV that `discover --data` reads. */
import {
  type GenerateOptions,
  listDatasets,
  loadDataset,
  matrixToNpy,
  type SystemTrajectory,
  toCsv,
  toJson,
  writeNpy,
} from "@mechanist/datasets";
import { MAX_MEMORY_FLAG } from "../budget.js";
import { generationError } from "../data.js";
import { UsageError } from "../errors.js";
import { checkOutputFile, outputFormat, writeOutputFile } from "../output.js";
import type { CommandSpec } from "../spec/command.js";
import { defineCommand } from "../spec/define.js";
import { keyValues, num, numList, text } from "../spec/flags.js";

const FLAGS = {
  t0: num({ arg: "T0", help: "start time" }),
  t1: num({ arg: "T1", help: "end time (included)" }),
  dt: num({ arg: "DT", positive: true, help: "sampling interval; (t1 - t0)/dt must be a whole number" }),
  x0: numList({ arg: "a,b,c", help: "initial state, one number per variable" }),
  param: keyValues({ arg: "k=v,...", help: "parameter overrides, e.g. sigma=10,rho=28" }),
  noise: num({
    arg: "LEVEL",
    min: 0,
    help: "relative Gaussian noise (σ = LEVEL × std of each variable)",
    default: 0,
  }),
  seed: num({ arg: "S", integer: true, min: 0, help: "noise seed", default: 0 }),
  out: text({
    arg: "FILE",
    help: "write to FILE instead of stdout, in the format of its extension: .csv, .json ({names,t,x}) or .npy ([samples, 1 + variables], column 0 = t); each is what discover --data reads",
  }),
  "max-memory": MAX_MEMORY_FLAG,
};

/** The file formats of --out (the three that `discover --data` reads). */
const FORMATS = {
  csv: "header t,<variables>",
  json: "{names, t, x}",
  npy: "[samples, 1 + variables], column 0 = t",
};

function encode(table: { t: number[]; x: number[][]; names: string[] }, format: keyof typeof FORMATS) {
  if (format === "json") return toJson(table);
  if (format === "npy") return writeNpy(matrixToNpy(table.t.map((t, i) => [t, ...(table.x[i] as number[])])));
  return toCsv(table);
}

export const DATASET = {
  name: "dataset",
  summary: "generate a built-in ODE dataset as CSV (mechanist dataset lorenz --t1 10 --out l.csv)",
  positionals: { name: "NAME", min: 1, max: 1 },
  description: `Generates the ODE dataset NAME (see \`mechanist datasets\`) with DOPRI5 (rtol 1e-10) on a uniform grid
and writes CSV with header \`t,<variables>\` (the format \`mechanist discover --data\` reads).
Flags not given take the system's own defaults.`,
  flags: FLAGS,
  examples: ["mechanist dataset lorenz --t1 10 --param rho=28 --noise 0.01 --out lorenz.csv"],
} satisfies CommandSpec<typeof FLAGS>;

export const datasetCommand = defineCommand(DATASET, async ({ values: v, positionals, given }, io) => {
  const odeNames = listDatasets()
    .filter((d) => d.kind === "ode")
    .map((d) => d.name);
  const name = positionals[0] as string;
  if (!odeNames.includes(name)) {
    const pde = listDatasets().some((d) => d.name === name && d.kind === "pde");
    throw new UsageError(
      `dataset: ${pde ? `"${name}" is a PDE dataset (load it with loadDataset from @mechanist/datasets); this command writes ODE datasets` : `unknown ODE dataset "${name}"`}; available: ${odeNames.join(", ")}`,
    );
  }
  const format = v.out === undefined ? "csv" : outputFormat("out", v.out, FORMATS);
  if (v.out !== undefined) checkOutputFile("out", v.out);
  // Flags not given stay absent so that the system's defaults apply.
  const options: GenerateOptions = {
    ...(v.t0 !== undefined ? { t0: v.t0 } : {}),
    ...(v.t1 !== undefined ? { t1: v.t1 } : {}),
    ...(v.dt !== undefined ? { dt: v.dt } : {}),
    ...(v.x0 !== undefined ? { x0: v.x0 } : {}),
    ...(v.param !== undefined ? { params: v.param } : {}),
    ...(given.has("noise") ? { noise: v.noise } : {}),
    ...(given.has("seed") ? { seed: v.seed } : {}),
    // About 400 bytes per sample and variable: the trajectory, the clean copy and the CSV text.
    maxSamples: Math.floor((v["max-memory"] * 2 ** 20) / (400 * 4)),
  };
  let data: SystemTrajectory;
  try {
    data = loadDataset(name, options);
  } catch (e) {
    // Wrong x0 length, unknown parameter, a grid that does not divide, a blow-up: the command line to fix.
    throw generationError("dataset", e, "--param");
  }
  const table = { t: data.t, x: data.x, names: data.names };
  if (v.out === undefined) io.out.write(toCsv(table));
  else writeOutputFile("out", v.out, encode(table, format));
  return 0;
});
