import { disposeBackends } from "@mechanist/neurlp";
import { runConformance } from "@mechanist/neurlp/conformance";
import { afterAll } from "vitest";
import { registerWebGPU } from "../src/index.js";
import { SKIP } from "./skips.js";

// The NeuRLP conformance suite on WebGPU (Dawn + Mesa lavapipe in CI), at the Float32 tolerances,
// twice: solver "auto" (block cyclic reduction for the single long sequences most cases are, the
// sequential Cholesky for batches) and "sequential" forced everywhere.
registerWebGPU();
registerWebGPU({ name: "webgpu-sequential", solver: "sequential" });
runConformance("webgpu", { skip: SKIP });
runConformance("webgpu-sequential", { skip: SKIP });
afterAll(() => disposeBackends());
