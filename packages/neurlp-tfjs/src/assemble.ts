import type { RhsProblem } from "@mechanist/neurlp";
import type * as tfns from "@tensorflow/tfjs-core";
import type { TfRuntime } from "./tf-runtime.js";

/**
 * Normal right-hand side Aᵀ W² b `[B, N, n]` with tfjs ops:
 * beta[b, s, :] = w_eq² Σ_e rhs[b, s, e] · c[b, s, e, :] + w_iv² · (initial values at k < nIv, s < nIvSteps).
 * Broadcast (batch or time 1) inputs stay broadcast until the final `broadcastTo`.
 */
export function assembleRhsOnDevice(rt: TfRuntime, p: RhsProblem): tfns.Tensor {
  const { tf } = rt;
  const { B, N, E, D, K, nIvSteps, nIv } = p.dims;
  const n = D * K;
  const { coefficients: c, rhs, initial } = p;
  return tf.tidy(() => {
    const ct = tf.tensor(Float32Array.from(c.data), [c.batch, c.time, E, n]);
    const rt4 = tf.tensor(Float32Array.from(rhs.data), [rhs.batch, rhs.time, E, 1]);
    // Σ_e as an elementwise product and a sum, not matMul: matMul's batch broadcasting gave wrong
    // sums when one input is shared over the batch and the other over time ([1, N] × [B, 1])
    const eq = tf.sum(tf.mul(rt4, ct), 2);
    let beta = tf.broadcastTo(tf.mul(eq, p.weights.equation ** 2), [B, N, n]);
    if (nIvSteps > 0 && nIv > 0) {
      const ivs = tf.tensor(Float32Array.from(initial.data), [initial.batch, nIvSteps, D, nIv]);
      const padded = tf.pad(ivs, [
        [0, 0],
        [0, N - nIvSteps],
        [0, 0],
        [0, K - nIv],
      ]);
      const iv = tf.reshape(padded, [initial.batch, N, n]);
      beta = tf.add(beta, tf.mul(iv, p.weights.initial ** 2));
    }
    return beta;
  });
}
