import { runConformance } from "../src/conformance/index.js";
import type { BandedFactor, BandedMatrix, FloatArray, NeurlpBackend } from "../src/index.js";
import { createCpuBackend, registerBackend } from "../src/index.js";

/**
 * A stand-in for a Float32 backend, written only against the public interface: every array that
 * crosses the interface is rounded to Float32 and every kernel is async. It checks that the core's
 * equilibration and Float64 iterative refinement recover accuracy, and that the whole suite runs on
 * an asynchronous backend. (Arithmetic inside the factorisation stays Float64, so this exercises the
 * storage rounding only, not Float32 pivot growth.)
 */
function createRoundingBackend(): NeurlpBackend {
  const cpu = createCpuBackend();
  const f32 = (a: FloatArray) => Float32Array.from(a);
  return {
    name: "f32-emulated",
    precision: 32,
    features: { parallelInTime: false, synchronous: false },
    assembleMatrix: async (lhs) => {
      const m = cpu.assembleMatrix(lhs) as BandedMatrix;
      return { layout: m.layout, data: f32(m.data) };
    },
    assembleRhs: async (p) => f32(cpu.assembleRhs(p) as FloatArray),
    factor: async (m) =>
      cpu.factor({ layout: m.layout, data: Float64Array.from(f32(m.data)) }) as BandedFactor,
    solve: async (f, rhs, batch) => f32(cpu.solve(f, Float64Array.from(f32(rhs)), batch) as FloatArray),
  };
}

registerBackend("f32-emulated", createRoundingBackend, { priority: -1 });
// No skips: PCG (core/refine.ts) passes the four ill-conditioned cases that Richardson refinement
// could not (order3 through the shifted-factor fallback, see test/refine.test.ts).
runConformance("f32-emulated");
