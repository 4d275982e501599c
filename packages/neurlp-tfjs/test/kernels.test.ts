import { createCpuBackend, type RhsProblem } from "@mechanist/neurlp";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { createTfjsBackend } from "../src/index.js";

// Kernel-level checks the conformance suite does not reach: with the default iterative refinement
// the core assembles the right-hand side itself, so `assembleRhs` is compared here directly.

const cpu = createCpuBackend();

function maxRel(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let e = 0;
  let m = 0;
  for (let i = 0; i < b.length; i++) {
    e = Math.max(e, Math.abs(a[i]! - b[i]!));
    m = Math.max(m, Math.abs(b[i]!));
  }
  return e / m;
}

function rand(len: number, seed: number): Float64Array {
  let x = seed;
  return new Float64Array(len).map(() => {
    x = (x * 16807) % 2147483647;
    return x / 2147483647 - 0.5;
  });
}

const dims = { B: 3, N: 7, E: 2, D: 2, K: 3, nIvSteps: 2, nIv: 2 };
const n = dims.D * dims.K;
const weights = { equation: 1.5, initial: 2, smoothness: 0.7 };

describe("tfjs kernels vs the Float64 cpu backend", () => {
  for (const readback of ["sync", "async"] as const) {
    it(`assembleRhs with broadcast inputs (${readback} readback)`, async () => {
      const b = await createTfjsBackend({ tfBackend: "cpu", name: "k", readback });
      const p: RhsProblem = {
        dims,
        weights,
        coefficients: { data: rand(dims.E * n, 1), batch: 1, time: 1 },
        rhs: { data: rand(dims.B * dims.N * dims.E, 2), batch: dims.B, time: dims.N },
        initial: { data: rand(dims.nIvSteps * dims.D * dims.nIv, 3), batch: 1, time: dims.nIvSteps },
      };
      const got = await b.assembleRhs!(p);
      expect(maxRel(got, cpu.assembleRhs(p))).toBeLessThan(1e-6);
    });
  }

  it("factor + solve with a batch-shared factor matches Float64 to Float32 accuracy", async () => {
    const b = await createTfjsBackend({ tfBackend: "wasm", name: "k" });
    const lhs = {
      dims,
      weights,
      smoothness: "central" as const,
      coefficients: { data: rand(dims.N * dims.E * n, 4), batch: 1, time: dims.N },
      steps: { data: new Float64Array(dims.N - 1).fill(0.3), batch: 1, time: dims.N - 1 },
    };
    // tfjs has no assembleMatrix: the core hands it the host's Float64 band, the cpu backend's too
    expect(b.assembleMatrix).toBe(undefined);
    const m = cpu.assembleMatrix(lhs);
    expect(m.layout.batch).toBe(1);
    const rhs = rand(dims.B * dims.N * n, 5);
    const x32 = await b.solve(
      await b.factor({ layout: m.layout, data: Float64Array.from(m.data) }),
      rhs,
      dims.B,
    );
    const x64 = cpu.solve(cpu.factor(m), rhs, dims.B);
    expect(maxRel(x32, x64)).toBeLessThan(1e-3);
  });

  it("leaves the user's active tfjs backend alone", async () => {
    await tf.setBackend("cpu");
    const b = await createTfjsBackend({ tfBackend: "wasm", name: "k" });
    expect(tf.getBackend()).toBe("cpu");
    const p: RhsProblem = {
      dims: { ...dims, B: 1 },
      weights,
      coefficients: { data: rand(dims.E * n, 6), batch: 1, time: 1 },
      rhs: { data: rand(dims.E, 7), batch: 1, time: 1 },
      initial: { data: new Float64Array(dims.nIvSteps * dims.D * dims.nIv), batch: 1, time: dims.nIvSteps },
    };
    await b.assembleRhs!(p);
    expect(tf.getBackend()).toBe("cpu");
  });

  it("an unknown tfjs backend is a typed error", async () => {
    await expect(createTfjsBackend({ tfBackend: "no-such" })).rejects.toThrow(/not registered with tfjs/);
  });
});
