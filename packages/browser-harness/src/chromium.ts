import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { BrowserHarnessError } from "./errors.js";

/** Debian's Chromium package; `CHROMIUM_PATH` overrides. */
export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/**
 * Flags from design/backends.md §3: a quiet, offline, sandbox-free headless Chromium with WebGPU
 * enabled (headless Chromium gives its bundled SwiftShader adapter). Playwright adds `--headless`
 * and its own profile directory itself, and rejects `--user-data-dir`.
 */
export const DEFAULT_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--enable-unsafe-webgpu",
];

/** The Chromium executable to use, or a `BrowserHarnessError` that says how to install it. */
export function findChromium(path = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM): string {
  if (!existsSync(path)) {
    throw new BrowserHarnessError(
      `Chromium not found at ${path}. Install it with \`bash scripts/setup-system.sh\` (Debian's chromium package; CI runs it) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return path;
}

export interface LaunchOptions {
  /** Extra Chromium flags, appended to `DEFAULT_ARGS`. */
  args?: readonly string[];
  /** Chromium binary (default: `findChromium()`). */
  executablePath?: string;
  /** Launch timeout in ms (playwright's default when omitted). */
  timeoutMs?: number;
}

/** Headless system Chromium with `DEFAULT_ARGS`, driven by playwright-core; close it when done. */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: options.executablePath ?? findChromium(),
    headless: true,
    args: [...DEFAULT_ARGS, ...(options.args ?? [])],
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
  });
}
