/**
 * Small dense Float64 linear algebra for regression problems (a few thousand rows, tens of columns):
 * the one dense least-squares routine of the workspace. Matrices are row-major Float64Array with
 * explicit (rows, cols).
 */
import { NumericalError, ShapeError } from "../errors.js";

export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** A dense row-major Float64 `rows × cols` matrix (zeros unless `data` is given). */
export function matrix(rows: number, cols: number, data?: Float64Array): Matrix {
  return { rows, cols, data: data ?? new Float64Array(rows * cols) };
}

/** A dense matrix from an array of equal-length rows. */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0].length;
  const m = matrix(r, c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) m.data[i * c + j] = rows[i][j];
  return m;
}

/** Selects a subset of columns. */
export function selectColumns(a: Matrix, cols: readonly number[]): Matrix {
  const out = matrix(a.rows, cols.length);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < cols.length; j++) out.data[i * cols.length + j] = a.data[i * a.cols + cols[j]];
  }
  return out;
}

/** Euclidean norm of every column. */
export function columnNorms(a: Matrix): Float64Array {
  const n = new Float64Array(a.cols);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) n[j] += a.data[i * a.cols + j] ** 2;
  for (let j = 0; j < a.cols; j++) n[j] = Math.sqrt(n[j]);
  return n;
}

/**
 * Least squares min ‖A x − B‖ (B may have several columns) by Householder QR with column equilibration,
 * plus an optional ridge term ‖√ridge · x‖² on the equilibrated problem. QR (not normal equations) because
 * polynomial libraries are ill conditioned: squaring the condition number loses the digits we report.
 * Columns that are numerically dependent (pivot below 1e-12 of the largest) get coefficient 0.
 */
export function lstsq(a: Matrix, b: Matrix, ridge = 0): Matrix {
  if (a.rows !== b.rows)
    throw new ShapeError(`lstsq: A has ${a.rows} rows but B has ${b.rows}; pass one row of B per row of A`);
  const n = a.cols;
  const k = b.cols;
  const extra = ridge > 0 ? n : 0;
  const m = a.rows + extra;
  if (n === 0) return matrix(0, k);
  const scale = columnNorms(a);
  for (let j = 0; j < n; j++) if (!(scale[j] > 0)) scale[j] = 1;
  // Work copies: R (m × n) and Qᵀb (m × k).
  const r = new Float64Array(m * n);
  const qb = new Float64Array(m * k);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < n; j++) r[i * n + j] = a.data[i * n + j] / scale[j];
    for (let j = 0; j < k; j++) qb[i * k + j] = b.data[i * k + j];
  }
  if (extra) for (let j = 0; j < n; j++) r[(a.rows + j) * n + j] = Math.sqrt(ridge);
  const v = new Float64Array(m);
  const steps = Math.min(m, n);
  for (let c = 0; c < steps; c++) {
    let norm = 0;
    for (let i = c; i < m; i++) norm += r[i * n + c] ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    const alpha = r[c * n + c] > 0 ? -norm : norm;
    let vnorm = 0;
    for (let i = c; i < m; i++) {
      v[i] = r[i * n + c] - (i === c ? alpha : 0);
      vnorm += v[i] * v[i];
    }
    if (vnorm === 0) continue;
    for (let j = c; j < n; j++) {
      let s = 0;
      for (let i = c; i < m; i++) s += v[i] * r[i * n + j];
      s = (2 * s) / vnorm;
      for (let i = c; i < m; i++) r[i * n + j] -= s * v[i];
    }
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let i = c; i < m; i++) s += v[i] * qb[i * k + j];
      s = (2 * s) / vnorm;
      for (let i = c; i < m; i++) qb[i * k + j] -= s * v[i];
    }
  }
  let maxDiag = 0;
  for (let c = 0; c < steps; c++) maxDiag = Math.max(maxDiag, Math.abs(r[c * n + c]));
  const x = matrix(n, k);
  for (let j = 0; j < k; j++) {
    for (let c = steps - 1; c >= 0; c--) {
      const d = r[c * n + c];
      if (Math.abs(d) <= 1e-12 * maxDiag) {
        x.data[c * k + j] = 0;
        continue;
      }
      let s = qb[c * k + j];
      for (let l = c + 1; l < n; l++) s -= r[c * n + l] * x.data[l * k + j];
      x.data[c * k + j] = s / d;
    }
  }
  for (let c = 0; c < n; c++) for (let j = 0; j < k; j++) x.data[c * k + j] /= scale[c];
  for (const value of x.data) {
    if (!Number.isFinite(value))
      throw new NumericalError(
        "lstsq produced a non-finite coefficient; the data contain NaN/Inf or overflow",
      );
  }
  return x;
}
