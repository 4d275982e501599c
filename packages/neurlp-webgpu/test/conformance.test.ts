import { disposeBackends } from "@mechanist/neurlp";
import { runConformance } from "@mechanist/neurlp/conformance";
import { afterAll } from "vitest";
import { registerWebGPU } from "../src/index.js";
import { SKIP } from "./skips.js";

// The NeuRLP conformance suite on WebGPU (Dawn + Mesa lavapipe in CI), at the Float32 tolerances,
// once per factorisation: block cyclic reduction and the sequential banded Cholesky, each forced
// for every case ("auto" picks one of the two by shape; test/cyclic.test.ts checks the choice).
registerWebGPU({ name: "webgpu-cyclic-reduction", solver: "cyclic-reduction" });
registerWebGPU({ name: "webgpu-sequential", solver: "sequential" });
runConformance("webgpu-cyclic-reduction", { skip: SKIP });
runConformance("webgpu-sequential", { skip: SKIP });
afterAll(() => disposeBackends());
