import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInBrowser } from "@mechanist/browser-harness";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { publicPackages } from "./packages.js";

// Every main entry must bundle for browsers as users bundle it: esbuild, platform "browser", no
// externals, the published conditions (dist/, no "source"). Node-only code lives in `./node` subpaths.
describe("browser bundles of the main entries", () => {
  for (const pkg of publicPackages()) {
    it(`${pkg.name} bundles with --platform=browser and no externals`, async () => {
      const result = await build({
        stdin: { contents: `export * from ${JSON.stringify(pkg.name)};`, resolveDir: import.meta.dirname },
        bundle: true,
        platform: "browser",
        format: "esm",
        write: false,
        logLevel: "silent",
      });
      expect(result.errors).toEqual([]);
      expect(result.outputFiles[0]!.text).not.toMatch(/from\s*["']node:|import\(["']node:/);
    });
  }

  it("one bundle of all of them runs in Chromium and computes the right numbers", async () => {
    const { result, errors } = await runInBrowser<Record<string, unknown>>({
      entry: fileURLToPath(new URL("./browser/page.ts", import.meta.url)),
      conditions: [],
      external: [],
      timeoutMs: 180_000,
    });
    expect(errors).toEqual([]);
    expect(result.autodiffGrad).toEqual([6]); // d(x²)/dx at 3
    expect(result.cliError).toBe("UsageError");
    expect(result.rk4Decay as number).toBeCloseTo(Math.exp(-1), 9);
    // SINDy on clean Lorenz data finds exactly the true terms, each coefficient within 1%
    const truth: Record<string, number>[] = [
      { x: -10, y: 10 },
      { x: 28, y: -1, "x*z": -1 },
      { z: -8 / 3, "x*y": 1 },
    ];
    const terms = result.sindyTerms as string[];
    (result.sindyCoefficients as number[][]).forEach((row, d) => {
      row.forEach((c, j) => {
        const want = truth[d]![terms[j]!] ?? 0;
        if (want === 0) expect(c).toBe(0);
        else expect(Math.abs(c / want - 1)).toBeLessThan(0.01);
      });
    });
    // second-order scheme at h = 0.01: |u(1) − sin 1| is of order 1e-5
    for (const backend of ["cpu", "tfjs", "gpujs"])
      expect(result[backend] as number).toBeCloseTo(Math.sin(1), 3);
    expect(result.webgpuName).toBe("webgpu-registered");
    expect(result.svgStart).toBe("<svg");
  });

  it("a batched solve split over Web Workers (cross-origin-isolated page) equals the single-thread solve bit for bit", async () => {
    // What an esbuild user does (neurlp's README): bundle dist/workers/entry.js and serve it beside the page's bundle.
    const neurlpDist = dirname(fileURLToPath(import.meta.resolve("@mechanist/neurlp")));
    const worker = await build({
      entryPoints: [join(neurlpDist, "workers/entry.js")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    const { result, errors } = await runInBrowser<Record<string, number | boolean>>({
      entry: fileURLToPath(new URL("./browser/workers-page.ts", import.meta.url)),
      conditions: [],
      external: [],
      files: { "/entry.js": worker.outputFiles[0]!.text },
      crossOriginIsolated: true,
      timeoutMs: 120_000,
    });
    expect(errors).toEqual([]);
    expect(result.isolated).toBe(true);
    expect(result.uDiff).toBe(0);
    expect(result.gDiff).toBe(0);
    expect(result.gradNorm as number).toBeGreaterThan(0);
    // u'' + 0.1u' + 2u = 0, u(0) = 1, u'(0) = 0 at t = 3.99: the published rows are second order (≈1e-4 here)
    const w = Math.sqrt(2 - 0.05 ** 2);
    const t = 3.99;
    const exact = Math.exp(-0.05 * t) * (Math.cos(w * t) + (0.05 / w) * Math.sin(w * t));
    expect(Math.abs((result.u0End as number) - exact)).toBeLessThan(2e-3);
  });
});
