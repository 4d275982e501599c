import { broadcastShapes, broadcastStrides, prod, stridedOffsets, sumToData } from "../broadcast.js";
import { fmtShape, ShapeError } from "../errors.js";
import { record } from "../tape.js";
import { allocData, Tensor } from "../tensor.js";
import { reshape, transpose } from "./shape.js";

type Buf = Float64Array | Float32Array;

/**
 * C[m,n] (+)= A[m,k] · B[k,n] at the given offsets. i-k-j order keeps the inner loop contiguous; rows are
 * done four at a time so each loaded B value is used four times.
 */
export function gemm(
  a: Buf,
  ao: number,
  b: Buf,
  bo: number,
  c: Buf,
  co: number,
  m: number,
  k: number,
  n: number,
): void {
  let i = 0;
  for (; i + 3 < m; i += 4) {
    const c0 = co + i * n;
    const c1 = c0 + n;
    const c2 = c1 + n;
    const c3 = c2 + n;
    const a0 = ao + i * k;
    for (let p = 0; p < k; p++) {
      const x0 = a[a0 + p];
      const x1 = a[a0 + k + p];
      const x2 = a[a0 + 2 * k + p];
      const x3 = a[a0 + 3 * k + p];
      const bp = bo + p * n;
      for (let j = 0; j < n; j++) {
        const v = b[bp + j];
        c[c0 + j] += x0 * v;
        c[c1 + j] += x1 * v;
        c[c2 + j] += x2 * v;
        c[c3 + j] += x3 * v;
      }
    }
  }
  for (; i < m; i++) {
    const ci = co + i * n;
    for (let p = 0; p < k; p++) {
      const x = a[ao + i * k + p];
      const bp = bo + p * n;
      for (let j = 0; j < n; j++) c[ci + j] += x * b[bp + j];
    }
  }
}

/** Batched matmul over the last two axes of ≥2-d tensors; batch axes broadcast, nothing is copied. */
function matmulNd(a: Tensor, b: Tensor): Tensor {
  const [m, k] = a.shape.slice(-2);
  const [k2, n] = b.shape.slice(-2);
  if (k !== k2) {
    throw new ShapeError(
      `matmul: inner dimensions differ: ${fmtShape(a.shape)} @ ${fmtShape(b.shape)} (${k} vs ${k2})`,
      [k, n],
      b.shape.slice(-2),
    );
  }
  const ab = a.shape.slice(0, -2);
  const bb = b.shape.slice(0, -2);
  const batch = broadcastShapes("matmul (batch axes)", ab, bb);
  const aOff = stridedOffsets(
    batch,
    broadcastStrides(ab, batch).map((s) => s * m * k),
  );
  const bOff = stridedOffsets(
    batch,
    broadcastStrides(bb, batch).map((s) => s * k * n),
  );
  const dtype = a.dtype === "float64" || b.dtype === "float64" ? "float64" : "float32";
  const c = allocData(dtype, prod(batch) * m * n);
  for (let t = 0; t < aOff.length; t++) gemm(a.data, aOff[t], b.data, bOff[t], c, t * m * n, m, k, n);
  const shape = [...batch, m, n];
  return record("matmul", [a, b], [new Tensor(c, shape)], ([g]) => [
    a.requiresGrad
      ? new Tensor(sumToData(matmulNd(g, transpose(b)).data, [...batch, m, k], a.shape), a.shape)
      : null,
    b.requiresGrad
      ? new Tensor(sumToData(matmulNd(transpose(a), g).data, [...batch, k, n], b.shape), b.shape)
      : null,
  ])[0];
}

/** NumPy matmul: 1-d operands are promoted to a row (left) or column (right) vector and squeezed after. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (a.ndim === 0 || b.ndim === 0) {
    throw new ShapeError(
      `matmul: operands must be at least 1-d, got ${fmtShape(a.shape)} @ ${fmtShape(b.shape)}`,
    );
  }
  if (a.ndim >= 2 && b.ndim >= 2) return matmulNd(a, b);
  const y = matmulNd(a.ndim === 1 ? reshape(a, [1, a.size]) : a, b.ndim === 1 ? reshape(b, [b.size, 1]) : b);
  const s = [...y.shape];
  if (b.ndim === 1) s.pop();
  if (a.ndim === 1) s.splice(s.length - (b.ndim === 1 ? 1 : 2), 1);
  return reshape(y, s);
}
