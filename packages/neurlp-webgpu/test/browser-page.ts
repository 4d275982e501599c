import { disposeBackends, getBackend } from "@mechanist/neurlp";
import { defaultTolerances } from "@mechanist/neurlp/conformance";
// The case list itself is not a public export of the core; the test reads it from the sources.
import { CASES } from "../../neurlp/src/conformance/cases.js";
import { registerWebGPU, type WebGPUBackend } from "../src/index.js";

/** Runs in Chromium (browser-harness): every conformance case on WebGPU through navigator.gpu. */
export async function run(input: { ids: string[] }) {
  registerWebGPU();
  const backend = (await getBackend("webgpu")) as WebGPUBackend;
  const ctx = { backend: "webgpu", tol: defaultTolerances(32) };
  const results: Array<{ id: string; ok: boolean; error?: string; ms: number }> = [];
  for (const c of CASES.filter((x) => input.ids.includes(x.id))) {
    const t0 = performance.now();
    try {
      await c.run(ctx);
      results.push({ id: c.id, ok: true, ms: performance.now() - t0 });
    } catch (err) {
      results.push({
        id: c.id,
        ok: false,
        error: String((err as Error).message).slice(0, 500),
        ms: performance.now() - t0,
      });
    }
  }
  await disposeBackends();
  return { adapter: backend.adapter, results };
}
