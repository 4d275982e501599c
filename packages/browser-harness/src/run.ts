import type { Browser } from "playwright-core";
import { type BundleOptions, bundleEntry } from "./bundle.js";
import { findChromium, launchChromium } from "./chromium.js";
import { BrowserHarnessError } from "./errors.js";
import { type ServeOptions, servePage } from "./server.js";

export interface RunOptions extends BundleOptions, ServeOptions {
  /** Whole run (bundle, launch, page, `run()`), default 120 s. */
  timeoutMs?: number;
  /** Extra Chromium flags, appended to `DEFAULT_ARGS`. */
  args?: string[];
  /** Chromium binary (default: `findChromium()`). */
  executablePath?: string;
  /** Argument passed to the page's `run(input)`; must be JSON-serialisable. */
  input?: unknown;
}

export interface BrowserRun<T = unknown> {
  /** What the page's `run()` resolved to, through JSON. */
  result: T;
  /** `console.error` messages and uncaught page errors, in order. */
  errors: string[];
  /** Every console message, `type: text`. */
  console: string[];
  /** `navigator.userAgent` of the page. */
  userAgent: string;
}

/**
 * Bundle `entry` with esbuild, serve it on 127.0.0.1, open it in headless Chromium (playwright-core
 * driving the system Chromium), call the module's exported `run(input)` and return its JSON result.
 * A missing `run`, a thrown error or a timeout is a `BrowserHarnessError` carrying the console log.
 */
export async function runInBrowser<T = unknown>(options: RunOptions): Promise<BrowserRun<T>> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const executablePath = options.executablePath ?? findChromium();
  const bundle = await bundleEntry(options);
  const server = await servePage(bundle, options);
  const errors: string[] = [];
  const log: string[] = [];
  let browser: Browser | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const work = (async () => {
    browser = await launchChromium({ executablePath, args: options.args, timeoutMs });
    const page = await browser.newPage();
    page.on("console", (msg) => {
      log.push(`${msg.type()}: ${msg.text()}`);
      if (msg.type() === "error") errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(`uncaught: ${err.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => "__harnessModule" in globalThis, undefined, { timeout: timeoutMs });
    const outcome = await page.evaluate(async (input) => {
      const m = (globalThis as unknown as { __harnessModule: Record<string, unknown> }).__harnessModule;
      if (typeof m.run !== "function")
        return { ok: false, error: "the entry module exports no run() function" };
      try {
        const value = await (m.run as (x: unknown) => unknown)(input);
        return { ok: true, json: JSON.stringify(value ?? null) };
      } catch (err) {
        const e = err as Error;
        return { ok: false, error: `${e?.name ?? "Error"}: ${e?.message ?? String(err)}\n${e?.stack ?? ""}` };
      }
    }, options.input ?? null);
    const userAgent = await page.evaluate(() => navigator.userAgent);
    if (!outcome.ok) {
      throw new BrowserHarnessError(
        `run() failed in Chromium: ${outcome.error}\nconsole:\n${log.join("\n")}`,
      );
    }
    return { result: JSON.parse(outcome.json as string) as T, errors, console: log, userAgent };
  })();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new BrowserHarnessError(
            `runInBrowser timed out after ${timeoutMs} ms (${options.entry})\nconsole:\n${log.join("\n")}`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (err) {
    if (err instanceof BrowserHarnessError) throw err;
    throw new BrowserHarnessError(`runInBrowser(${options.entry}): ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await server.close();
  }
}
