/** `mechanist dataset NAME`: generates a registered ODE dataset as the CSV that `discover --data` reads. */
import { writeFileSync } from "node:fs";
import {
  type GenerateOptions,
  InvalidArgumentError,
  listDatasets,
  loadDataset,
  type Trajectory,
  toCsv,
} from "@mechanist/datasets";
import { listFlag, numberFlag, parse, stringFlag } from "../args.js";
import { UsageError } from "../errors.js";

export const DATASET_HELP = `Usage: mechanist dataset NAME [options]

Generates the ODE dataset NAME (see \`mechanist datasets\`) with DOPRI5 (rtol 1e-10) on a uniform grid
and writes CSV with header \`t,<variables>\` (the format \`mechanist discover --data\` reads).

Options (defaults: the system's own)
  --t0 T0            start time
  --t1 T1            end time (included)
  --dt DT            sampling interval; (t1 - t0)/dt must be a whole number
  --x0 a,b,c         initial state, one number per variable
  --param k=v,...    parameter overrides, e.g. sigma=10,rho=28
  --noise LEVEL      relative Gaussian noise (σ = LEVEL × std of each variable; default 0)
  --seed S           noise seed (default 0)
  --out FILE.csv     write to FILE instead of stdout

Example
  mechanist dataset lorenz --t1 10 --param rho=28 --noise 0.01 --out lorenz.csv
`;

function paramsFlag(value: string | boolean | undefined): Record<string, number> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "")
    throw new UsageError("--param needs name=value pairs, e.g. --param sigma=10,rho=28");
  const params: Record<string, number> = {};
  for (const pair of value.split(",")) {
    const [key, raw, ...extra] = pair.split("=");
    const v = Number(raw);
    if (!key?.trim() || raw === undefined || extra.length > 0 || raw.trim() === "" || !Number.isFinite(v))
      throw new UsageError(`--param: "${pair}" is not name=number (expected e.g. sigma=10,rho=28)`);
    params[key.trim()] = v;
  }
  return params;
}

export async function runDataset(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse("dataset", argv, {
    t0: { type: "string" },
    t1: { type: "string" },
    dt: { type: "string" },
    x0: { type: "string" },
    param: { type: "string" },
    noise: { type: "string" },
    seed: { type: "string" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    out.write(DATASET_HELP);
    return 0;
  }
  const odeNames = listDatasets()
    .filter((d) => d.kind === "ode")
    .map((d) => d.name);
  if (positionals.length !== 1)
    throw new UsageError(
      `dataset: expected one dataset NAME (got ${positionals.length}); available: ${odeNames.join(", ")}`,
    );
  const name = positionals[0];
  if (!odeNames.includes(name)) {
    const pde = listDatasets().some((d) => d.name === name && d.kind === "pde");
    throw new UsageError(
      `dataset: ${pde ? `"${name}" is a PDE dataset (load it with loadDataset from @mechanist/datasets); this command writes ODE datasets` : `unknown ODE dataset "${name}"`}; available: ${odeNames.join(", ")}`,
    );
  }
  const given = {
    t0: numberFlag("t0", values.t0),
    t1: numberFlag("t1", values.t1),
    dt: numberFlag("dt", values.dt, { min: Number.MIN_VALUE }),
    x0: listFlag("x0", values.x0),
    params: paramsFlag(values.param),
    noise: numberFlag("noise", values.noise, { min: 0 }),
    seed: numberFlag("seed", values.seed, { integer: true }),
  };
  // Flags not given stay absent so that the system's defaults apply.
  const options: GenerateOptions = Object.fromEntries(
    Object.entries(given).filter(([, v]) => v !== undefined),
  );
  let data: Trajectory;
  try {
    data = loadDataset(name, options);
  } catch (e) {
    // Wrong x0 length, unknown parameter, grid that does not divide: the user's command line to fix.
    if (e instanceof InvalidArgumentError) throw new UsageError(`dataset: ${e.message}`);
    throw e;
  }
  const csv = toCsv({ t: data.t, x: data.x, names: data.names });
  const file = stringFlag(values.out);
  if (file) writeFileSync(file, csv);
  else out.write(csv);
  return 0;
}
