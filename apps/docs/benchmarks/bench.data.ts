import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type BenchFile, benchFile } from "../.vitepress/theme/lib/bench-tables.js";

// Build-time data loader. The page renders the committed snapshots in benchmarks/results/<package>/*.json
// (copies of `pnpm bench` output: each file names its machine, load and date), so a fresh clone shows
// real tables. A local `pnpm bench` run writes packages/*/bench-results/*.json (gitignored); those
// replace the snapshot of the same name and are marked "local run".
const here = dirname(fileURLToPath(import.meta.url));
const committed = join(here, "results");
const packages = resolve(here, "../../../packages");

export interface BenchData {
  files: BenchFile[];
  errors: string[];
}

declare const data: BenchData;

export { data };

/** Every `<dir>/<package>/<sub>/*.json`, as [package, file name, path]. */
function jsonFiles(dir: string, sub: string): [string, string, string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((pkg) => {
      const d = join(dir, pkg, sub);
      if (!existsSync(d)) return [];
      return readdirSync(d)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f): [string, string, string] => [pkg, f, join(d, f)]);
    });
}

export default {
  watch: ["./results/*/*.json", "../../../packages/*/bench-results/*.json"],
  load(): BenchData {
    const byName = new Map<string, BenchFile>();
    const errors: string[] = [];
    const read = (list: [string, string, string][], label: string) => {
      for (const [pkg, file, path] of list) {
        try {
          const parsed = benchFile(pkg, file, JSON.parse(readFileSync(path, "utf8")));
          byName.set(
            `${pkg}/${file}`,
            label ? { ...parsed, meta: [["source", label], ...parsed.meta] } : parsed,
          );
        } catch (e) {
          errors.push(`${path}: ${(e as Error).message}`);
        }
      }
    };
    read(jsonFiles(committed, ""), "");
    read(jsonFiles(packages, "bench-results"), "local run (packages/*/bench-results)");
    return { files: [...byName.values()], errors };
  },
};
