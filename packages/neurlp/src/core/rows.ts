/**
 * The smoothness rows (README, "Formulation"), per dimension, for one interval s → s+1 with
 * step h. Shared by the band assembler, the gradient chain and (independently re-derived) the dense
 * reference. K = p + 1.
 *
 *   forward  row i (s = 0..N−2):  Σ_{j≥i} h^j/(j−i)! · u_{s,j}  − h^i · u_{s+1,i}        = 0
 *   backward row i (s+1 = 1..N−1), g = −h:  Σ_{j≥i} g^j/(j−i)! · u_{s+1,j} − g^i · u_{s,i} = 0
 *   central  row (s = 1..N−2), H = h_{s−1}+h_s:
 *            H^{p−2} (u_{s+1,p−1} − u_{s−1,p−1}) − H^{p−1} u_{s,p}                      = 0
 * with i = 0..p−1 ("central") or i = 0..p ("continuous").
 */

export const INV_FACTORIAL: readonly number[] = (() => {
  const out = [1];
  for (let i = 1; i < 32; i++) out.push(out[i - 1]! / i);
  return out;
})();

/** Number of forward (and of backward) Taylor rows per interval and dimension. */
export function taylorRowCount(K: number, central: boolean): number {
  return central ? K - 1 : K;
}

/**
 * Add the Taylor rows of one interval (one dimension) into three K×K row-major blocks, scaled by w2:
 * `P += Σ a_s a_sᵀ` (diag block s), `Q += Σ a_{s+1} a_{s+1}ᵀ` (diag block s+1),
 * `R += Σ a_{s+1} a_sᵀ` (off-diagonal block M[s+1, s]). `pw` is scratch of length ≥ K.
 */
export function taylorBlocks(
  h: number,
  K: number,
  rows: number,
  w2: number,
  P: Float64Array,
  Q: Float64Array,
  R: Float64Array,
  off: number,
  pw: Float64Array,
): void {
  // forward rows: a_s[j] = h^j/(j−i)!, a_{s+1}[i] = −h^i
  pw[0] = 1;
  for (let j = 1; j < K; j++) pw[j] = pw[j - 1]! * h;
  for (let i = 0; i < rows; i++) {
    const e = pw[i]!;
    for (let r = i; r < K; r++) {
      const ar = pw[r]! * INV_FACTORIAL[r - i]!;
      for (let c = i; c < K; c++) P[off + r * K + c] += w2 * ar * pw[c]! * INV_FACTORIAL[c - i]!;
      R[off + i * K + r] -= w2 * e * ar;
    }
    Q[off + i * K + i] += w2 * e * e;
  }
  // backward rows about s+1 with g = −h: a_{s+1}[j] = g^j/(j−i)!, a_s[i] = −g^i
  for (let j = 1; j < K; j += 2) pw[j] = -pw[j]!;
  for (let i = 0; i < rows; i++) {
    const e = pw[i]!;
    for (let r = i; r < K; r++) {
      const ar = pw[r]! * INV_FACTORIAL[r - i]!;
      for (let c = i; c < K; c++) Q[off + r * K + c] += w2 * ar * pw[c]! * INV_FACTORIAL[c - i]!;
      R[off + r * K + i] -= w2 * e * ar;
    }
    P[off + i * K + i] += w2 * e * e;
  }
}
