// Runs in Chromium (bundled by @mechanist/browser-harness): the real conformance cases, one by one.
import { runConformanceCases } from "@mechanist/browser-harness/conformance-page";
import { getBackend } from "@mechanist/neurlp";
import { defaultTolerances } from "@mechanist/neurlp/conformance";
import { CASES } from "neurlp-conformance-cases";
import { type GpujsMode, registerGpujs } from "../../src/index.js";

export async function run(input: { mode: GpujsMode; only: string[]; tolerance: Record<string, number> }) {
  const name = registerGpujs({ mode: input.mode, name: `gpujs-${input.mode}` });
  await getBackend(name);
  const tol = { ...defaultTolerances(32), ...input.tolerance };
  return { results: await runConformanceCases(CASES, { backend: name, only: input.only, tol }) };
}
