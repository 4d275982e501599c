import { runConformance } from "@mechanist/neurlp/conformance";
import { registerGpujs } from "../src/index.js";
import { FLOAT32_SKIPS, GPUJS_TOLERANCE } from "./skips.js";

runConformance(registerGpujs({ mode: "webasm", name: "gpujs-webasm" }), {
  skip: FLOAT32_SKIPS,
  tolerance: GPUJS_TOLERANCE,
});
