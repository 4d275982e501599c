export { type BundleOptions, bundleEntry } from "./bundle.js";
export {
  DEFAULT_ARGS,
  DEFAULT_CHROMIUM,
  findChromium,
  type LaunchOptions,
  launchChromium,
} from "./chromium.js";
export { BrowserHarnessError } from "./errors.js";
export { type BrowserRun, type RunOptions, runInBrowser } from "./run.js";
export type { ServeOptions } from "./server.js";

/** Absolute path of the `vitest` → `expect` shim, for `alias: { vitest: EXPECT_SHIM }`. */
export const EXPECT_SHIM: string = new URL(
  import.meta.url.endsWith(".ts") ? "./expect-shim.ts" : "./expect-shim.js",
  import.meta.url,
).pathname;
