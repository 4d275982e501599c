import {
  type BandedFactor,
  type BandedMatrix,
  NeurlpBackendError,
  NeurlpSingularError,
} from "@mechanist/neurlp";
import type { KernelCache } from "./kernels.js";
import { f32, type Steps } from "./steps.js";

/**
 * Block LDLᵀ factorisation M = L D Lᵀ, sequential over the N grid points, every step a few gpu.js
 * kernel launches over all (batch, row, column) entries of the step's n×n blocks:
 *   G_{s,j} = M_{s,j} − Σ_{t<j} L_{s,t} G_{j,t}ᵀ,   L_{s,j} = G_{s,j} D_j⁻¹,
 *   D_s = M_{s,s} − Σ_{t<s} L_{s,t} G_{s,t}ᵀ,        D_s⁻¹ by n Gauss–Jordan steps.
 * Gauss–Jordan pivots are the scalar Cholesky pivots of M; they are checked on the host as they come.
 */

export interface GpujsFactor extends BandedFactor {
  /** `[N, W, batch, n, n]`: L_{s, s−W+o} (zero where s − W + o < 0). */
  readonly L: Float32Array;
  /** `[N, batch, n, n]`: D_s⁻¹. */
  readonly Dinv: Float32Array;
}

export function* factorSteps(
  kernels: KernelCache,
  name: string,
  matrix: BandedMatrix,
  pivotTolerance: number,
): Steps<GpujsFactor> {
  const { batch, N, n, W } = matrix.layout;
  const rowLen = (W + 1) * n;
  const stepLen = batch * n * rowLen;
  const blk = batch * n * n;
  if (matrix.data.length !== batch * N * n * rowLen) {
    throw new NeurlpBackendError(
      `${name}: factor got a band of length ${matrix.data.length} for layout ${JSON.stringify(matrix.layout)}`,
    );
  }
  // step-major copy so that every step's rows are one contiguous slice: [N, batch, n, rowLen]
  const band = new Float32Array(N * stepLen);
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < N; s++) {
      const src = (b * N + s) * n * rowLen;
      band.set(matrix.data.subarray(src, src + n * rowLen), (s * batch + b) * n * rowLen);
    }
  }
  const L = new Float32Array(N * W * blk);
  const Dinv = new Float32Array(N * blk);
  const G: Float32Array[][] = [];
  const c = { n, shared: 0 };
  const subLGt = kernels.get("subLGt", blk, c);
  const mulDinv = kernels.get("mulDinv", blk, c);
  const gj = kernels.get("gaussJordanStep", blk, c);
  const zero = new Float32Array(blk);
  for (let s = 0; s < N; s++) {
    const Ms = band.subarray(s * stepLen, (s + 1) * stepLen);
    const Gs: Float32Array[] = [];
    const Ls: Float32Array[] = [];
    for (let o = 0; o < W; o++) {
      const j = s - W + o;
      if (j < 0) {
        Gs.push(zero);
        Ls.push(zero);
        continue;
      }
      // W ≤ 2: at most one correction term, from t = s − W (o2 = 0) when o = 1
      const Lt = o === 1 && s - W >= 0 ? Ls[0]! : zero;
      const Gjt = o === 1 && s - W >= 0 ? G[j]![W - 1]! : zero;
      const g = f32(yield subLGt(Ms, rowLen, o * n, 0, Lt, Gjt));
      const l = f32(yield mulDinv(g, n, 0, Dinv.subarray(j * blk, (j + 1) * blk)));
      Gs.push(g);
      Ls.push(l);
      L.set(l, (s * W + o) * blk);
    }
    let d = f32(yield subLGt(Ms, rowLen, W * n, 1, Ls[0] ?? zero, Gs[0] ?? zero));
    for (let o = 1; o < W; o++) d = f32(yield subLGt(d, n, 0, 0, Ls[o]!, Gs[o]!));
    for (let k = 0; k < n; k++) {
      checkPivots(d, k, s, matrix, pivotTolerance);
      d = f32(yield gj(d, k));
    }
    Dinv.set(d, s * blk);
    G.push(Gs);
    if (s - W >= 0) G[s - W] = [];
  }
  return { layout: matrix.layout, backend: name, L, Dinv };
}

function checkPivots(d: Float32Array, k: number, s: number, m: BandedMatrix, tol: number): void {
  const { batch, N, n, W } = m.layout;
  const rowLen = (W + 1) * n;
  for (let b = 0; b < batch; b++) {
    const p = d[(b * n + k) * n + k]!;
    const diag = m.data[((b * N + s) * n + k) * rowLen + W * n + k]!;
    if (!(p > tol * diag) || !Number.isFinite(p)) {
      throw new NeurlpSingularError(
        `singular normal matrix (Float32 factorisation): pivot ${p} (diagonal ${diag}) at batch element ${b}, step ${s}, row ${k} of the step's block (row = d·K + k) — the least-squares problem has no unique solution there, or it is too ill-conditioned for Float32 (check coefficients, steps, weights and initial values; the cpu backend works in Float64)`,
        b,
        s,
        k,
        p,
      );
    }
  }
}
