import { solveODE, registerBackend } from "@mechanist/neurlp";
import { registerWebGPU } from "../src/index.ts";
registerWebGPU();
const inputs = { coefficients: [[[[[1, 0, 1]]]]], rhs: [[[0]]], initial: [[[[0, 1]]]], steps: 0.01, nSteps: 1000 };
for (const be of ["cpu", "webgpu"]) {
  const t0 = performance.now();
  const { u } = await solveODE(inputs as never, { backend: be, smoothness: "central" });
  let e = 0; for (let s = 0; s < 1000; s++) e = Math.max(e, Math.abs(u.data[s*3] - Math.sin(s*0.01)));
  console.log(be, e, performance.now() - t0);
}
process.exit(0);
