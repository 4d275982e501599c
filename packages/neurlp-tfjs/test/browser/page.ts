// Runs in Chromium (bundled by @mechanist/browser-harness): the real conformance cases, one by one.
import { getBackend } from "@mechanist/neurlp";
import { runConformanceCases } from "@mechanist/neurlp/conformance";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-webgpu";
import { registerTfjs } from "../../src/index.js";

export async function run(input: { tfBackend: string; only: string[]; tolerance: Record<string, number> }) {
  const name = registerTfjs({ tfBackend: input.tfBackend, name: `tfjs-${input.tfBackend}` });
  await getBackend(name);
  const before = tf.memory().numTensors;
  const results = await runConformanceCases(name, { only: input.only, tolerance: input.tolerance });
  return { results, tensorsBefore: before, tensorsAfter: tf.memory().numTensors, active: tf.getBackend() };
}
