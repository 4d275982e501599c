/** `mechanist backends`: the NeuRLP backends registered now and the backend packages installed. */
import { listBackends } from "@mechanist/neurlp";
import { installedBackends } from "../backends.js";
import type { CommandSpec } from "../spec/command.js";
import { defineCommand } from "../spec/define.js";
import { bool } from "../spec/flags.js";

const FLAGS = {
  json: bool({ help: 'print {"registered": [...], "installed": [{"name", "package", "version"}]}' }),
};

export const BACKENDS = {
  name: "backends",
  summary: "list the registered and installed NeuRLP backends",
  description:
    'Lists the NeuRLP backends: "registered" ones can be used now (cpu is built in); "installed" ones are\n' +
    "@mechanist/neurlp-NAME packages found from this directory or next to the CLI, usable as --backend NAME\n" +
    "(loaded only when named). Any module that registers a backend: --backend-module SPECIFIER.",
  flags: FLAGS,
} satisfies CommandSpec<typeof FLAGS>;

export const backendsCommand = defineCommand(BACKENDS, async ({ values }, io) => {
  const registered = listBackends();
  const installed = installedBackends();
  if (values.json) {
    io.out.write(`${JSON.stringify({ registered, installed })}\n`);
    return 0;
  }
  io.out.write(`registered: ${registered.join(", ")}\n`);
  io.out.write(installed.length === 0 ? "installed: none (npm i @mechanist/neurlp-NAME)\n" : "installed:\n");
  for (const b of installed)
    io.out.write(`  ${b.name.padEnd(10)} ${b.package}@${b.version}  (--backend ${b.name})\n`);
  return 0;
});
