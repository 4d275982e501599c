import type { FloatArray } from "@mechanist/neurlp";
import type { GpujsFactor } from "./factor.js";
import type { KernelCache } from "./kernels.js";
import { f32, type Steps } from "./steps.js";

/**
 * Substitution with a block LDLᵀ factor, one launch per step and direction over all (rhs, row):
 *   y_s = r_s − Σ_{t=s−W}^{s−1} L_{s,t} y_t,   x_s = D_s⁻¹ y_s − Σ_{j=s+1}^{s+W} L_{j,s}ᵀ x_j.
 */
export function* solveSteps(
  kernels: KernelCache,
  f: GpujsFactor,
  rhs: FloatArray,
  count: number,
): Steps<Float32Array> {
  const { batch, N, n, W } = f.layout;
  const blk = batch * n * n;
  const vec = count * n;
  const c = { n, shared: batch === 1 && count > 1 ? 1 : 0 };
  const fwd = kernels.get("forwardStep", vec, c);
  const bwd = kernels.get("backStep", vec, c);
  const zeroB = new Float32Array(blk);
  const zeroV = new Float32Array(vec);
  const Lblk = (s: number, o: number) =>
    s < N && o >= 0 && o < W ? f.L.subarray((s * W + o) * blk, (s * W + o + 1) * blk) : zeroB;
  // step-major right-hand sides: [N, count, n]
  const r = new Float32Array(N * vec);
  for (let b = 0; b < count; b++)
    for (let s = 0; s < N; s++)
      for (let i = 0; i < n; i++) r[(s * count + b) * n + i] = rhs[(b * N + s) * n + i]!;
  const y: Float32Array[] = [];
  for (let s = 0; s < N; s++) {
    // terms t = s − 1 (o = W − 1) and t = s − 2 (o = W − 2)
    const ya = s >= 1 ? y[s - 1]! : zeroV;
    const yb = s >= 2 ? y[s - 2]! : zeroV;
    const La = s >= 1 ? Lblk(s, W - 1) : zeroB;
    const Lb = s >= 2 ? Lblk(s, W - 2) : zeroB;
    y.push(f32(yield fwd(r.subarray(s * vec, (s + 1) * vec), La, ya, Lb, yb)));
  }
  const x: Float32Array[] = new Array(N);
  for (let s = N - 1; s >= 0; s--) {
    const xa = s + 1 < N ? x[s + 1]! : zeroV;
    const xb = s + 2 < N ? x[s + 2]! : zeroV;
    x[s] = f32(
      yield bwd(
        y[s]!,
        f.Dinv.subarray(s * blk, (s + 1) * blk),
        Lblk(s + 1, W - 1),
        xa,
        Lblk(s + 2, W - 2),
        xb,
      ),
    );
  }
  const out = new Float32Array(count * N * n);
  for (let b = 0; b < count; b++)
    for (let s = 0; s < N; s++) for (let i = 0; i < n; i++) out[(b * N + s) * n + i] = x[s]![b * n + i]!;
  return out;
}
