// Runs in Chromium (bundled by @mechanist/browser-harness): the real conformance cases, one by one.
import { runConformanceCases } from "@mechanist/browser-harness/conformance-page";
import { getBackend } from "@mechanist/neurlp";
import { defaultTolerances } from "@mechanist/neurlp/conformance";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-webgpu";
import { CASES } from "neurlp-conformance-cases";
import { registerTfjs } from "../../src/index.js";

export async function run(input: { tfBackend: string; only: string[]; tolerance: Record<string, number> }) {
  const name = registerTfjs({ tfBackend: input.tfBackend, name: `tfjs-${input.tfBackend}` });
  await getBackend(name);
  const before = tf.memory().numTensors;
  const tol = { ...defaultTolerances(32), ...input.tolerance };
  const results = await runConformanceCases(CASES, { backend: name, only: input.only, tol });
  return { results, tensorsBefore: before, tensorsAfter: tf.memory().numTensors, active: tf.getBackend() };
}
