import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// Users' bundlers minify and rename classes; an error's `name` must survive that, or a browser user reads
// "le: not linear in u" instead of "EquationError: not linear in u". Each package's errors name themselves.
const PACKAGES = ["autodiff", "datasets", "neurlp", "mechanistic", "cli", "neurlp-webgpu"].map(
  (p) => `@mechanist/${p}`,
);

const ENTRY = `${PACKAGES.map((p, i) => `import * as m${i} from ${JSON.stringify(p)};`).join("\n")}
const modules = { ${PACKAGES.map((p, i) => `${JSON.stringify(p)}: m${i}`).join(", ")} };
export const names = {};
for (const [pkg, mod] of Object.entries(modules))
  for (const [key, value] of Object.entries(mod))
    if (typeof value === "function" && value.prototype instanceof Error)
      names[pkg + " " + key] = new value("message", "source", 0).name;`;

describe("error names in a minified browser bundle", () => {
  it("every exported error class keeps its own name", async () => {
    const result = await build({
      stdin: { contents: ENTRY, resolveDir: import.meta.dirname },
      bundle: true,
      minify: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]!.text;
    const { names } = (await import(
      `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`
    )) as {
      names: Record<string, string>;
    };
    const entries = Object.entries(names);
    expect(entries.length).toBeGreaterThan(25);
    for (const [key, name] of entries) expect(name, key).toBe(key.split(" ")[1]);
  });
});
