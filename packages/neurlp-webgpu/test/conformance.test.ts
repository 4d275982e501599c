import { disposeBackends } from "@mechanist/neurlp";
import { runConformance } from "@mechanist/neurlp/conformance";
import { afterAll } from "vitest";
import { registerWebGPU } from "../src/index.js";
import { SKIP } from "./skips.js";

// The NeuRLP conformance suite on WebGPU (Dawn + Mesa lavapipe in CI), at the Float32 tolerances.
registerWebGPU();
runConformance("webgpu", { skip: SKIP });
afterAll(() => disposeBackends());
