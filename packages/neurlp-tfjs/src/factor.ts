import type { BandedFactor, BandedMatrix, BandLayout } from "@mechanist/neurlp";
import { NeurlpBackendError, NeurlpSingularError } from "@mechanist/neurlp";
import type * as tfns from "@tensorflow/tfjs-core";
import { chain, type TfRuntime } from "./tf-runtime.js";

/**
 * Block LDLᵀ factorisation M = L D Lᵀ of a block-banded SPD matrix, sequential over the N grid points
 * and batched over the matrices: every step is a few tfjs ops on [batch, n, n] tensors.
 *
 * With G_{s,j} = L_{s,j} D_j (j < s, unit diagonal blocks L_{s,s} = I):
 *   G_{s,j} = M_{s,j} − Σ_{t<j} L_{s,t} G_{j,t}ᵀ,   L_{s,j} = G_{s,j} D_j⁻¹,
 *   D_s     = M_{s,s} − Σ_{t<s} L_{s,t} G_{s,t}ᵀ,   D_s⁻¹ by Gauss–Jordan (no pivoting: D_s is SPD).
 * Gauss–Jordan's pivots are exactly the scalar Cholesky pivots of M, so they are checked here.
 *
 * Speed: tfjs pays ~50 µs per op on cpu/wasm, so the loop issues only the arithmetic ops (the band
 * is split into per-step blocks on the host and uploaded without transposes, Gauss–Jordan uses
 * constant unit vectors, and all results are concatenated once at the end: one readback each).
 * The factor is kept on the host (Float32Array) as the per-step matrices the substitution needs:
 * the core keeps factors alive inside `solveODE` results without releasing them, and host storage
 * cannot leak tensors.
 */

export interface TfjsFactor extends BandedFactor {
  /**
   * `[N, batch, (W+1)·n, n]`: forward step y_s = [r_s, y_{s−W}, …, y_{s−1}] · F_s (row vectors),
   * F_s = [I; −L_{s,s−W}ᵀ; …; −L_{s,s−1}ᵀ] (zero blocks before step 0).
   */
  readonly forward: Float32Array;
  /**
   * `[N, batch, (W+1)·n, n]`: back step x_s = [y_s, x_{s+1}, …, x_{s+W}] · R_s,
   * R_s = [D_s⁻¹; −L_{s+1,s}; …; −L_{s+W,s}] (zero blocks past step N − 1).
   */
  readonly backward: Float32Array;
}

/** Split the band into per-step blocks `[N][W+1][batch, n, n]`, the diagonal block symmetrised. */
function stepBlocks(band: ArrayLike<number>, layout: BandLayout): Float32Array[] {
  const { batch, N, n, W } = layout;
  const rowLen = (W + 1) * n;
  const out: Float32Array[] = [];
  for (let s = 0; s < N; s++) {
    const blk = new Float32Array((W + 1) * batch * n * n);
    for (let o = 0; o <= W; o++) {
      for (let b = 0; b < batch; b++) {
        const dst = (o * batch + b) * n * n;
        for (let r = 0; r < n; r++) {
          const row = ((b * N + s) * n + r) * rowLen + o * n;
          for (let c = 0; c < n; c++) {
            // diagonal block: only c ≤ r is meaningful (contract); mirror it
            blk[dst + r * n + c] =
              o === W && c > r ? band[((b * N + s) * n + c) * rowLen + o * n + r]! : band[row + c]!;
          }
        }
      }
    }
    out.push(blk);
  }
  return out;
}

interface Device {
  L: tfns.Tensor;
  Dinv: tfns.Tensor;
  pivots: tfns.Tensor;
}

function factorOnDevice(rt: TfRuntime, band: ArrayLike<number>, layout: BandLayout): Device {
  const { tf } = rt;
  const { batch, N, n, W } = layout;
  const blocks = stepBlocks(band, layout);
  const zero = tf.zeros([batch, n, n]) as tfns.Tensor3D;
  // Gauss–Jordan constants: e_k as a column [1, n, 1] and a row [1, 1, n]
  const eCol = Array.from({ length: n }, (_, k) =>
    tf.tidy(() => tf.cast(tf.reshape(tf.oneHot([k], n), [1, n, 1]), "float32")),
  );
  const eRow = eCol.map((e) => tf.reshape(e, [1, 1, n]));
  const L: tfns.Tensor3D[] = []; // [N·W] blocks L_{s, s−W+o}
  const G: tfns.Tensor3D[][] = [];
  const Dinv: tfns.Tensor3D[] = [];
  const pivots: tfns.Tensor[] = [];
  for (let s = 0; s < N; s++) {
    const blk = blocks[s]!;
    const out = tf.tidy(() => {
      const M = (o: number) =>
        tf.tensor3d(blk.subarray(o * batch * n * n, (o + 1) * batch * n * n), [batch, n, n]);
      const Ls: tfns.Tensor3D[] = [];
      const Gs: tfns.Tensor3D[] = [];
      let d: tfns.Tensor3D = M(W);
      for (let o = 0; o < W; o++) {
        const j = s - W + o;
        if (j < 0) {
          Ls.push(zero);
          Gs.push(zero);
          continue;
        }
        let g = M(o);
        for (let o2 = 0; o2 < o; o2++) {
          if (s - W + o2 >= 0) g = tf.sub(g, tf.matMul(Ls[o2]!, G[j]![o2 - o + W]!, false, true));
        }
        const l = tf.matMul(g, Dinv[j]!) as tfns.Tensor3D;
        d = tf.sub(d, tf.matMul(l, g, false, true));
        Gs.push(g);
        Ls.push(l);
      }
      // in-place Gauss–Jordan: A ← A − (a_{:,k} − e_k)(a_{k,:} + e_kᵀ) / a_kk
      const piv: tfns.Tensor[] = [];
      let a = d;
      for (let k = 0; k < n; k++) {
        const p = tf.slice(a, [0, k, k], [batch, 1, 1]);
        piv.push(p);
        const col = tf.div(tf.sub(tf.slice(a, [0, 0, k], [batch, n, 1]), eCol[k]!), p);
        a = tf.sub(a, tf.matMul(col, tf.add(tf.slice(a, [0, k, 0], [batch, 1, n]), eRow[k]!)));
      }
      return { Ls, Gs, inv: a, piv };
    });
    L.push(...out.Ls);
    G.push(out.Gs);
    Dinv.push(out.inv);
    pivots.push(...out.piv);
    // G_{j,·} is only needed while j is inside the band of the current step
    if (s - W >= 0) for (const g of G[s - W]!) if (g !== zero) g.dispose();
  }
  const result = tf.tidy(() => ({
    L: W > 0 ? tf.concat(L, 0) : tf.zeros([0]), // [N·W·batch, n, n] = [N, W, batch, n, n]
    Dinv: tf.concat(Dinv, 0), // [N, batch, n, n]
    pivots: tf.concat(pivots, 1), // [batch, N·n, 1]
  }));
  for (let s = Math.max(0, N - W); s < N; s++) for (const g of G[s]!) if (g !== zero) g.dispose();
  for (const t of [...L, ...Dinv, ...pivots, ...eCol, ...eRow]) if (t !== zero) t.dispose();
  zero.dispose();
  return result;
}

/** The per-step substitution matrices (see `TfjsFactor`) from L `[N, W, batch, n, n]` and D⁻¹ `[N, batch, n, n]`. */
function substitutionMatrices(L: Float32Array, Dinv: Float32Array, layout: BandLayout) {
  const { batch, N, n, W } = layout;
  const nn = n * n;
  const per = (W + 1) * nn; // one [(W+1)n, n] matrix
  const forward = new Float32Array(N * batch * per);
  const backward = new Float32Array(N * batch * per);
  const Lat = (s: number, o: number, b: number) => ((s * W + o) * batch + b) * nn;
  for (let s = 0; s < N; s++) {
    for (let b = 0; b < batch; b++) {
      const f = (s * batch + b) * per;
      for (let i = 0; i < n; i++) forward[f + i * n + i] = 1;
      for (let o = 0; o < W; o++) {
        if (s - W + o < 0) continue;
        const l = Lat(s, o, b);
        const dst = f + (1 + o) * nn; // −L_{s,t}ᵀ
        for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) forward[dst + c * n + r] = -L[l + r * n + c]!;
      }
      backward.set(Dinv.subarray((s * batch + b) * nn, (s * batch + b + 1) * nn), f);
      for (let q = 1; q <= W; q++) {
        const j = s + q;
        if (j >= N) continue;
        const l = Lat(j, s - j + W, b); // L_{j,s}
        const dst = f + q * nn;
        for (let i = 0; i < nn; i++) backward[dst + i] = -L[l + i]!;
      }
    }
  }
  return { forward, backward };
}

/**
 * Reject non-finite or non-positive pivots (relative to the matrix diagonal), naming the first
 * failing batch element and step. `pivotTolerance` is relative: Float32 rounding makes a singular
 * matrix's pivots tiny noise of either sign, so exact zero is never seen.
 */
function checkPivots(pivots: Float32Array, band: BandedMatrix, pivotTolerance: number): void {
  const { batch, N, n, W } = band.layout;
  const rowLen = (W + 1) * n;
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < N; s++) {
      for (let r = 0; r < n; r++) {
        const p = pivots[(b * N + s) * n + r]!;
        const diag = band.data[((b * N + s) * n + r) * rowLen + W * n + r]!;
        if (!(p > pivotTolerance * diag) || !Number.isFinite(p)) {
          throw new NeurlpSingularError(
            `singular normal matrix (Float32 factorisation): pivot ${p} (diagonal ${diag}) at batch element ${b}, step ${s}, row ${r} of the step's block (row = d·K + k) — the least-squares problem has no unique solution there, or it is too ill-conditioned for Float32 (check coefficients, steps, weights and initial values; the cpu backend works in Float64)`,
            b,
            s,
            r,
            p,
          );
        }
      }
    }
  }
}

export function factorTfjs(
  rt: TfRuntime,
  name: string,
  matrix: BandedMatrix,
  pivotTolerance: number,
): TfjsFactor | Promise<TfjsFactor> {
  const { layout } = matrix;
  if (matrix.data.length !== layout.batch * layout.N * layout.n * (layout.W + 1) * layout.n) {
    throw new NeurlpBackendError(
      `${name}: factor got a band of length ${matrix.data.length} for layout ${JSON.stringify(layout)}`,
    );
  }
  const dev = rt.run(() => factorOnDevice(rt, matrix.data, layout));
  const parts = [rt.read(dev.pivots), rt.read(dev.L), rt.read(dev.Dinv)];
  const done = ([piv, L, Dinv]: Float32Array[]): TfjsFactor => {
    checkPivots(piv!, matrix, pivotTolerance);
    return { layout, backend: name, ...substitutionMatrices(L!, Dinv!, layout) };
  };
  return parts.some((p) => p instanceof Promise)
    ? Promise.all(parts).then(done)
    : done(parts as Float32Array[]);
}

export { chain };
