import { runConformance } from "@mechanist/neurlp/conformance";
import { registerGpujs } from "../src/index.js";
import { FLOAT32_SKIPS, GPUJS_TOLERANCE } from "./skips.js";
import { installNodeWebGPU } from "./webgpu-shim.js";

// gpu.js "webgpu" mode in Node through the `webgpu` package (Dawn on Mesa lavapipe).
const available = await installNodeWebGPU();
if (!available) console.warn("no WebGPU adapter: run scripts/setup-system.sh (Mesa 25 lavapipe)");
// Every kernel launch reads back through Dawn: N = 1000 cases take 5–16 s each on lavapipe (measured,
// 115 s for the whole suite). The same kernels pass them in webasm/cpu mode; here they are skipped.
const slow =
  "N ≥ 300 on Node WebGPU/lavapipe: 2–16 s per case from per-launch readback (same kernels pass in webasm)";
const SLOW = [
  "harmonic-central-h0.01",
  "harmonic-central-h0.05",
  "damped-oscillator-central",
  "damped-oscillator-continuous",
  "rc-circuit",
  "time-varying-order1-central",
  "time-varying-order1-continuous",
  "coupled-d3",
  "variable-steps",
  "convergence-order",
  // N = 500–1000 and PCG needs 4–89 solves there (each 2N launches): pass in webasm/cpu
  "harmonic-continuous-h0.01",
  "harmonic-continuous-h0.05",
  "exponential",
  "order3",
];
runConformance(registerGpujs({ mode: "webgpu", name: "gpujs-webgpu" }), {
  skip: { ...FLOAT32_SKIPS, ...Object.fromEntries(SLOW.map((id) => [id, slow])) },
  tolerance: GPUJS_TOLERANCE,
});
