import { disposeBackends } from "@mechanist/neurlp";
import { runConformance } from "@mechanist/neurlp/conformance";
import { afterAll } from "vitest";
import { registerWebGPU } from "../src/index.js";

// The whole NeuRLP conformance suite on WebGPU (Dawn + Mesa lavapipe in CI), at the Float32 tolerances.
registerWebGPU();
runConformance("webgpu");
afterAll(() => disposeBackends());
