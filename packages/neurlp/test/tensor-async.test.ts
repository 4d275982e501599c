import { assertGradcheckAsync, GradError, Tensor } from "@mechanist/autodiff";
import { describe, expect, it } from "vitest";
import { createDeferredBackend } from "../src/conformance/deferred.js";
import { randomInputs } from "../src/conformance/random.js";
import {
  createCpuBackend,
  NeurlpBackendError,
  odeSolve,
  odeSolveAsync,
  odeSolvePrepared,
  odeSolvePreparedAsync,
  prepareODE,
  registerBackend,
} from "../src/index.js";

// The CPU kernels, each result delivered on a later macrotask (as a GPU readback is): the same Float64
// arithmetic, so results must equal "cpu" exactly; what it exercises is the asynchronous path of the
// Tensor ops and of the autodiff tape.
registerBackend("deferred-cpu", () => createDeferredBackend(createCpuBackend(), "deferred-cpu"), {
  priority: -1,
});

const spec = { B: 2, N: 6, E: 2, D: 2, K: 3, nIvSteps: 1, nIv: 2 };
const asTensor = (x: { shape: number[]; data: Float64Array }, requiresGrad = false) =>
  new Tensor(Float64Array.from(x.data), x.shape, requiresGrad);
const same = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));

describe("odeSolveAsync / odeSolvePreparedAsync", () => {
  const inputs = randomInputs(3, spec);
  const leaves = () =>
    [inputs.coefficients, inputs.rhs, inputs.initial, inputs.steps].map((x) => asTensor(x, true));
  const solveWith = (xs: Tensor[], o: { backend?: string }, f: typeof odeSolve | typeof odeSolveAsync) =>
    f({ coefficients: xs[0]!, rhs: xs[1]!, initial: xs[2], steps: xs[3]! }, o);

  it("on a synchronous backend: the same op as odeSolve, bit for bit, and backward() still works", async () => {
    const a = leaves();
    const ua = odeSolve({ coefficients: a[0]!, rhs: a[1]!, initial: a[2], steps: a[3]! });
    ua.square().sum().backward();
    const b = leaves();
    const ub = await solveWith(b, {}, odeSolveAsync);
    ub.square().sum().backward(); // synchronous: no Promise anywhere on the cpu backend
    expect(same(ua.data, ub.data)).toBe(true);
    for (const [i, x] of a.entries()) expect(same(x.grad!.data, b[i]!.grad!.data)).toBe(true);
  });

  it("on an asynchronous backend: equals cpu bit for bit and passes an async gradcheck", async () => {
    const ref = await solveWith(leaves(), {}, odeSolveAsync);
    const xs = leaves();
    const u = await solveWith(xs, { backend: "deferred-cpu" }, odeSolveAsync);
    expect(same(u.data, ref.data)).toBe(true);
    expect(() => u.sum().backward()).toThrow(GradError);
    expect(() => solveWith(xs, { backend: "deferred-cpu" }, odeSolve)).toThrow(NeurlpBackendError);
    // a smaller problem for the finite differences (two solves per input element)
    const small = randomInputs(4, { B: 1, N: 5, E: 1, D: 1, K: 3, nIvSteps: 1, nIv: 2 });
    const res = await assertGradcheckAsync(
      (c, r, iv, h) =>
        odeSolveAsync({ coefficients: c!, rhs: r!, initial: iv, steps: h! }, { backend: "deferred-cpu" }),
      [small.coefficients, small.rhs, small.initial, small.steps].map((x) => asTensor(x)),
      { eps: 1e-6, atol: 1e-7, rtol: 1e-5 },
    );
    expect(res.maxAbsErr).toBeLessThan(1e-6);
  });

  it("prepared: async equals sync, gradchecks rhs and initial on the asynchronous backend", async () => {
    const prepare = (backend: string) =>
      prepareODE(
        { coefficients: [[[[[0, 1, 0]]]]], steps: 0.1, nSteps: 12, nIvSteps: 1, nIv: 1, batch: 3 },
        { backend },
      );
    const [cpu, deferred] = [await prepare("cpu"), await prepare("deferred-cpu")];
    const rhs = new Tensor(
      Float64Array.from({ length: 36 }, (_, i) => Math.sin(i)),
      [3, 12, 1],
    );
    const iv = new Tensor(Float64Array.from([0.5, -1, 2]), [3, 1, 1, 1]);
    const ref = odeSolvePrepared(cpu, rhs, iv);
    expect(same((await odeSolvePreparedAsync(cpu, rhs, iv)).data, ref.data)).toBe(true);
    expect(same((await odeSolvePreparedAsync(deferred, rhs, iv)).data, ref.data)).toBe(true);
    await assertGradcheckAsync((r, i) => odeSolvePreparedAsync(deferred, r!, i), [rhs, iv], {
      eps: 1e-6,
      atol: 1e-7,
      rtol: 1e-5,
    });
    cpu.dispose();
    deferred.dispose();
  });
});
