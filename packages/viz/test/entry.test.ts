import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The browser entry must not reach fs or the native rasteriser; only src/node.ts may.
describe("browser entry", () => {
  it("no module other than node.ts imports node: builtins or resvg", () => {
    const dir = join(import.meta.dirname, "../src");
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && f !== "node.ts")
      .filter((f) => /from "(node:|@resvg|dejavu)/.test(readFileSync(join(dir, f), "utf8")));
    expect(offenders).toEqual([]);
    expect(readFileSync(join(dir, "index.ts"), "utf8")).not.toContain("./node.js");
  });
});
