import { solveODE } from "@mechanist/neurlp";
import { registerGpujs } from "@mechanist/neurlp-gpujs";

// "webgl2" in browsers; in Node "webasm" (WebAssembly) or "cpu".
const inBrowser = typeof window !== "undefined";
registerGpujs({ mode: inBrowser ? "webgl2" : "webasm" });
const { u } = await solveODE(
  { coefficients: [[[[[1, 0, 1]]]]], rhs: [[[0]]], initial: [[[[0, 1]]]], steps: 0.01, nSteps: 1000 },
  { backend: "gpujs" },
);
let maxError = 0;
for (let i = 0; i < 1000; i++) maxError = Math.max(maxError, Math.abs(u.data[i * 3]! - Math.sin(i * 0.01)));
console.log(`gpujs: max |u − sin t| = ${maxError.toExponential(1)}`);
