import { fileURLToPath } from "node:url";
import { runInBrowser } from "@mechanist/browser-harness";
import { type CaseResult, checkCaseIds } from "@mechanist/neurlp/conformance";
import { describe, expect, it } from "vitest";
import { GPUJS_TOLERANCE } from "./skips.js";

// Conformance cases in headless Chromium: gpu.js webgl2 (ANGLE on SwiftShader) and webgpu (Dawn on
// SwiftShader). Small cases only: every kernel launch reads back, and software GPUs make the
// N = 1000 closed forms take minutes; the same kernels pass them in Node (webasm, cpu).
const page = fileURLToPath(new URL("./browser/page.ts", import.meta.url));
// Measured (tfjs): 5 small cases took 131 s on webgl and 104 s on webgpu, so two are kept.
const ONLY = ["fixture-system_N12_E3_D3_K3_central", "gradients-fd-central"];
checkCaseIds(ONLY, "browser cases"); // a misspelled id fails here (the page would throw too)

describe("gpu.js backend in headless Chromium", () => {
  for (const mode of ["webgl2", "webgpu"]) {
    it(`passes the small conformance cases in gpu.js "${mode}" mode`, async () => {
      const out = await runInBrowser<{
        results: CaseResult[];
      }>({
        entry: page,
        input: { mode, only: ONLY, tolerance: GPUJS_TOLERANCE },
        timeoutMs: 110_000,
      });
      console.log(mode, out.result.results.map((r) => `${r.id} ${r.ms.toFixed(0)}ms`).join(", "));
      const failed = out.result.results.filter((r) => !r.ok);
      expect(failed, JSON.stringify(failed, null, 1)).toEqual([]);
      expect(out.result.results.length).toBe(ONLY.length);
    }, 120_000);
  }
});
