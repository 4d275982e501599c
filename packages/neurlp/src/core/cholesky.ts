import type { BandedMatrix, BandLayout } from "../backend.js";
import { NeurlpSingularError } from "../errors.js";
import { giveBuffer, takeBuffer } from "./buffers.js";
import { generatedKernels, type Kernels } from "./codegen.js";

/**
 * The core's Float64 banded Cholesky: the host-side definiteness check (`checkDefinite`, used when a
 * Float32 backend's factorisation breaks down) and the kernels of the CPU backend.
 *
 * Banded Cholesky M = L Lᵀ in the row-band layout of `BandedMatrix`, sequential over grid points.
 * Row i = s·n + r holds columns (s − W)·n … i, so every dot product below runs over contiguous
 * memory of two rows. Cost per matrix O(N·n·q²) with q = (W + 1)·n − 1, i.e. O(N·(DK)³).
 * `L` receives the factor (lower band; the diagonal holds L_ii), `invDiag` holds 1 / L_ii.
 */

/** A pivot d is accepted when d > PIVOT_TOL · M_ii (the original diagonal) and finite. */
export const PIVOT_TOL = 64 * Number.EPSILON;

export function choleskyBand(
  band: Float64Array,
  layout: BandLayout,
  L: Float64Array,
  invDiag: Float64Array,
  batchOffset = 0,
): void {
  const { batch, N, n, W } = layout;
  const rowLen = (W + 1) * n;
  const piv = new Float64Array(1);
  const gen = generatedKernels(n, W);
  for (let b = 0; b < batch; b++) {
    const mBase = b * N * n * rowLen;
    const bad = factorSteps(band, L, invDiag, layout, mBase, b * N * n, 0, N, piv, gen);
    if (bad >= 0) throw singularError(band, layout, mBase, bad, piv[0]!, b + batchOffset);
  }
}

/**
 * Throws `NeurlpSingularError` (naming the batch element and step) unless every matrix of `m` is
 * positive definite in Float64. Factors a copy: `m` is left as it is.
 */
export function checkDefinite(m: BandedMatrix): void {
  const { batch, N, n } = m.layout;
  const L = takeBuffer(m.data.length, false);
  L.set(m.data);
  const invDiag = takeBuffer(batch * N * n, false);
  try {
    choleskyBand(L, m.layout, L, invDiag);
  } finally {
    giveBuffer(L);
    giveBuffer(invDiag);
  }
}

/**
 * Factor steps [s0, s1) of the matrix at `mBase` (generated code where available, the loops for
 * the first W steps and for large blocks; `gen` is `generatedKernels(n, W)`). Returns −1, or the failing row s·n + r (pivot in piv[0]).
 */
export function factorSteps(
  band: Float64Array,
  L: Float64Array,
  invDiag: Float64Array,
  layout: BandLayout,
  mBase: number,
  dBase: number,
  s0: number,
  s1: number,
  piv: Float64Array,
  gen: Kernels | null,
): number {
  const warm = gen ? Math.max(s0, Math.min(layout.W, s1)) : s1; // steps handled by the generic loop
  const bad = factorGeneric(band, L, invDiag, layout, mBase, dBase, s0, warm, PIVOT_TOL, piv);
  if (bad >= 0 || !gen || warm >= s1) return bad;
  return gen.factor(band, L, invDiag, mBase, dBase, warm, s1, PIVOT_TOL, piv);
}

/** The typed error for a failed pivot at local row `bad` of the matrix at `mBase`. */
export function singularError(
  band: Float64Array,
  layout: BandLayout,
  mBase: number,
  bad: number,
  pivot: number,
  batch: number,
): NeurlpSingularError {
  const { n, W } = layout;
  const s = Math.floor(bad / n);
  const r = bad % n;
  const diagonal = band[mBase + bad * (W + 1) * n + W * n + r];
  return new NeurlpSingularError(
    `singular normal matrix: pivot ${pivot} (diagonal ${diagonal}) at batch element ${batch}, step ${s}, row ${r} of the step's block (row = d·K + k) — the least-squares problem has no unique solution there (check coefficients, steps, weights and initial values)`,
    batch,
    s,
    r,
    pivot,
  );
}

/** Generic-loop factorisation of steps [s0, s1) of one matrix; returns −1 or the failing row s·n + r. */
function factorGeneric(
  band: Float64Array,
  L: Float64Array,
  invDiag: Float64Array,
  layout: BandLayout,
  mBase: number,
  dBase: number,
  s0: number,
  s1: number,
  tol: number,
  piv: Float64Array,
): number {
  const { n, W } = layout;
  const rowLen = (W + 1) * n;
  const diag = W * n;
  for (let s = s0; s < s1; s++) {
    // local column c of a row of step s is global column (s − W)·n + c; columns < c0 do not exist
    const c0 = s < W ? (W - s) * n : 0;
    for (let r = 0; r < n; r++) {
      const rowI = mBase + (s * n + r) * rowLen;
      for (let blk = c0 / n; blk <= W; blk++) {
        const t = s - W + blk; // step of row j
        const shift = (W - blk) * n; // local column c' of row i is c' + shift in row j
        const jEnd = blk === W ? r : n;
        for (let rj = 0; rj < jEnd; rj++) {
          const c = blk * n + rj;
          const rowJ = mBase + (t * n + rj) * rowLen + shift;
          let sum = band[rowI + c]!;
          for (let k = c0; k < c; k++) sum -= L[rowI + k]! * L[rowJ + k]!;
          L[rowI + c] = sum * invDiag[dBase + t * n + rj]!;
        }
      }
      let d = band[rowI + diag + r]!;
      for (let k = c0; k < diag + r; k++) {
        const v = L[rowI + k]!;
        d -= v * v;
      }
      if (!(d > tol * band[rowI + diag + r]!) || !(d < Number.POSITIVE_INFINITY)) {
        piv[0] = d;
        return s * n + r;
      }
      const l = Math.sqrt(d);
      L[rowI + diag + r] = l;
      invDiag[dBase + s * n + r] = 1 / l;
    }
  }
  return -1;
}

/**
 * Solve L Lᵀ x = rhs for `count` right-hand sides; right-hand side b uses factor b (or factor 0 when
 * the layout's batch is 1).
 */
export function substituteBand(
  L: Float64Array,
  invDiag: Float64Array,
  layout: BandLayout,
  rhs: ArrayLike<number>,
  x: Float64Array,
  count: number,
): void {
  substituteRange(L, invDiag, layout, rhs, x, 0, count);
}

/**
 * `substituteBand` for right-hand sides b0 … b1 − 1 only (the others are left as they are). `rhs` may
 * be `x` itself: every entry is read before the solution is written there.
 */
export function substituteRange(
  L: Float64Array,
  invDiag: Float64Array,
  layout: BandLayout,
  rhs: ArrayLike<number>,
  x: Float64Array,
  b0: number,
  b1: number,
): void {
  const { batch, N, n, W } = layout;
  const rowLen = (W + 1) * n;
  const rows = N * n;
  const gen = generatedKernels(n, W);
  const warm = gen ? Math.min(W, N) : N;
  for (let b = b0; b < b1; b++) {
    const f = batch === 1 ? 0 : b;
    const mBase = f * rows * rowLen;
    const dBase = f * rows;
    const xo = b * rows;
    forwardGeneric(L, invDiag, layout, rhs, x, mBase, dBase, xo, 0, warm);
    if (gen) gen.forward(L, invDiag, rhs, x, mBase, dBase, xo, warm, N);
    if (gen) gen.backward(L, invDiag, rhs, x, mBase, dBase, xo, warm, N);
    backwardGeneric(L, invDiag, layout, x, mBase, dBase, xo, 0, warm);
  }
}

// Positional parameters like codegen.ts's ForwardSteps (plus layout), deliberately: no args object in the hot kernel.
function forwardGeneric(
  L: Float64Array,
  invDiag: Float64Array,
  layout: BandLayout,
  rhs: ArrayLike<number>,
  x: Float64Array,
  mBase: number,
  dBase: number,
  xo: number,
  s0: number,
  s1: number,
): void {
  const { n, W } = layout;
  const rowLen = (W + 1) * n;
  const diag = W * n;
  // L y = rhs; local column c of row (s, r) is unknown (s − W)·n + c
  for (let s = s0; s < s1; s++) {
    const c0 = s < W ? (W - s) * n : 0;
    const xs = xo + (s - W) * n;
    for (let r = 0; r < n; r++) {
      const rowI = mBase + (s * n + r) * rowLen;
      let sum = rhs[xo + s * n + r]!;
      for (let c = c0; c < diag + r; c++) sum -= L[rowI + c]! * x[xs + c]!;
      x[xo + s * n + r] = sum * invDiag[dBase + s * n + r]!;
    }
  }
}

function backwardGeneric(
  L: Float64Array,
  invDiag: Float64Array,
  layout: BandLayout,
  x: Float64Array,
  mBase: number,
  dBase: number,
  xo: number,
  s0: number,
  s1: number,
): void {
  const { n, W } = layout;
  const rowLen = (W + 1) * n;
  const diag = W * n;
  // Lᵀ x = y, column-oriented so each row of L is read contiguously
  for (let s = s1 - 1; s >= s0; s--) {
    const c0 = s < W ? (W - s) * n : 0;
    const xs = xo + (s - W) * n;
    for (let r = n - 1; r >= 0; r--) {
      const rowI = mBase + (s * n + r) * rowLen;
      const xi = x[xo + s * n + r]! * invDiag[dBase + s * n + r]!;
      x[xo + s * n + r] = xi;
      for (let c = c0; c < diag + r; c++) x[xs + c] -= L[rowI + c]! * xi;
    }
  }
}
