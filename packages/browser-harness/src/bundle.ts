import { dirname } from "node:path";
import { build } from "esbuild";
import { BrowserHarnessError } from "./errors.js";

export interface BundleOptions {
  /** Absolute path of the module whose exported `run()` the page calls. */
  entry: string;
  /** Import specifier → replacement (a package name or an absolute path), passed to esbuild. */
  alias?: Record<string, string>;
  /** Specifiers left as runtime imports (never executed in the page). Default: `node:*`. */
  external?: string[];
  /** Package-export conditions, in addition to esbuild's browser defaults. Default: ["source"]. */
  conditions?: string[];
  /** Compile-time constants, e.g. `{ "process.env.NODE_ENV": '"test"' }`. */
  define?: Record<string, string>;
}

/**
 * Bundle `entry` into one browser ES module that stores its `run` export on `globalThis`. The
 * "source" condition makes workspace packages resolve to their TypeScript sources, as in tests.
 */
export async function bundleEntry(options: BundleOptions): Promise<string> {
  const { entry } = options;
  const result = await build({
    stdin: {
      contents: `import * as m from ${JSON.stringify(entry)};\nglobalThis.__harnessModule = m;\n`,
      resolveDir: dirname(entry),
      sourcefile: "harness-entry.js",
      loader: "js",
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: options.conditions ?? ["source"],
    alias: options.alias,
    external: options.external ?? ["node:*"],
    define: { "process.env.NODE_ENV": '"test"', ...options.define },
    logLevel: "silent",
  }).catch((err: unknown) => {
    throw new BrowserHarnessError(`esbuild could not bundle ${entry}: ${(err as Error).message}`);
  });
  const out = result.outputFiles[0];
  if (!out) throw new BrowserHarnessError(`esbuild produced no output for ${entry}`);
  return out.text;
}
