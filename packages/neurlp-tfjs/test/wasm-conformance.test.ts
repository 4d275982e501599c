import { getBackend } from "@mechanist/neurlp";
import { runConformance } from "@mechanist/neurlp/conformance";
import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, expect } from "vitest";
import { registerTfjs } from "../src/index.js";
import { FLOAT32_SKIPS } from "./skips.js";

const name = registerTfjs({ tfBackend: "wasm", name: "tfjs-wasm" });
let tensorsBefore = 0;
beforeAll(async () => {
  await getBackend(name);
  tensorsBefore = tf.memory().numTensors;
});
runConformance(name, { skip: FLOAT32_SKIPS });
afterAll(() => expect(tf.memory().numTensors, "tensors leaked by the conformance run").toBe(tensorsBefore));
