import type {
  BandedFactor,
  BandedMatrix,
  FloatArray,
  LhsProblem,
  NeurlpBackend,
  OdeProblem,
  RhsProblem,
} from "../../backend.js";
import { assembleBand, assembleBeta } from "../../core/assemble.js";
import { giveBuffer, takeBuffer } from "../../core/buffers.js";
import { choleskyBand, substituteBand } from "../../core/cholesky.js";
import { assembleFactorSolveBand } from "./factor-solve.js";
import { assembleAndFactorBand } from "./fused.js";

/**
 * The reference backend: Float64, synchronous, plain TypeScript over Float64Arrays. It is the
 * written-down definition every other backend is tested against. Its kernels are the core's own
 * host kernels (Float64 assembly and banded Cholesky) plus two of its own: the fused, generated
 * `assembleAndFactor`, and `assembleFactorSolve`, which solves each system right after factoring it. Argument checks are the core's (see `NeurlpBackend.solve`).
 */

export interface CpuFactor extends BandedFactor {
  readonly L: Float64Array;
  readonly invDiag: Float64Array;
  released: boolean;
}

/** The CPU backend: every kernel present and synchronous (tests and wrappers call them directly). */
export interface CpuBackend extends NeurlpBackend {
  assembleMatrix(lhs: LhsProblem): BandedMatrix;
  assembleRhs(problem: RhsProblem): Float64Array;
  factor(matrix: BandedMatrix): CpuFactor;
  assembleAndFactor(lhs: LhsProblem): CpuFactor;
  assembleFactorSolve(problem: OdeProblem): { factor: CpuFactor; u: Float64Array };
  solve(factor: BandedFactor, rhs: FloatArray, batch: number): Float64Array;
  releaseFactor(factor: BandedFactor): void;
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
  const f = factor as CpuFactor;
  const { N, n } = f.layout;
  const x = takeBuffer(batch * N * n, false);
  substituteBand(f.L, f.invDiag, f.layout, rhs, x, batch);
  return x;
}

/** The built-in Float64 CPU backend (synchronous, the reference); registered as "cpu" by the package. */
export function createCpuBackend(): CpuBackend {
  return {
    name: "cpu",
    precision: 64,
    // the fused assembleAndFactor implements these row types; for others the core assembles
    features: { parallelInTime: false, synchronous: true, assembles: ["central", "continuous"] },
    // the core would run these same host kernels by default; named here so the reference is complete
    assembleMatrix: assembleBand,
    assembleRhs: assembleBeta,
    factor: factorCpu,
    assembleAndFactor: (lhs) =>
      ({ ...assembleAndFactorBand(lhs), backend: "cpu", released: false }) as CpuFactor,
    assembleFactorSolve: (problem) => {
      const { layout, L, invDiag, u } = assembleFactorSolveBand(problem);
      return { factor: { layout, L, invDiag, backend: "cpu", released: false }, u };
    },
    solve: solveCpu,
    releaseFactor: (f) => {
      const cf = f as CpuFactor;
      if (cf.released) return;
      cf.released = true;
      giveBuffer(cf.L);
      giveBuffer(cf.invDiag);
    },
  };
}
