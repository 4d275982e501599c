import { fileURLToPath } from "node:url";
import { runInBrowser } from "@mechanist/browser-harness";
import { type CaseResult, checkCaseIds } from "@mechanist/neurlp/conformance";
import { describe, expect, it } from "vitest";

// The conformance cases in headless Chromium (SwiftShader: WebGL2 through ANGLE, WebGPU through Dawn).
const page = fileURLToPath(new URL("./browser/page.ts", import.meta.url));
// Only small cases: on SwiftShader every tfjs op is a separate (software) GPU dispatch, and the whole
// suite did not finish in 170 s per tfjs backend (measured). These cover factor, solve, batching and
// gradients; the N = 1000 closed forms run in Node (cpu, wasm) with the same kernels.
// Measured (tfjs): 5 small cases took 131 s on webgl and 104 s on webgpu, so two are kept.
const ONLY = ["fixture-system_N12_E3_D3_K3_central", "gradients-fd-central"];
checkCaseIds(ONLY, "browser cases"); // a misspelled id fails here (the page would throw too)

describe("tfjs backend in headless Chromium", () => {
  for (const tfBackend of ["webgl", "webgpu"]) {
    it(`passes the conformance cases on tfjs "${tfBackend}"`, async () => {
      const out = await runInBrowser<{
        results: CaseResult[];
        tensorsBefore: number;
        tensorsAfter: number;
      }>({
        entry: page,
        input: { tfBackend, only: ONLY, tolerance: {} },
        timeoutMs: 170_000,
      });
      const failed = out.result.results.filter((r) => !r.ok);
      console.log(tfBackend, out.result.results.map((r) => `${r.id} ${r.ms.toFixed(0)}ms`).join(", "));
      expect(failed, JSON.stringify(failed, null, 1)).toEqual([]);
      expect(out.result.results.length).toBe(ONLY.length);
      expect(out.result.tensorsAfter).toBe(out.result.tensorsBefore);
    }, 180_000);
  }
});
