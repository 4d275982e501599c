// @ts-check
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// API reference: one Markdown page per public entry point (every path of each published package's
// "exports" map: main entries and subpaths such as @mechanist/neurlp/conformance or @mechanist/viz/node),
// rendered by VitePress. One TypeScript program for all packages (tsconfig.api.json), which is about 3×
// faster than TypeDoc's per-package mode. Private packages (test tooling) are not a library API.
// packages/release-check/test/api-docs.test.ts fails when an exported function or class has no doc comment.
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../packages");
const entryPoints = readdirSync(root).flatMap((p) => {
  const file = join(root, p, "package.json");
  if (!existsSync(file)) return [];
  const pkg = JSON.parse(readFileSync(file, "utf8"));
  if (pkg.private) return [];
  return Object.values(pkg.exports ?? {}).map((target) => join(root, p, target.source));
});

/** @type {Partial<import("typedoc").TypeDocOptions & import("typedoc-plugin-markdown").PluginOptions>} */
export default {
  entryPoints,
  entryPointStrategy: "resolve",
  tsconfig: join(here, "tsconfig.api.json"),
  plugin: [
    "typedoc-plugin-markdown",
    join(here, "typedoc-module-names.mjs"),
    join(here, "typedoc-unique-anchors.mjs"),
  ],
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
  // Headings carry the anchor TypeDoc links to ({#id}, which VitePress keeps), so a link never depends on
  // VitePress slugging the same heading sequence the same way (it does not: "MechanisticBlock.options"
  // and the interface MechanisticBlockOptions slug alike, and only TypeDoc counts both).
  useCustomAnchors: true,
  logLevel: "Error",
};
