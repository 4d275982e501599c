// Runs in Chromium (bundled by @mechanist/browser-harness): the real conformance cases, one by one.
import { getBackend } from "@mechanist/neurlp";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-webgpu";
import { CASES } from "neurlp-conformance-cases";
import { registerTfjs } from "../../src/index.js";

export async function run(input: { tfBackend: string; only: string[]; tolerance: Record<string, number> }) {
  const name = registerTfjs({ tfBackend: input.tfBackend, name: `tfjs-${input.tfBackend}` });
  await getBackend(name);
  const before = tf.memory().numTensors;
  const results: Array<{ id: string; ok: boolean; ms: number; error?: string }> = [];
  for (const c of CASES) {
    if (!input.only.includes(c.id)) continue;
    const t0 = performance.now();
    try {
      await c.run({
        backend: name,
        tol: { solution: 1e-4, gradient: 1e-3, closedForm: 1e-4, ...input.tolerance },
      });
      results.push({ id: c.id, ok: true, ms: performance.now() - t0 });
    } catch (e) {
      results.push({ id: c.id, ok: false, ms: performance.now() - t0, error: String(e) });
    }
  }
  return { results, tensorsBefore: before, tensorsAfter: tf.memory().numTensors, active: tf.getBackend() };
}
