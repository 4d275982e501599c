import type { FloatArray } from "@mechanist/neurlp";
import type * as tfns from "@tensorflow/tfjs";
import type { TfjsFactor } from "./factor.js";
import type { TfRuntime } from "./tf-runtime.js";

/**
 * Forward and back substitution with a block LDLᵀ factor, batched over right-hand sides, as row
 * vectors [batch, 1, n]:
 *   y_s = r_s − Σ_{t=s−W}^{s−1} L_{s,t} y_t,   z_s = D_s⁻¹ y_s,   x_s = z_s − Σ_{j=s+1}^{s+W} L_{j,s}ᵀ x_j.
 * A factor with batch 1 broadcasts over the right-hand sides (tfjs matMul broadcasts batch axes).
 */
export function solveOnDevice(rt: TfRuntime, f: TfjsFactor, rhs: FloatArray, count: number): tfns.Tensor {
  const { tf } = rt;
  const { batch, N, n, W } = f.layout;
  return tf.tidy(() => {
    const Lsteps = tf.tensor(f.L, [batch, N, W, n, n]).transpose([1, 2, 0, 3, 4]);
    const L = tf.unstack(Lsteps).map((t) => tf.unstack(t) as tfns.Tensor3D[]);
    const Dinv = tf.unstack(tf.tensor(f.Dinv, [batch, N, n, n]).transpose([1, 0, 2, 3])) as tfns.Tensor3D[];
    const r = tf.unstack(
      tf.tensor(rhs instanceof Float32Array ? rhs : Float32Array.from(rhs), [count, N, 1, n]),
      1,
    ) as tfns.Tensor3D[];
    const y: tfns.Tensor3D[] = [];
    for (let s = 0; s < N; s++) {
      let v = r[s]!;
      for (let o = 0; o < W; o++) {
        const t = s - W + o;
        if (t >= 0) v = v.sub(tf.matMul(y[t]!, L[s]![o]!, false, true));
      }
      y.push(v);
    }
    const x: tfns.Tensor3D[] = new Array(N);
    for (let s = N - 1; s >= 0; s--) {
      let v: tfns.Tensor3D = tf.matMul(y[s]!, Dinv[s]!); // D⁻¹ is symmetric: yᵀD⁻¹ = (D⁻¹y)ᵀ
      for (let j = s + 1; j <= Math.min(N - 1, s + W); j++) v = v.sub(tf.matMul(x[j]!, L[j]![s - j + W]!));
      x[s] = v;
    }
    return tf.stack(x, 1).reshape([count, N, n]);
  });
}
