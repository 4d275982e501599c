import { solveODE } from "@mechanist/neurlp";
import { registerTfjs } from "@mechanist/neurlp-tfjs";
import { registerWebGPU } from "@mechanist/neurlp-webgpu";

// The same problem on the Float64 reference and on two Float32 backends (Node: tfjs on its
// WebAssembly backend; WebGPU through the `webgpu` package and Mesa's lavapipe, or a real GPU).
registerTfjs({ tfBackend: "wasm" });
registerWebGPU();
const problem = {
  coefficients: [[[[[1, 0, 1]]]]], // u'' + u = 0
  rhs: [[[0]]],
  initial: [[[[0, 1]]]], // u(0) = 0, u'(0) = 1: u = sin t
  steps: 0.01,
  nSteps: 1000,
};
const reference = (await solveODE(problem, { backend: "cpu" })).u.data;
for (const backend of ["tfjs", "webgpu"]) {
  const { u } = await solveODE(problem, { backend });
  let vsCpu = 0;
  let vsSin = 0;
  for (let i = 0; i < 1000; i++) {
    vsCpu = Math.max(vsCpu, Math.abs(u.data[i * 3]! - reference[i * 3]!));
    vsSin = Math.max(vsSin, Math.abs(u.data[i * 3]! - Math.sin(i * 0.01)));
  }
  console.log(
    `${backend}: max |u − u_cpu| = ${vsCpu.toExponential(1)}, max |u − sin t| = ${vsSin.toExponential(1)}`,
  );
}
