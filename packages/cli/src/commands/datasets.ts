/** `mechanist datasets`: the built-in systems and data sets. */
import { listDatasets } from "@mechanist/datasets";
import { SYSTEM_ALIASES } from "../data.js";
import type { CommandSpec } from "../spec/command.js";
import { defineCommand } from "../spec/define.js";
import { bool } from "../spec/flags.js";

const FLAGS = { json: bool({ help: "print [{name, kind, description}, ...] as JSON" }) };

export const DATASETS = {
  name: "datasets",
  summary: "list the built-in systems and data sets",
  description: "Lists the built-in systems (usable with `mechanist discover --system <name>`) and data sets.",
  flags: FLAGS,
} satisfies CommandSpec<typeof FLAGS>;

export const datasetsCommand = defineCommand(DATASETS, async ({ values }, io) => {
  const all = listDatasets();
  if (values.json) {
    io.out.write(
      `${JSON.stringify(all.map((d) => ({ name: d.name, kind: d.kind, description: d.description })))}\n`,
    );
    return 0;
  }
  const aliases = Object.entries(SYSTEM_ALIASES).filter(([a, n]) => a !== n);
  const width = all.reduce((w, d) => Math.max(w, d.name.length), 0);
  for (const d of all) {
    const alias = aliases.filter(([, n]) => n === d.name).map(([a]) => a);
    io.out.write(
      `${d.name.padEnd(width)}  ${d.kind}  ${d.description.split(";")[0]?.split(". ")[0]}${alias.length ? ` (alias: ${alias.join(", ")})` : ""}\n`,
    );
  }
  return 0;
});
