import { createCpuBackend, type NeurlpBackend, registerBackend, solveODE } from "@mechanist/neurlp";

// A backend is an object with two required kernels, factor and solve (assembly is optional: the
// core assembles in Float64 on the host by default). This one delegates to the CPU backend and
// counts the factorisations, enough to see the registry at work.
let factorisations = 0;
function createCountingBackend(): NeurlpBackend {
  const cpu = createCpuBackend();
  return {
    name: "counting",
    precision: cpu.precision,
    features: cpu.features,
    factor: (matrix) => {
      factorisations++;
      return cpu.factor(matrix);
    },
    solve: (factor, rhs, batch) => cpu.solve(factor, rhs, batch),
  };
}

// Negative priority: available by name, never picked as the default.
registerBackend("counting", createCountingBackend, { priority: -1 });
const { u } = await solveODE(
  { coefficients: [[[[[1, 0, 1]]]]], rhs: [[[0]]], initial: [[[[0, 1]]]], steps: 0.01, nSteps: 315 },
  { backend: "counting" },
);
console.log(`u(π) ≈ ${u.data[314 * 3]!.toFixed(5)} after ${factorisations} factorisation(s)`);
