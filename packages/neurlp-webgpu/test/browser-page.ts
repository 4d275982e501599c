import { disposeBackends, getBackend } from "@mechanist/neurlp";
import { defaultTolerances } from "@mechanist/neurlp/conformance";
// The case list itself is not a public export of the core; the test reads it from the sources.
import { CASES } from "../../neurlp/src/conformance/cases.js";
import { registerWebGPU, type WebGPUBackend } from "../src/index.js";

/** Runs in Chromium (browser-harness): the given conformance cases on WebGPU through navigator.gpu, per solver. */
export async function run(input: { ids: string[] }) {
  const results: Array<{ id: string; ok: boolean; error?: string; ms: number }> = [];
  let adapter = "";
  for (const solver of ["sequential", "cyclic-reduction"] as const) {
    const name = `webgpu-${solver}`;
    registerWebGPU({ name, solver });
    adapter = ((await getBackend(name)) as WebGPUBackend).adapter;
    const ctx = { backend: name, tol: defaultTolerances(32) };
    for (const c of CASES.filter((x) => input.ids.includes(x.id))) {
      const t0 = performance.now();
      try {
        await c.run(ctx);
        results.push({ id: `${solver}/${c.id}`, ok: true, ms: performance.now() - t0 });
      } catch (err) {
        results.push({
          id: `${solver}/${c.id}`,
          ok: false,
          error: String((err as Error).message).slice(0, 500),
          ms: performance.now() - t0,
        });
      }
    }
  }
  await disposeBackends();
  return { adapter, results };
}
