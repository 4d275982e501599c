import { broadcastShapes, broadcastStrides, stridedOffsets, sumToData } from "../broadcast.js";
import { fmtShape, ShapeError } from "../errors.js";
import { record } from "../tape.js";
import { allocData, Tensor } from "../tensor.js";
import { wasmGemm, wasmGemmConfig } from "../wasm/gemm.js";
import { reshape } from "./shape.js";

type Buf = Float64Array | Float32Array;

let packed = new Float64Array(0);

function addRow(c: Buf, o: number, cols: number, v0: number, v1: number, v2: number, v3: number): void {
  c[o] += v0;
  if (cols > 1) c[o + 1] += v1;
  if (cols > 2) c[o + 2] += v2;
  if (cols > 3) c[o + 3] += v3;
}

/**
 * The plain-JS kernel: C[m,n] += op(A)·op(B), op(A)[i,p] = a[ao + i·ars + p·acs], op(B)[p,j] = b[bo + p·brs + j·bcs].
 * B is packed into 4-column panels so the inner loop reads it contiguously; each 4x4 tile of C is
 * accumulated in 16 locals (registers) over all of k, so C is touched once per tile.
 */
// biome-ignore format: the 4x4 register tile reads best as a grid
function jsGemm(a: Buf, ao: number, ars: number, acs: number, b: Buf, bo: number, brs: number, bcs: number, c: Buf, co: number, m: number, k: number, n: number): void {
  const np = Math.ceil(n / 4);
  if (packed.length < k * np * 4) packed = new Float64Array(k * np * 4);
  const pk = packed.fill(0, 0, k * np * 4);
  for (let p = 0; p < k; p++) {
    for (let j = 0; j < n; j++) pk[((j >> 2) * k + p) * 4 + (j & 3)] = b[bo + p * brs + j * bcs];
  }
  for (let jp = 0; jp < np; jp++) {
    const j0 = jp * 4;
    const cols = Math.min(4, n - j0);
    for (let i = 0; i < m; i += 4) {
      // rows past the end re-read row m-1; their sums are discarded
      const r0 = ao + i * ars;
      const r1 = ao + Math.min(i + 1, m - 1) * ars;
      const r2 = ao + Math.min(i + 2, m - 1) * ars;
      const r3 = ao + Math.min(i + 3, m - 1) * ars;
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let p = 0, q = jp * k * 4, x = 0; p < k; p++, q += 4, x += acs) {
        const b0 = pk[q], b1 = pk[q + 1], b2 = pk[q + 2], b3 = pk[q + 3];
        const a0 = a[r0 + x], a1 = a[r1 + x], a2 = a[r2 + x], a3 = a[r3 + x];
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

/** C[m,n] += op(A)·op(B) (strides as in jsGemm): the wasm SIMD kernels above a size threshold, else JS. */
// biome-ignore format: one line per operand
export function gemmStrided(
  a: Buf, ao: number, ars: number, acs: number,
  b: Buf, bo: number, brs: number, bcs: number,
  c: Buf, co: number, m: number, k: number, n: number,
): void {
  const cfg = wasmGemmConfig;
  if (cfg.enabled && m * k * n >= cfg.minWork && wasmGemm(a, ao, ars, acs, b, bo, brs, bcs, c, co, m, k, n)) return;
  jsGemm(a, ao, ars, acs, b, bo, brs, bcs, c, co, m, k, n);
}

/** C[m,n] += A[m,k] · B[k,n] at the given offsets (row-major). */
// biome-ignore format: keep the signature on one line
export function gemm(a: Buf, ao: number, b: Buf, bo: number, c: Buf, co: number, m: number, k: number, n: number): void {
  gemmStrided(a, ao, k, 1, b, bo, n, 1, c, co, m, k, n);
}

/** op(x)·op(y) for each index of the broadcast `batch` axes, op = transpose of the last two axes if t. */
function bmm(x: Tensor, tx: boolean, y: Tensor, ty: boolean, batch: readonly number[]): Buf {
  const [xr, xc] = x.shape.slice(-2);
  const [yr, yc] = y.shape.slice(-2);
  const [m, k, n] = [tx ? xc : xr, tx ? xr : xc, ty ? yr : yc];
  const offsets = (s: readonly number[], size: number) =>
    stridedOffsets(
      batch,
      broadcastStrides(s.slice(0, -2), batch).map((st) => st * size),
    );
  const xOff = offsets(x.shape, xr * xc);
  const yOff = offsets(y.shape, yr * yc);
  const c = allocData(
    x.dtype === "float64" || y.dtype === "float64" ? "float64" : "float32",
    xOff.length * m * n,
  );
  const [xrs, xcs, yrs, ycs] = [tx ? 1 : xc, tx ? xc : 1, ty ? 1 : yc, ty ? yc : 1];
  for (let t = 0; t < xOff.length; t++) {
    gemmStrided(x.data, xOff[t], xrs, xcs, y.data, yOff[t], yrs, ycs, c, t * m * n, m, k, n);
  }
  return c;
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
  const batch = broadcastShapes("matmul (batch axes)", a.shape.slice(0, -2), b.shape.slice(0, -2));
  const shape = [...batch, m, n];
  // the backward products read g, a and b in place, transposed through strides (no transpose copies)
  return record("matmul", [a, b], [new Tensor(bmm(a, false, b, false, batch), shape)], ([g]) => [
    a.requiresGrad
      ? new Tensor(sumToData(bmm(g, false, b, true, batch), [...batch, m, k], a.shape), a.shape)
      : null,
    b.requiresGrad
      ? new Tensor(sumToData(bmm(a, true, g, false, batch), [...batch, k, n], b.shape), b.shape)
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
