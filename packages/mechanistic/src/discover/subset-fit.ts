/**
 * Least squares on a subset of the compressed rows' columns: the inner loop of every support search (thousands of
 * fits per equation). It is the Householder QR that autodiff's `lstsq` runs (column equilibration, reflections in
 * the same order, pivots below 1e-12 of the largest give 0), restricted to the rows that can be nonzero.
 *
 * Why that is the same computation: R̃ is upper triangular, so the chosen column j is zero below row j, and each
 * reflection only mixes rows up to the last nonzero of the column it eliminates, which lies above the next chosen
 * column's. The rows skipped would only add exact zeros to the sums, so the numbers are those of the dense QR,
 * at a fraction of its work: with few unchosen columns between the chosen ones, a reflection spans a handful of
 * rows instead of up to T + 1. (Signed zeros aside: a −0 may stay −0 where the dense loop would write +0.)
 */
import { NumericalError } from "@mechanist/autodiff";
import type { CompressedRows } from "./subset.js";

/** Column-major R (c × n), Qᵀb and the reflector (c), column scales and solution (n): views of one scratch buffer. */
interface Workspace {
  c: number;
  n: number;
  r: Float64Array;
  qb: Float64Array;
  v: Float64Array;
  scale: Float64Array;
  x: Float64Array;
}

/** Grown as needed and reused: a fit allocates only its result. */
let buffer = new Float64Array(0);

function workspace(c: number, n: number): Workspace {
  if (buffer.length < c * n + 2 * c + 2 * n) buffer = new Float64Array(c * n + 2 * c + 2 * n);
  const at = (offset: number, length: number) => buffer.subarray(offset, offset + length);
  return {
    c,
    n,
    r: at(0, c * n),
    qb: at(c * n, c),
    v: at(c * n + c, c),
    scale: at(c * n + 2 * c, n),
    x: at(c * n + 2 * c + n, n),
  };
}

/** Least squares on the columns in `active` from the compressed rows: coefficients (0 elsewhere) and RSS. */
export function subsetFit(
  z: CompressedRows,
  active: readonly boolean[],
): { coefficients: number[]; rss: number } {
  const T = z.terms;
  const cols: number[] = [];
  for (let j = 0; j < T; j++) if (active[j]) cols.push(j);
  const w = workspace(T + 1, cols.length);
  for (let i = 0; i <= T; i++) w.qb[i] = z.r[i * (T + 1) + T];
  if (cols.length > 0) {
    equilibrate(z, cols, w);
    reflect(cols, w);
    solve(w);
  }
  const coefficients = new Array<number>(T).fill(0);
  cols.forEach((j, k) => {
    coefficients[j] = w.x[k];
  });
  return { coefficients, rss: residual(z, cols, w.x) };
}

/** R = the chosen columns over their norms (a zero column keeps scale 1), rows 0..j of column j only. */
function equilibrate(z: CompressedRows, cols: readonly number[], { c, r, scale }: Workspace): void {
  cols.forEach((j, k) => {
    let norm = 0;
    for (let i = 0; i <= j; i++) norm += z.r[i * c + j] ** 2;
    const length = Math.sqrt(norm);
    scale[k] = length > 0 ? length : 1;
    r.fill(0, k * c, (k + 1) * c);
    for (let i = 0; i <= j; i++) r[k * c + i] = z.r[i * c + j] / scale[k];
  });
}

/** Householder reflections of the chosen columns, each over rows q..cols[q] (its possible nonzeros), applied to Qᵀb. */
function reflect(cols: readonly number[], { c, n, r, qb, v }: Workspace): void {
  for (let q = 0; q < n; q++) {
    const last = cols[q];
    const col = q * c;
    let norm = 0;
    for (let i = q; i <= last; i++) norm += r[col + i] ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    const alpha = r[col + q] > 0 ? -norm : norm;
    let vnorm = 0;
    for (let i = q; i <= last; i++) {
      v[i] = r[col + i] - (i === q ? alpha : 0);
      vnorm += v[i] * v[i];
    }
    if (vnorm === 0) continue;
    for (let k = q; k < n; k++) reflectColumn(r, k * c, v, q, last, vnorm);
    reflectColumn(qb, 0, v, q, last, vnorm);
  }
}

/** The column starting at `a[base]` −= (2 v·column / ‖v‖²) v, over rows q..last. */
function reflectColumn(
  a: Float64Array,
  base: number,
  v: Float64Array,
  q: number,
  last: number,
  vnorm: number,
): void {
  let s = 0;
  for (let i = q; i <= last; i++) s += v[i] * a[base + i];
  s = (2 * s) / vnorm;
  for (let i = q; i <= last; i++) a[base + i] -= s * v[i];
}

/** Back substitution on the triangle (dependent columns, pivot ≤ 1e-12 of the largest, get 0), then unscaling. */
function solve({ c, n, r, qb, scale, x }: Workspace): void {
  let maxDiag = 0;
  for (let q = 0; q < n; q++) maxDiag = Math.max(maxDiag, Math.abs(r[q * c + q]));
  for (let q = n - 1; q >= 0; q--) {
    const d = r[q * c + q];
    if (Math.abs(d) <= 1e-12 * maxDiag) {
      x[q] = 0;
      continue;
    }
    let s = qb[q];
    for (let l = q + 1; l < n; l++) s -= r[l * c + q] * x[l];
    x[q] = s / d;
  }
  for (let q = 0; q < n; q++) x[q] /= scale[q];
  for (let q = 0; q < n; q++)
    if (!Number.isFinite(x[q]))
      throw new NumericalError(
        "lstsq produced a non-finite coefficient; the data contain NaN/Inf or overflow",
      );
}

/** Σ_i (r̃_b,i − Σ_k R̃_i,cols[k]·x_k)², the terms in ascending k (column k is zero below row cols[k]). */
function residual(z: CompressedRows, cols: readonly number[], x: Float64Array): number {
  const T = z.terms;
  const c = T + 1;
  let rss = 0;
  let first = 0;
  for (let i = 0; i < c; i++) {
    while (first < cols.length && cols[first] < i) first++;
    let p = 0;
    for (let k = first; k < cols.length; k++) p += z.r[i * c + cols[k]] * x[k];
    rss += (z.r[i * c + T] - p) ** 2;
  }
  return rss;
}
