/** `mechanist datasets`: the built-in systems and data sets. */
import { listDatasets } from "@mechanist/datasets";
import { parse } from "../args.js";
import { SYSTEM_ALIASES } from "../data.js";
import { UsageError } from "../errors.js";

export const DATASETS_HELP = `Usage: mechanist datasets [--json]

Lists the built-in systems (usable with \`mechanist discover --system <name>\`) and data sets.
`;

export async function runDatasets(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse("datasets", argv, {
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    out.write(DATASETS_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`datasets: unexpected argument "${positionals[0]}"`);
  const all = listDatasets();
  if (values.json) {
    out.write(
      `${JSON.stringify(all.map((d) => ({ name: d.name, kind: d.kind, description: d.description })))}\n`,
    );
    return 0;
  }
  const aliases = Object.entries(SYSTEM_ALIASES).filter(([a, n]) => a !== n);
  const width = Math.max(...all.map((d) => d.name.length));
  for (const d of all) {
    const alias = aliases.filter(([, n]) => n === d.name).map(([a]) => a);
    out.write(
      `${d.name.padEnd(width)}  ${d.kind}  ${d.description.split(";")[0].split(". ")[0]}${alias.length ? ` (alias: ${alias.join(", ")})` : ""}\n`,
    );
  }
  return 0;
}
