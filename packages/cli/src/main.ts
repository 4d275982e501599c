/** Command dispatch for `mechanist`. Returns the exit code: 0 ok, 1 failure, 2 bad command line. */
import { readFileSync } from "node:fs";
import { runDataset } from "./commands/dataset.js";
import { runDatasets } from "./commands/datasets.js";
import { runDiscover } from "./commands/discover.js";
import { runForecast } from "./commands/forecast.js";
import { runSolve } from "./commands/solve.js";
import { UsageError } from "./errors.js";

export const HELP = `Usage: mechanist <command> [options]

Mechanistic Neural Networks in TypeScript: equation discovery, ODE solving and forecasting with NeuRLP.

Commands
  discover    discover governing equations from data (default: Lorenz, clean)
  solve       solve a linear ODE given on the command line
  forecast    train a forecaster on a built-in system and roll it out
  datasets    list the built-in systems and data sets
  dataset     generate a built-in ODE dataset as CSV (mechanist dataset lorenz --t1 10 --out l.csv)

Options
  -h, --help     show help (also \`mechanist <command> --help\`)
  -v, --version  print the version

Examples
  mechanist discover
  mechanist discover --system lotka-volterra --noise 0.01 --json
  mechanist solve "u'' + 0.3u' + 4u = 0" --init u=1,u'=0 --t 0:10:0.01
`;

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

const COMMANDS: Record<string, (argv: string[], out: NodeJS.WritableStream) => Promise<number>> = {
  discover: runDiscover,
  solve: runSolve,
  forecast: runForecast,
  datasets: runDatasets,
  dataset: runDataset,
};

export async function main(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      out.write(HELP);
      return 0;
    }
    if (command === "-v" || command === "--version") {
      out.write(`${version()}\n`);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run)
      throw new UsageError(
        `unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(", ")} (see mechanist --help)`,
      );
    return await run(rest, out);
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`mechanist: ${e.message}\n`);
      return 2;
    }
    const error = e as Error;
    err.write(`mechanist: ${error.name ?? "Error"}: ${error.message}\n`);
    return 1;
  }
}
