import { describe, expect, it } from "vitest";
import { factorCpu, solveCpu } from "../src/backends/cpu/index.js";
import { randomInputs } from "../src/conformance/random.js";
import { assembleBand, assembleBeta, bandMatVec } from "../src/core/assemble.js";
import { setGeneratedKernels } from "../src/core/codegen.js";
import { buildProblem } from "../src/core/problem.js";
import { denseNormal } from "../src/reference/dense.js";

describe("cpu kernels", () => {
  for (const [D, K, sm] of [
    [1, 2, "central"],
    [1, 3, "central"],
    [2, 3, "continuous"],
    [2, 4, "central"],
  ] as const) {
    it(`generated (n = ${D * K}) and generic loops agree, and the band equals the dense normal matrix (${sm})`, () => {
      const p = buildProblem(randomInputs(D * 10 + K, { B: 2, N: 9, E: D, D, K, nIvSteps: 2, nIv: K - 1 }), {
        smoothness: sm,
      });
      const m = assembleBand(p);
      // band entries == dense AᵀW²A
      const { N, n, W } = m.layout;
      for (let b = 0; b < 2; b++) {
        const { M, size } = denseNormal(p, b);
        const x = new Float64Array(2 * size).map((_, i) => Math.cos(3 * i));
        const y = new Float64Array(2 * size);
        bandMatVec(m, x, 2, y);
        for (let i = 0; i < size; i++) {
          let ref = 0;
          for (let j = 0; j < size; j++) ref += M[i * size + j]! * x[b * size + j]!;
          expect(y[b * size + i]).toBeCloseTo(ref, 10);
        }
        // entries outside the band are zero in the dense matrix
        for (let i = 0; i < size; i++)
          for (let j = 0; j < size; j++)
            if (Math.abs(Math.floor(i / n) - Math.floor(j / n)) > W) expect(M[i * size + j]).toBe(0);
      }
      const beta = assembleBeta(p);
      // factor works in place, so give each path its own copy of the band
      const copy = () => ({ layout: m.layout, data: Float64Array.from(m.data) });
      const fast = solveCpu(factorCpu(copy()), beta, 2);
      const was = setGeneratedKernels(false);
      const slow = solveCpu(factorCpu(copy()), beta, 2);
      setGeneratedKernels(was);
      for (let i = 0; i < fast.length; i++) expect(fast[i]).toBeCloseTo(slow[i]!, 11);
      expect(N).toBe(9);
    });
  }
});

describe("generated substitution sweeps", () => {
  // They carry the previous steps' unknowns in locals instead of re-reading x: the same operations
  // per entry in the same order as the generic loops, so the same bits (every size, every edge).
  for (const [D, K, sm] of [
    [1, 2, "central"],
    [1, 3, "central"],
    [1, 3, "continuous"],
    [2, 3, "central"],
    [2, 4, "continuous"],
  ] as const) {
    for (const N of [2, 3, 4, 11]) {
      it(`are bit-identical to the generic loops: n = ${D * K}, ${sm}, N = ${N}`, () => {
        const p = buildProblem(randomInputs(7 * N + K, { B: 3, N, E: D, D, K, nIvSteps: 1, nIv: K - 1 }), {
          smoothness: sm,
        });
        const f = factorCpu(assembleBand(p));
        const rhs = new Float64Array(3 * N * D * K).map((_, i) => Math.sin(1.7 * i) - 0.2);
        const fast = solveCpu(f, rhs, 3);
        const was = setGeneratedKernels(false);
        const slow = solveCpu(f, rhs, 3);
        setGeneratedKernels(was);
        expect(Array.from(fast, (v, i) => Object.is(v, slow[i]))).not.toContain(false);
        // and they solve the system: M x = rhs to rounding
        const back = new Float64Array(rhs.length);
        bandMatVec(assembleBand(p), fast, 3, back);
        for (let i = 0; i < rhs.length; i++) expect(back[i]).toBeCloseTo(rhs[i]!, 8);
      });
    }
  }
});
