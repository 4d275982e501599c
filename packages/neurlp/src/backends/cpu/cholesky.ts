import type { BandLayout } from "../../backend.js";
import { NeurlpSingularError } from "../../errors.js";

/**
 * Banded Cholesky M = L Lᵀ in the row-band layout of `BandedMatrix`, sequential over grid points.
 * Row i = s·n + r holds columns (s − W)·n … i, so every dot product below runs over contiguous
 * memory of two rows. Cost per matrix O(N·n·q²) with q = (W + 1)·n − 1, i.e. O(N·(DK)³).
 * `L` receives the factor (lower band; the diagonal holds L_ii), `invDiag` holds 1 / L_ii.
 */

/** A pivot d is accepted when d > PIVOT_TOL · M_ii (the original diagonal) and finite. */
const PIVOT_TOL = 64 * Number.EPSILON;

export function choleskyBand(
  band: Float64Array,
  layout: BandLayout,
  L: Float64Array,
  invDiag: Float64Array,
  batchOffset = 0,
): void {
  const { batch, N, n, W } = layout;
  const rowLen = (W + 1) * n;
  const rows = N * n;
  L.set(band.subarray(0, batch * rows * rowLen));
  for (let b = 0; b < batch; b++) {
    const mBase = b * rows * rowLen;
    const dBase = b * rows;
    for (let i = 0; i < rows; i++) {
      const s = (i / n) | 0;
      const colBaseI = (s - W) * n; // global column of L[i] storage position 0
      const rowI = mBase + i * rowLen - colBaseI; // L[i][k] = L[rowI + k]
      const first = colBaseI > 0 ? colBaseI : 0;
      for (let j = first; j < i; j++) {
        const t = (j / n) | 0;
        const colBaseJ = (t - W) * n;
        const rowJ = mBase + j * rowLen - colBaseJ;
        const kStart = colBaseJ > first ? colBaseJ : first;
        let sum = L[rowI + j]!;
        for (let k = kStart; k < j; k++) sum -= L[rowI + k]! * L[rowJ + k]!;
        L[rowI + j] = sum * invDiag[dBase + j]!;
      }
      let d = L[rowI + i]!;
      const orig = d;
      for (let k = first; k < i; k++) {
        const v = L[rowI + k]!;
        d -= v * v;
      }
      if (!(d > PIVOT_TOL * orig) || !Number.isFinite(d)) {
        const r = i % n;
        throw new NeurlpSingularError(
          `singular normal matrix: pivot ${d} (diagonal ${orig}) at batch element ${b + batchOffset}, step ${s}, row ${r} (dim ${r}/K) — the least-squares problem has no unique solution there (check coefficients, steps, weights and initial values)`,
          b + batchOffset,
          s,
          r,
          d,
        );
      }
      const l = Math.sqrt(d);
      L[rowI + i] = l;
      invDiag[dBase + i] = 1 / l;
    }
  }
}

/**
 * Solve L Lᵀ x = rhs for `count` right-hand sides starting at right-hand side `first`; right-hand
 * side b uses factor b (or factor 0 when the layout's batch is 1). `x` may alias nothing.
 */
export function substituteBand(
  L: Float64Array,
  invDiag: Float64Array,
  layout: BandLayout,
  rhs: ArrayLike<number>,
  x: Float64Array,
  count: number,
): void {
  const { batch, N, n, W } = layout;
  const rowLen = (W + 1) * n;
  const rows = N * n;
  for (let b = 0; b < count; b++) {
    const f = batch === 1 ? 0 : b;
    const mBase = f * rows * rowLen;
    const dBase = f * rows;
    const xo = b * rows;
    // forward: L y = rhs
    for (let i = 0; i < rows; i++) {
      const colBase = (((i / n) | 0) - W) * n;
      const rowI = mBase + i * rowLen - colBase;
      let sum = rhs[xo + i]!;
      for (let k = colBase > 0 ? colBase : 0; k < i; k++) sum -= L[rowI + k]! * x[xo + k]!;
      x[xo + i] = sum * invDiag[dBase + i]!;
    }
    // backward: Lᵀ x = y, column-oriented so row i of L is read contiguously
    for (let i = rows - 1; i >= 0; i--) {
      const colBase = (((i / n) | 0) - W) * n;
      const rowI = mBase + i * rowLen - colBase;
      const xi = x[xo + i]! * invDiag[dBase + i]!;
      x[xo + i] = xi;
      for (let k = colBase > 0 ? colBase : 0; k < i; k++) x[xo + k] -= L[rowI + k]! * xi;
    }
  }
}
