import { lstsq, matrix } from "@mechanist/autodiff";
import type { CompressedRows } from "../src/discover/subset.js";

/**
 * Reference: the dense computation the staircase fit replaces. The chosen columns of R̃, every row, go to autodiff's
 * Householder `lstsq`, and the RSS is summed over every row.
 */
export function denseSubsetFit(z: CompressedRows, active: readonly boolean[]) {
  const c = z.terms + 1;
  const cols = active.flatMap((on, j) => (on ? [j] : []));
  const a = matrix(c, cols.length);
  const b = matrix(c, 1);
  for (let i = 0; i < c; i++) {
    b.data[i] = z.r[i * c + z.terms];
    cols.forEach((j, k) => {
      a.data[i * cols.length + k] = z.r[i * c + j];
    });
  }
  const x = cols.length > 0 ? lstsq(a, b).data : new Float64Array(0);
  const coefficients = new Array<number>(z.terms).fill(0);
  cols.forEach((j, k) => {
    coefficients[j] = x[k];
  });
  let rss = 0;
  for (let i = 0; i < c; i++) {
    let p = 0;
    for (let k = 0; k < cols.length; k++) p += a.data[i * cols.length + k] * x[k];
    rss += (b.data[i] - p) ** 2;
  }
  return { coefficients, rss };
}
