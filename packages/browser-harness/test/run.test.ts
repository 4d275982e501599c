import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BrowserHarnessError, EXPECT_SHIM, findChromium, runInBrowser } from "../src/index.js";

const page = fileURLToPath(new URL("./fixtures/page.ts", import.meta.url));

describe("runInBrowser", () => {
  it("finds Chromium (run `bash scripts/setup-system.sh` if this fails)", () => {
    expect(findChromium()).toMatch(/chromium/);
  });

  it("runs the page's run() in Chromium, returns its JSON, captures console errors", async () => {
    const out = await runInBrowser<{
      caught: string;
      hasWebGPU: boolean;
      hasAdapter: boolean;
      secureContext: boolean;
      crossOriginIsolated: boolean;
    }>({
      entry: page,
      alias: { vitest: EXPECT_SHIM },
      timeoutMs: 60_000,
    });
    expect(out.userAgent).toMatch(/Chrome/);
    expect(out.result.caught).toMatch(/three is small/);
    expect(out.result.hasWebGPU).toBe(true);
    expect(out.result.hasAdapter).toBe(true);
    expect(out.result.secureContext).toBe(true); // WebGPU needs it: 127.0.0.1 over http is one
    expect(out.result.crossOriginIsolated).toBe(false);
    expect(out.errors).toContain("a console error from the page");
  });

  it("crossOriginIsolated serves the page isolated (SharedArrayBuffer) and extra files beside the bundle", async () => {
    const out = await runInBrowser<{
      crossOriginIsolated: boolean;
      sharedArrayBuffer: boolean;
      extra: string;
    }>({
      entry: page,
      alias: { vitest: EXPECT_SHIM },
      input: { fetch: "/extra.js" },
      files: { "/extra.js": "export const answer = 42;" },
      crossOriginIsolated: true,
      timeoutMs: 60_000,
    });
    expect(out.result.crossOriginIsolated).toBe(true);
    expect(out.result.sharedArrayBuffer).toBe(true);
    expect(out.result.extra).toBe("export const answer = 42;");
  });

  it("turns an error thrown by run() into a BrowserHarnessError with the message", async () => {
    const err = await runInBrowser({
      entry: page,
      alias: { vitest: EXPECT_SHIM },
      input: { fail: true },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BrowserHarnessError);
    expect((err as Error).message).toMatch(/TypeError: asked to fail/);
  });

  it("says how to install Chromium when it is missing", () => {
    expect(() => findChromium("/nonexistent/chromium")).toThrow(/bash scripts\/setup-system.sh/);
  });
});
