import type { FloatArray } from "@mechanist/neurlp";
import type * as tfns from "@tensorflow/tfjs-core";
import type { TfjsFactor } from "./factor.js";
import type { TfRuntime } from "./tf-runtime.js";

/**
 * Forward and back substitution with a block LDLᵀ factor, batched over right-hand sides, as row
 * vectors [count, 1, n]; two ops per step and direction (a concat and one matMul with the factor's
 * prepared per-step matrices, see `TfjsFactor`):
 *   y_s = [r_s, y_{s−W}, …, y_{s−1}] · F_s,   x_s = [y_s, x_{s+1}, …, x_{s+W}] · R_s.
 * A factor with batch 1 broadcasts over the right-hand sides (tfjs matMul broadcasts batch axes).
 */
export function solveOnDevice(rt: TfRuntime, f: TfjsFactor, rhs: FloatArray, count: number): tfns.Tensor {
  const { tf } = rt;
  const { batch, N, n, W } = f.layout;
  const per = (W + 1) * n * n;
  // right-hand side to step-major [N, count, n] on the host, so each step is a plain upload
  const r = new Float32Array(N * count * n);
  for (let b = 0; b < count; b++) {
    for (let s = 0; s < N; s++) {
      for (let i = 0; i < n; i++) r[(s * count + b) * n + i] = rhs[(b * N + s) * n + i]!;
    }
  }
  const mat = (m: Float32Array, s: number) =>
    tf.tensor3d(m.subarray(s * batch * per, (s + 1) * batch * per), [batch, (W + 1) * n, n]);
  return tf.tidy(() => {
    const zero = tf.zeros([count, 1, n]);
    const y: tfns.Tensor[] = [];
    for (let s = 0; s < N; s++) {
      const rs: tfns.Tensor = tf.tensor3d(r.subarray(s * count * n, (s + 1) * count * n), [count, 1, n]);
      const parts = [rs];
      for (let t = s - W; t < s; t++) parts.push(t >= 0 ? y[t]! : zero);
      y.push(tf.matMul(W > 0 ? tf.concat(parts, 2) : rs, mat(f.forward, s)));
    }
    const x: tfns.Tensor[] = new Array(N);
    for (let s = N - 1; s >= 0; s--) {
      const parts = [y[s]!];
      for (let j = s + 1; j <= s + W; j++) parts.push(j < N ? x[j]! : zero);
      x[s] = tf.matMul(W > 0 ? tf.concat(parts, 2) : y[s]!, mat(f.backward, s));
    }
    return tf.concat(x, 1); // [count, N, n]
  });
}
