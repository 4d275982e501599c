import { runConformance } from "@mechanist/neurlp/conformance";
import { registerGpujs } from "../src/index.js";
import { FLOAT32_SKIPS, GPUJS_TOLERANCE, SYNC_MODE_SKIPS } from "./skips.js";

runConformance(registerGpujs({ mode: "cpu", name: "gpujs-cpu" }), {
  skip: { ...FLOAT32_SKIPS, ...SYNC_MODE_SKIPS },
  tolerance: GPUJS_TOLERANCE,
});
