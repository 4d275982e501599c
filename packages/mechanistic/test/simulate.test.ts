import { createCpuBackend, registerBackend } from "@mechanist/neurlp";
import { createDeferredBackend } from "@mechanist/neurlp/conformance";
import { registerGpujs } from "@mechanist/neurlp-gpujs";
import { describe, expect, it } from "vitest";
import { MechanisticInputError, polynomialLibrary, SparseModel } from "../src/index.js";
import { lorenzModel } from "./helpers.js";

registerBackend("deferred-cpu-sim", () => createDeferredBackend(createCpuBackend()), { priority: -1 });
const gpujs = registerGpujs({ name: "gpujs-sim" });

type Rows = readonly ArrayLike<number>[];
const maxAbs = (a: Rows, b: Rows) =>
  a.reduce((m, row, i) => Math.max(m, ...Array.from(row, (v, d) => Math.abs(v - b[i]![d]!))), 0);

describe("SparseModel.simulate on a NeuRLP backend (Newton windows of linear solves)", () => {
  it("a linear system: the closed form e^{-0.1t}(cos t, −sin t), to the fourth-order scheme's accuracy", () => {
    const lib = polynomialLibrary(["x", "y"], { degree: 1 });
    const model = new SparseModel(lib, [
      [0, -0.1, 1],
      [0, -1, -0.1],
    ]);
    const t = Array.from({ length: 51 }, (_, i) => i * 0.2);
    const exact = t.map((s) => [Math.exp(-0.1 * s) * Math.cos(s), -Math.exp(-0.1 * s) * Math.sin(s)]);
    const coarse = maxAbs(model.simulate([1, 0], t, { backend: "cpu", substeps: 8 }).x, exact);
    const fine = maxAbs(model.simulate([1, 0], t, { backend: "cpu", substeps: 16 }).x, exact);
    expect(fine).toBeLessThan(1e-7);
    // fourth order: halving the step divides the error by about 16
    expect(Math.log2(coarse / fine)).toBeGreaterThan(3.5);
  });

  it("Lorenz (nonlinear): agrees with RK4 on the same grid; on an asynchronous backend equals cpu bit for bit", async () => {
    const model = lorenzModel();
    const t = Array.from({ length: 51 }, (_, i) => i * 0.01);
    const rk4 = model.simulate([-8, 7, 27], t).x;
    const neurlp = model.simulate([-8, 7, 27], t, { backend: "cpu", window: 40 });
    expect(maxAbs(neurlp.x, rk4)).toBeLessThan(1e-6);
    expect(neurlp.t).toEqual(t);
    expect(neurlp.names).toEqual(["x", "y", "z"]);
    const options = { backend: "deferred-cpu-sim", window: 40 };
    expect(() => model.simulate([-8, 7, 27], t, options)).toThrow(/asynchronous/);
    expect((await model.simulateAsync([-8, 7, 27], t, options)).x).toEqual(neurlp.x);
  });

  it("Lorenz on a Float32 backend (gpu.js): Newton stops at the solves' own error floor and agrees with cpu", async () => {
    // refined Float32 solves are good to ~1e-9 relative, above Newton's default tolerance: the change
    // then hovered at 3e-8–1e-7 against a tolerance of 1.7e-8 for 30 iterations and simulate threw
    const model = lorenzModel();
    const t = Array.from({ length: 51 }, (_, i) => i * 0.01);
    const cpu = model.simulate([-8, 7, 27], t, { backend: "cpu", window: 40 }).x;
    const f32 = (await model.simulateAsync([-8, 7, 27], t, { backend: gpujs, window: 40 })).x;
    const scale = Math.max(...cpu.flatMap((row) => Array.from(row, Math.abs)));
    expect(maxAbs(f32, cpu) / scale).toBeLessThan(1e-7);
  });

  it("bad options and a diverging model are typed errors, not NaN", () => {
    const model = lorenzModel();
    const t = [0, 0.01, 0.02];
    expect(() => model.simulate([1, 1, 1], t, { backend: "cpu", window: 0 })).toThrow(MechanisticInputError);
    const misspelt = { backnd: "cpu" } as unknown as { backend: string };
    expect(() => model.simulate([1, 1, 1], t, misspelt)).toThrow(/backnd.*backend/);
    expect(() => model.simulate([1, 1, 1], [0, 0.01, 0.01], { backend: "cpu" })).toThrow(/t must increase/);
    const blowUp = new SparseModel(polynomialLibrary(["x"], { degree: 2 }), [[0, 0, 1]]); // x' = x², x(0) = 1
    expect(() => blowUp.simulate([1], [0, 0.5, 1, 1.5], { backend: "cpu" })).toThrow(/diverged|converge/);
  });
});
