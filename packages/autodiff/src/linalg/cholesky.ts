/**
 * Dense Cholesky solve of a small symmetric positive-definite system, the one dense SPD routine of the
 * workspace (the NeuRLP dense reference, discovery's Gauss–Newton steps). Row-major, O(n³).
 */

/** Where the factorisation stopped: the first row whose pivot was zero, negative or not finite. */
export interface NotPositiveDefinite {
  readonly row: number;
  readonly pivot: number;
}

/**
 * Solves A x = b for SPD `a` (n × n, row-major; neither input is modified). Returns the solution, or
 * the failing pivot when A is not numerically positive definite (the caller decides how to report it).
 */
export function choleskySolve(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  n: number,
): Float64Array | NotPositiveDefinite {
  const l = Float64Array.from(a);
  for (let j = 0; j < n; j++) {
    let s = l[j * n + j]!;
    for (let k = 0; k < j; k++) s -= l[j * n + k]! ** 2;
    if (!(s > 0) || !Number.isFinite(s)) return { row: j, pivot: s };
    const d = Math.sqrt(s);
    l[j * n + j] = d;
    for (let i = j + 1; i < n; i++) {
      let v = l[i * n + j]!;
      for (let k = 0; k < j; k++) v -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = v / d;
    }
  }
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    let s = x[i]!;
    for (let k = 0; k < i; k++) s -= l[i * n + k]! * x[k]!;
    x[i] = s / l[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * x[k]!;
    x[i] = s / l[i * n + i]!;
  }
  return x;
}
