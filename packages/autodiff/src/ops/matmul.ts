import { broadcastShapes, broadcastStrides, prod, stridedOffsets, sumToData } from "../broadcast.js";
import { fmtShape, ShapeError } from "../errors.js";
import { record } from "../tape.js";
import { allocData, Tensor } from "../tensor.js";
import { reshape, transpose } from "./shape.js";

type Buf = Float64Array | Float32Array;

let packed = new Float64Array(0);

function addRow(c: Buf, o: number, cols: number, v0: number, v1: number, v2: number, v3: number): void {
  c[o] += v0;
  if (cols > 1) c[o + 1] += v1;
  if (cols > 2) c[o + 2] += v2;
  if (cols > 3) c[o + 3] += v3;
}

/**
 * C[m,n] += A[m,k] · B[k,n] at the given offsets (row-major). B is packed into 4-column panels so the inner
 * loop reads it contiguously; each 4x4 tile of C is accumulated in 16 locals (registers) over all of k,
 * so C is touched once per tile and each loaded value is used four times.
 */
// biome-ignore format: the 4x4 register tile reads best as a grid
export function gemm(a: Buf, ao: number, b: Buf, bo: number, c: Buf, co: number, m: number, k: number, n: number): void {
  const np = Math.ceil(n / 4);
  if (packed.length < k * np * 4) packed = new Float64Array(k * np * 4);
  const pk = packed.fill(0, 0, k * np * 4);
  for (let p = 0; p < k; p++) {
    for (let j = 0; j < n; j++) pk[((j >> 2) * k + p) * 4 + (j & 3)] = b[bo + p * n + j];
  }
  for (let jp = 0; jp < np; jp++) {
    const j0 = jp * 4;
    const cols = Math.min(4, n - j0);
    for (let i = 0; i < m; i += 4) {
      // rows past the end re-read row m-1; their sums are discarded
      const r0 = ao + i * k;
      const r1 = ao + Math.min(i + 1, m - 1) * k;
      const r2 = ao + Math.min(i + 2, m - 1) * k;
      const r3 = ao + Math.min(i + 3, m - 1) * k;
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let p = 0, q = jp * k * 4; p < k; p++, q += 4) {
        const b0 = pk[q], b1 = pk[q + 1], b2 = pk[q + 2], b3 = pk[q + 3];
        const a0 = a[r0 + p], a1 = a[r1 + p], a2 = a[r2 + p], a3 = a[r3 + p];
        c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
        c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
        c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
        c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
      }
      const o = co + i * n + j0;
      addRow(c, o, cols, c00, c01, c02, c03);
      if (i + 1 < m) addRow(c, o + n, cols, c10, c11, c12, c13);
      if (i + 2 < m) addRow(c, o + 2 * n, cols, c20, c21, c22, c23);
      if (i + 3 < m) addRow(c, o + 3 * n, cols, c30, c31, c32, c33);
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
