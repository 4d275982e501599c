import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type BenchFile, benchFile } from "../.vitepress/theme/lib/bench-tables.js";

// Build-time data loader: reads packages/*/bench-results/*.json (written by `pnpm bench`,
// gitignored). With no results the page says how to produce them; the build never needs them.
const packages = resolve(dirname(fileURLToPath(import.meta.url)), "../../../packages");

export interface BenchData {
  files: BenchFile[];
  errors: string[];
}

declare const data: BenchData;

export { data };

export default {
  watch: ["../../../packages/*/bench-results/*.json"],
  load(): BenchData {
    const files: BenchFile[] = [];
    const errors: string[] = [];
    for (const pkg of existsSync(packages) ? readdirSync(packages).sort() : []) {
      const dir = join(packages, pkg, "bench-results");
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()) {
        try {
          files.push(benchFile(pkg, file, JSON.parse(readFileSync(join(dir, file), "utf8"))));
        } catch (e) {
          errors.push(`packages/${pkg}/bench-results/${file}: ${(e as Error).message}`);
        }
      }
    }
    return { files, errors };
  },
};
