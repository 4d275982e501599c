// Runs in Chromium (bundled by @mechanist/browser-harness): the real conformance cases, one by one.
import { getBackend } from "@mechanist/neurlp";
import { runConformanceCases } from "@mechanist/neurlp/conformance";
import { type GpujsMode, registerGpujs } from "../../src/index.js";

export async function run(input: { mode: GpujsMode; only: string[]; tolerance: Record<string, number> }) {
  const name = registerGpujs({ mode: input.mode, name: `gpujs-${input.mode}` });
  await getBackend(name);
  return { results: await runConformanceCases(name, { only: input.only, tolerance: input.tolerance }) };
}
