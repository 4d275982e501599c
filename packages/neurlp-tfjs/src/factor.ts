import type { BandedFactor, BandedMatrix, BandLayout } from "@mechanist/neurlp";
import { NeurlpBackendError, NeurlpSingularError } from "@mechanist/neurlp";
import type * as tfns from "@tensorflow/tfjs";
import { chain, type TfRuntime } from "./tf-runtime.js";

/**
 * Block LDLᵀ factorisation M = L D Lᵀ of a block-banded SPD matrix, sequential over the N grid points
 * and batched over the matrices: every step is a handful of tfjs ops on [batch, n, n] tensors.
 *
 * With G_{s,j} = L_{s,j} D_j (j < s, unit diagonal blocks L_{s,s} = I):
 *   G_{s,j} = M_{s,j} − Σ_{t<j} L_{s,t} G_{j,t}ᵀ,   L_{s,j} = G_{s,j} D_j⁻¹,
 *   D_s     = M_{s,s} − Σ_{t<s} L_{s,t} G_{s,t}ᵀ,   D_s⁻¹ by Gauss–Jordan (no pivoting: D_s is SPD).
 * Gauss–Jordan's pivots are exactly the scalar Cholesky pivots of M, so they are checked here.
 *
 * The factor is kept on the host (Float32Array) rather than as tensors: the core keeps factors
 * alive inside `solveODE` results without releasing them, and host storage cannot leak tensors.
 */

export interface TfjsFactor extends BandedFactor {
  /** `[batch, N, W, n, n]`: L_{s, s−W+o} for o = 0..W−1 (zero where s − W + o < 0). */
  readonly L: Float32Array;
  /** `[batch, N, n, n]`: D_s⁻¹. */
  readonly Dinv: Float32Array;
}

export function isTfjsFactor(f: BandedFactor, name: string): f is TfjsFactor {
  return f.backend === name && (f as TfjsFactor).L instanceof Float32Array;
}

/** In-place Gauss–Jordan inverse of a batch of SPD matrices; also returns the pivots `[batch, n]`. */
function gaussJordanInverse(tf: TfRuntime["tf"], d: tfns.Tensor3D, n: number): [tfns.Tensor3D, tfns.Tensor] {
  let a = d;
  const pivots: tfns.Tensor[] = [];
  for (let k = 0; k < n; k++) {
    const col = a.slice([0, 0, k], [-1, n, 1]);
    const row = a.slice([0, k, 0], [-1, 1, n]);
    const p = a.slice([0, k, k], [-1, 1, 1]);
    pivots.push(p);
    const ek = tf.oneHot(k, n).cast("float32");
    // A ← A − (a_{:,k} − e_k)(a_{k,:} + e_kᵀ) / a_kk : the standard in-place Gauss–Jordan step
    a = a.sub(tf.matMul(col.sub(ek.reshape([1, n, 1])).div(p), row.add(ek.reshape([1, 1, n]))));
  }
  return [a, tf.concat(pivots, 2).reshape([-1, n])];
}

interface Device {
  L: tfns.Tensor;
  Dinv: tfns.Tensor;
  pivots: tfns.Tensor;
}

function factorOnDevice(rt: TfRuntime, band: Float32Array, layout: BandLayout): Device {
  const { tf } = rt;
  const { batch, N, n, W } = layout;
  // [batch, N, n, (W+1)·n] → per step, per column block: [N, W+1, batch, n, n]
  const steps = tf.tidy(() => {
    const blocks = tf.tensor(band, [batch, N, n, W + 1, n]).transpose([1, 3, 0, 2, 4]);
    const lowerBlocks = blocks.slice([0, 0], [N, W]);
    // diagonal blocks: rebuild from the lower triangle (the contract: only c ≤ r is meaningful)
    const diag = blocks.slice([0, W], [N, 1]).reshape([N * batch, n, n]);
    const lower = tf.linalg.bandPart(diag, -1, 0);
    const sym = lower.add(
      tf.linalg
        .bandPart(lower, -1, -1)
        .sub(tf.linalg.bandPart(lower, 0, 0))
        .transpose([0, 2, 1]),
    );
    return tf.unstack(tf.concat([lowerBlocks, sym.reshape([N, 1, batch, n, n])], 1));
  });
  const L: tfns.Tensor3D[][] = [];
  const G: tfns.Tensor3D[][] = [];
  const Dinv: tfns.Tensor3D[] = [];
  const pivots: tfns.Tensor[] = [];
  const zero = tf.zeros([batch, n, n]) as tfns.Tensor3D;
  for (let s = 0; s < N; s++) {
    const out = tf.tidy(() => {
      const M = tf.unstack(steps[s]!) as tfns.Tensor3D[];
      const Ls: tfns.Tensor3D[] = [];
      const Gs: tfns.Tensor3D[] = [];
      for (let o = 0; o < W; o++) {
        const j = s - W + o;
        if (j < 0) {
          Ls.push(zero.clone());
          Gs.push(zero.clone());
          continue;
        }
        let g = M[o]!;
        for (let o2 = 0; o2 < o; o2++) {
          const t = s - W + o2;
          if (t < 0) continue;
          g = g.sub(tf.matMul(Ls[o2]!, G[j]![t - j + W]!, false, true));
        }
        Gs.push(g);
        Ls.push(tf.matMul(g, Dinv[j]!));
      }
      let d = M[W]!;
      for (let o = 0; o < W; o++) if (s - W + o >= 0) d = d.sub(tf.matMul(Ls[o]!, Gs[o]!, false, true));
      const [inv, piv] = gaussJordanInverse(tf, d, n);
      return { Ls, Gs, inv, piv };
    });
    steps[s]!.dispose();
    L.push(out.Ls);
    G.push(out.Gs);
    Dinv.push(out.inv);
    pivots.push(out.piv);
    // G_{j,·} is only needed while j is inside the band of the current step
    if (s - W >= 0) for (const g of G[s - W]!) g.dispose();
  }
  for (let s = Math.max(0, N - W); s < N; s++) for (const g of G[s]!) g.dispose();
  zero.dispose();
  const result = tf.tidy(() => ({
    // [N, W, batch, n, n] → [batch, N, W, n, n]
    L:
      W > 0
        ? tf.stack(L.map((ls) => tf.stack(ls))).transpose([2, 0, 1, 3, 4])
        : tf.zeros([batch, N, 0, n, n]),
    Dinv: tf.stack(Dinv).transpose([1, 0, 2, 3]),
    pivots: tf.stack(pivots), // [N, batch, n]
  }));
  for (const ls of L) for (const t of ls) t.dispose();
  for (const t of Dinv) t.dispose();
  for (const t of pivots) t.dispose();
  return result;
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
        const p = pivots[(s * batch + b) * n + r]!;
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
  const band32 = matrix.data instanceof Float32Array ? matrix.data : Float32Array.from(matrix.data);
  const dev = rt.run(() => factorOnDevice(rt, band32, layout));
  const parts = [rt.read(dev.pivots), rt.read(dev.L), rt.read(dev.Dinv)];
  const done = ([piv, L, Dinv]: Float32Array[]): TfjsFactor => {
    checkPivots(piv!, matrix, pivotTolerance);
    return { layout, backend: name, L: L!, Dinv: Dinv! };
  };
  return parts.some((p) => p instanceof Promise)
    ? Promise.all(parts).then(done)
    : done(parts as Float32Array[]);
}

export { chain };
