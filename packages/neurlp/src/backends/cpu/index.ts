import type { BandedFactor, BandedMatrix, FloatArray, NeurlpBackend } from "../../backend.js";
import { assembleBand, assembleBeta } from "../../core/assemble.js";
import { giveBuffer, takeBuffer } from "../../core/buffers.js";
import { NeurlpBackendError } from "../../errors.js";
import { choleskyBand, substituteBand } from "./cholesky.js";
import { assembleAndFactorBand } from "./fused.js";

/**
 * The reference backend: Float64, synchronous, plain TypeScript over Float64Arrays. It is the
 * written-down definition every other backend is tested against.
 */

export interface CpuFactor extends BandedFactor {
  readonly L: Float64Array;
  readonly invDiag: Float64Array;
  released: boolean;
}

function isCpuFactor(f: BandedFactor): f is CpuFactor {
  return f.backend === "cpu" && (f as CpuFactor).L instanceof Float64Array;
}

export function factorCpu(matrix: BandedMatrix): CpuFactor {
  const { batch, N, n } = matrix.layout;
  // In place: the interface lets factor take over matrix.data.
  const L = matrix.data instanceof Float64Array ? matrix.data : Float64Array.from(matrix.data);
  const invDiag = takeBuffer(batch * N * n, false);
  try {
    choleskyBand(L, matrix.layout, L, invDiag);
  } catch (err) {
    giveBuffer(invDiag);
    throw err;
  }
  return { layout: matrix.layout, backend: "cpu", L, invDiag, released: false };
}

export function solveCpu(factor: BandedFactor, rhs: FloatArray, batch: number): Float64Array {
  if (!isCpuFactor(factor)) {
    throw new NeurlpBackendError(`cpu backend: solve got a factor made by backend "${factor.backend}"`);
  }
  if (factor.released) {
    throw new NeurlpBackendError(
      "cpu backend: this factor was released (its solution was disposed); solve again",
    );
  }
  const { N, n } = factor.layout;
  if (rhs.length !== batch * N * n || (factor.layout.batch !== 1 && factor.layout.batch !== batch)) {
    throw new NeurlpBackendError(
      `cpu backend: solve got rhs of length ${rhs.length} for batch ${batch} (expected ${batch * N * n}, factor batch ${factor.layout.batch})`,
    );
  }
  const x = takeBuffer(batch * N * n, false);
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
    assembleAndFactor: (lhs) =>
      ({ ...assembleAndFactorBand(lhs), backend: "cpu", released: false }) as CpuFactor,
    solve: solveCpu,
    releaseFactor: (f) => {
      if (!isCpuFactor(f) || f.released) return;
      f.released = true;
      giveBuffer(f.L);
      giveBuffer(f.invDiag);
    },
  };
}
