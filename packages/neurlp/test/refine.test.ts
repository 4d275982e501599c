import { describe, expect, it } from "vitest";
import * as P from "../src/conformance/problems.js";
import { refinementStats } from "../src/core/refine.js";
import type { BandedFactor, BandedMatrix, FloatArray, NeurlpBackend } from "../src/index.js";
import {
  createCpuBackend,
  NeurlpConvergenceError,
  NeurlpSingularError,
  NeurlpValueError,
  registerBackend,
  solveODE,
} from "../src/index.js";

/**
 * Float32 stand-in: every array crossing the interface is rounded to Float32 (the factorisation
 * itself runs in Float64 on the rounded band). For order3 (K = 4, h = 0.01, cond(M) > 2²⁴) the
 * rounded band is indefinite, so its factor throws like a real Float32 one does.
 */
const cpu = createCpuBackend();
const f32 = (a: FloatArray) => Float32Array.from(a);
registerBackend(
  "f32-strict",
  (): NeurlpBackend => ({
    name: "f32-strict",
    precision: 32,
    features: { parallelInTime: false, synchronous: true },
    assembleMatrix: (lhs) => {
      const m = cpu.assembleMatrix(lhs) as BandedMatrix;
      return { layout: m.layout, data: f32(m.data) };
    },
    assembleRhs: (p) => f32(cpu.assembleRhs(p) as FloatArray),
    factor: (m) => cpu.factor({ layout: m.layout, data: Float64Array.from(f32(m.data)) }) as BandedFactor,
    solve: (f, rhs, batch) => f32(cpu.solve(f, Float64Array.from(f32(rhs)), batch) as FloatArray),
  }),
  { priority: -1 },
);

function relErr(a: Float64Array, b: Float64Array): number {
  let e = 0;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    e = Math.max(e, Math.abs(a[i]! - b[i]!));
    m = Math.max(m, Math.abs(b[i]!));
  }
  return e / m;
}

describe("Float32 refinement (PCG with the Float32 factor as preconditioner)", () => {
  const p = P.thirdOrder(0.01, 1000);
  const exp = P.exponential(0.01, 1000);

  it("order3: the Float32 factor is indefinite; a shifted factor + PCG recovers Float64 accuracy", async () => {
    const ref = (await solveODE(p.inputs, { backend: "cpu" })).u.data;
    // plain refinement cannot even start: the rounded band has a negative pivot
    await expect(
      solveODE(p.inputs, { backend: "f32-strict", iterativeRefinement: 2 }),
    ).rejects.toBeInstanceOf(NeurlpSingularError);
    const { u } = await solveODE(p.inputs, { backend: "f32-strict" });
    expect(refinementStats.shift).toBeGreaterThan(0);
    expect(relErr(u.data, ref)).toBeLessThan(1e-6);
  });

  it("exponential: Richardson stalls (error 0.28), PCG converges in a few iterations", async () => {
    const ref = (await solveODE(exp.inputs, { backend: "cpu" })).u.data;
    const rich = (await solveODE(exp.inputs, { backend: "f32-strict", iterativeRefinement: 2 })).u.data;
    expect(relErr(rich, ref)).toBeGreaterThan(1e-2);
    const { u, vjp } = await solveODE(exp.inputs, {
      backend: "f32-strict",
      iterativeRefinement: { method: "pcg" },
    });
    expect(relErr(u.data, ref)).toBeLessThan(1e-8);
    // the backward pass uses the same refined solve
    const g = { shape: u.shape, data: new Float64Array(u.data.length).fill(1) };
    const gRef = await (await solveODE(exp.inputs, { backend: "cpu" })).vjp(g);
    const g32 = await vjp(g);
    expect(relErr(g32.rhs.data, gRef.rhs.data)).toBeLessThan(1e-8);
  });

  it("reports non-convergence as NeurlpConvergenceError, never a silent inaccurate answer", async () => {
    const err = await solveODE(p.inputs, {
      backend: "f32-strict",
      iterativeRefinement: { maxIterations: 3 },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NeurlpConvergenceError);
    expect((err as NeurlpConvergenceError).iterations).toBe(3);
    expect((err as Error).message).toMatch(/did not reach relative residual 1e-12 in 3 iterations/);
  });

  it("validates the iterativeRefinement option", async () => {
    for (const refine of [-1, 1.5, { method: "gmres" }, { tolerance: 0 }, { maxIterations: -2 }]) {
      await expect(
        solveODE(exp.inputs, { backend: "f32-strict", iterativeRefinement: refine as never }),
      ).rejects.toBeInstanceOf(NeurlpValueError);
    }
  });

  it("Float64 (cpu) is unchanged: the default does no refinement at all", async () => {
    const a = (await solveODE(exp.inputs, { backend: "cpu" })).u.data;
    const b = (await solveODE(exp.inputs, { backend: "cpu", iterativeRefinement: 0 })).u.data;
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});
