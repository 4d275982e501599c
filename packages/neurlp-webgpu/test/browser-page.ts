import { disposeBackends, getBackend } from "@mechanist/neurlp";
import { type CaseResult, runConformanceCases } from "@mechanist/neurlp/conformance";
import { registerWebGPU, type WebGPUBackend } from "../src/index.js";

/** Runs in Chromium (browser-harness): the given conformance cases on WebGPU through navigator.gpu, per solver. */
export async function run(input: { ids: string[] }) {
  const results: CaseResult[] = [];
  let adapter = "";
  for (const solver of ["sequential", "cyclic-reduction"] as const) {
    const name = `webgpu-${solver}`;
    registerWebGPU({ name, solver });
    adapter = ((await getBackend(name)) as WebGPUBackend).adapter;
    for (const r of await runConformanceCases(name, { only: input.ids })) {
      results.push({ ...r, id: `${solver}/${r.id}`, error: r.error?.slice(0, 500) });
    }
  }
  await disposeBackends();
  return { adapter, results };
}
