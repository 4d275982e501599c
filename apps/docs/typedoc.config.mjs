// @ts-check
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// API reference: one Markdown page per workspace package (typedoc-plugin-markdown) into api/,
// rendered by VitePress. One TypeScript program for all packages (tsconfig.api.json), which is
// about 3× faster than TypeDoc's per-package mode. Packages whose index is still empty are
// skipped; browser-harness is test tooling, not a library API.
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../packages");
const SKIP = new Set(["browser-harness"]);
const entryPoints = readdirSync(root)
  .filter((p) => !SKIP.has(p))
  .map((p) => join(root, p, "src", "index.ts"))
  .filter((f) => existsSync(f) && readFileSync(f, "utf8").replace(/\s/g, "") !== "export{};");

/** @type {Partial<import("typedoc").TypeDocOptions & import("typedoc-plugin-markdown").PluginOptions>} */
export default {
  entryPoints,
  entryPointStrategy: "resolve",
  tsconfig: join(here, "tsconfig.api.json"),
  plugin: ["typedoc-plugin-markdown", join(here, "typedoc-module-names.mjs")],
  out: join(here, "api"),
  cleanOutputDir: true,
  readme: "none",
  name: "API reference",
  entryFileName: "index.md",
  outputFileStrategy: "modules",
  hideBreadcrumbs: true,
  hidePageHeader: true,
  useCodeBlocks: true,
  parametersFormat: "table",
  interfacePropertiesFormat: "table",
  skipErrorChecking: true,
  excludePrivate: true,
  excludeInternal: true,
  excludeExternals: true,
  disableSources: true,
  sanitizeComments: true,
  logLevel: "Error",
};
