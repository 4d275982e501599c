import { assertGradcheckAsync, GradError, Tensor } from "@mechanist/autodiff";
import { disposeBackends, odeSolveAsync, odeSolvePreparedAsync, prepareODE } from "@mechanist/neurlp";
import { afterAll, describe, expect, it } from "vitest";
import { registerWebGPU } from "../src/index.js";

// Gradients through NeuRLP on the asynchronous WebGPU backend (Dawn + lavapipe in CI): the autodiff custom
// ops' forward and vjp await the GPU, and central differences of the same GPU solves must agree with them.
// The core refines the Float32 solves with Float64 residuals, so the tolerances are near Float64's.
registerWebGPU({ name: "webgpu" });
afterAll(() => disposeBackends());
const tolerance = { eps: 1e-5, atol: 1e-6, rtol: 1e-4 };
const t = (shape: number[], f: (i: number) => number, requiresGrad = false) =>
  new Tensor(
    Float64Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => f(i)),
    shape,
    requiresGrad,
  );
// a damped oscillator with time-varying coefficients and forcing, N = 5 grid points, uneven steps
const inputs = () => [
  t([1, 5, 1, 1, 3], (i) => [2 + 0.1 * Math.floor(i / 3), 0.3, 1][i % 3]!),
  t([1, 5, 1], (i) => Math.sin(i)),
  t([1, 1, 1, 2], (i) => [1, -0.5][i]!),
  t([1, 4], (i) => 0.1 + 0.02 * i),
];
const solve = (c?: Tensor, r?: Tensor, iv?: Tensor, h?: Tensor) =>
  odeSolveAsync({ coefficients: c!, rhs: r!, initial: iv, steps: h! }, { backend: "webgpu" });

describe("autodiff on WebGPU", () => {
  it("odeSolveAsync: async gradcheck to coefficients, rhs, initial and steps", async () => {
    const u = await solve(...inputs());
    expect(u.shape).toEqual([1, 5, 1, 3]);
    const res = await assertGradcheckAsync(solve, inputs(), tolerance);
    expect(res.maxAbsErr).toBeLessThan(1e-5);
  });

  it("odeSolvePreparedAsync (the discovery objective's op): async gradcheck; backward() asks for backwardAsync", async () => {
    const solver = await prepareODE(
      { coefficients: [[[[[0, 1, 0]]]]], steps: 0.1, nSteps: 8, nIvSteps: 1, nIv: 1, batch: 2 },
      { backend: "webgpu" },
    );
    const rhs = t([2, 8, 1], (i) => Math.cos(i), true);
    const iv = t([2, 1, 1, 1], (i) => [0.5, -1][i]!);
    const u = await odeSolvePreparedAsync(solver, rhs, iv);
    expect(() => u.sum().backward()).toThrow(GradError);
    await u.square().sum().backwardAsync();
    expect(rhs.grad?.shape).toEqual([2, 8, 1]);
    await assertGradcheckAsync((r, i) => odeSolvePreparedAsync(solver, r!, i), [rhs, iv], tolerance);
    solver.dispose();
  });
});
