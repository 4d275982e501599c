/**
 * Every `mechanist` command, in the order `mechanist --help` lists them. A new command is a file in this folder
 * exporting `defineCommand(spec, run)` plus one line here.
 */
import type { Command } from "../spec/define.js";
import { backendsCommand } from "./backends.js";
import { datasetCommand } from "./dataset.js";
import { datasetsCommand } from "./datasets.js";
import { discoverCommand } from "./discover.js";
import { forecastCommand } from "./forecast.js";
import { solveCommand } from "./solve.js";
import { trainCommand } from "./train.js";

export const COMMANDS: readonly Command[] = [
  discoverCommand,
  solveCommand,
  forecastCommand,
  datasetsCommand,
  datasetCommand,
  trainCommand,
  backendsCommand,
];

/** Own-property lookup by name (a plain-object table would answer "constructor" or "__proto__"). */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.spec.name === name);
}
