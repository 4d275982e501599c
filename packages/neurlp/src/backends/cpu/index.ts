import type { BandedFactor, BandedMatrix, FloatArray, NeurlpBackend } from "../../backend.js";
import { assembleBand, assembleBeta } from "../../core/assemble.js";
import { NeurlpBackendError } from "../../errors.js";
import { choleskyBand, substituteBand } from "./cholesky.js";

/**
 * The reference backend: Float64, synchronous, plain TypeScript over Float64Arrays. It is the
 * written-down definition every other backend is tested against.
 */

export interface CpuFactor extends BandedFactor {
  readonly L: Float64Array;
  readonly invDiag: Float64Array;
}

function isCpuFactor(f: BandedFactor): f is CpuFactor {
  return f.backend === "cpu" && (f as CpuFactor).L instanceof Float64Array;
}

export function factorCpu(matrix: BandedMatrix): CpuFactor {
  const { batch, N, n, W } = matrix.layout;
  const band = matrix.data instanceof Float64Array ? matrix.data : Float64Array.from(matrix.data);
  const L = new Float64Array(batch * N * n * (W + 1) * n);
  const invDiag = new Float64Array(batch * N * n);
  choleskyBand(band, matrix.layout, L, invDiag);
  return { layout: matrix.layout, backend: "cpu", L, invDiag };
}

export function solveCpu(factor: BandedFactor, rhs: FloatArray, batch: number): Float64Array {
  if (!isCpuFactor(factor)) {
    throw new NeurlpBackendError(`cpu backend: solve got a factor made by backend "${factor.backend}"`);
  }
  const { N, n } = factor.layout;
  if (rhs.length !== batch * N * n || (factor.layout.batch !== 1 && factor.layout.batch !== batch)) {
    throw new NeurlpBackendError(
      `cpu backend: solve got rhs of length ${rhs.length} for batch ${batch} (expected ${batch * N * n}, factor batch ${factor.layout.batch})`,
    );
  }
  const x = new Float64Array(batch * N * n);
  substituteBand(factor.L, factor.invDiag, factor.layout, rhs, x, batch);
  return x;
}

export function createCpuBackend(): NeurlpBackend {
  return {
    name: "cpu",
    precision: 64,
    features: { float64: true, parallelInTime: false, synchronous: true },
    assembleMatrix: assembleBand,
    assembleRhs: assembleBeta,
    factor: factorCpu,
    solve: solveCpu,
  };
}
