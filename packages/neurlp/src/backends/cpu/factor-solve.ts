import type { OdeProblem } from "../../backend.js";
import { addBeta } from "../../core/assemble.js";
import { giveBuffer, takeBuffer } from "../../core/buffers.js";
import { substituteRange } from "../../core/cholesky.js";
import { assembleAndFactorBand, type FusedFactor } from "./fused.js";

/**
 * The forward solve in batch tiles of one system: each matrix is assembled and factored
 * (fused.ts), then its normal right-hand side is written into its slice of u and solved there, in
 * place, while the factor is still in cache (884 KB at N = 4096, D = 1, K = 3: within a 1 MB L2),
 * instead of factoring the whole batch (453 MB at B = 512) and reading every factor back from
 * memory, and without a batch-sized right-hand-side array. Same operations as
 * `solve(assembleAndFactor(p), assembleRhs(p))`, so the same bits (tested).
 */
export function assembleFactorSolveBand(p: OdeProblem): FusedFactor & { u: Float64Array } {
  const { B, N, D, K } = p.dims;
  const per = N * D * K;
  const u = takeBuffer(B * per, false);
  // the substitutions read each right-hand-side entry before writing the solution there
  const solveInPlace = (f: FusedFactor, b0: number, b1: number) => {
    u.fill(0, b0 * per, b1 * per);
    addBeta(p, u, b0, b1);
    substituteRange(f.L, f.invDiag, f.layout, u, u, b0, b1);
  };
  let f: FusedFactor;
  try {
    // a factor shared by the batch (batch 1) serves every right-hand side after the loop
    f = assembleAndFactorBand(p, (b, g) => {
      if (g.layout.batch > 1) solveInPlace(g, b, b + 1);
    });
  } catch (e) {
    giveBuffer(u);
    throw e;
  }
  if (f.layout.batch === 1) solveInPlace(f, 0, B);
  return { ...f, u };
}
