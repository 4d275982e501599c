import type { OdeProblem } from "../backend.js";
import { INV_FACTORIAL, taylorRowCount } from "./rows.js";

/**
 * Implicit differentiation of u = M⁻¹ Aᵀ W² b, M = Aᵀ W² A, written per row type.
 *
 * With z = M⁻¹ g (g = dL/du, one more solve with the saved factor) the band formula
 * dβ = z, dM = −z uᵀ chained through M = Σ_rows w² a aᵀ and β = Σ_rows w² a b_row gives, for every
 * constraint row a (coefficients of the row) with right-hand side b_row and residual r = b_row − a·u:
 *
 *   dL/db_row = w² (a·z)          dL/da = w² (r z − (a·z) u)
 *
 * so each input's gradient is a sum over the rows it enters, and the step sizes get
 * dL/dh = Σ_rows w² (r (∂a/∂h)·z − (a·z) (∂a/∂h)·u). No band outer product is materialised and no
 * factorisation is unrolled; the cost is O(B·N·(E·n + D·K²)).
 */

export interface InputGradients {
  /** Same (broadcast) shape as the kernels' coefficients input, `[batch, time, E, D, K]`. */
  coefficients?: Float64Array;
  /** `[batch, time, E]`. */
  rhs?: Float64Array;
  /** `[batch, nIvSteps, D, nIv]`. */
  initial?: Float64Array;
  /** `[batch, N − 1]`. */
  steps?: Float64Array;
}

export interface GradientRequest {
  coefficients?: boolean;
  rhs?: boolean;
  initial?: boolean;
  steps?: boolean;
}

const ALL: GradientRequest = { coefficients: true, rhs: true, initial: true, steps: true };

export function inputGradients(
  p: OdeProblem,
  u: Float64Array,
  z: Float64Array,
  want: GradientRequest = ALL,
): InputGradients {
  const out: InputGradients = {};
  if (want.coefficients || want.rhs) equationGradients(p, u, z, out, want);
  if (want.initial) out.initial = initialGradients(p, z);
  if (want.steps) out.steps = stepGradients(p, u, z);
  return out;
}

function equationGradients(
  p: OdeProblem,
  u: Float64Array,
  z: Float64Array,
  out: InputGradients,
  want: GradientRequest,
): void {
  const { B, N, E, D, K } = p.dims;
  const n = D * K;
  const w2 = p.weights.equation ** 2;
  const { coefficients: c, rhs } = p;
  const dc = want.coefficients ? new Float64Array(c.data.length) : undefined;
  const dr = want.rhs ? new Float64Array(rhs.data.length) : undefined;
  for (let b = 0; b < B; b++) {
    // Same broadcast indexing as assembleBeta, written out: a shared stepOffset() helper measured ~3–4% slower here.
    const cb = c.batch === 1 ? 0 : b;
    const rb = rhs.batch === 1 ? 0 : b;
    for (let s = 0; s < N; s++) {
      const cOff = (cb * c.time + (c.time === 1 ? 0 : s)) * E * n;
      const rOff = (rb * rhs.time + (rhs.time === 1 ? 0 : s)) * E;
      const uo = (b * N + s) * n;
      for (let e = 0; e < E; e++) {
        const ce = cOff + e * n;
        let au = 0;
        let az = 0;
        for (let r = 0; r < n; r++) {
          au += c.data[ce + r]! * u[uo + r]!;
          az += c.data[ce + r]! * z[uo + r]!;
        }
        if (dr) dr[rOff + e] += w2 * az;
        if (dc) {
          const res = rhs.data[rOff + e]! - au;
          for (let r = 0; r < n; r++) dc[ce + r] += w2 * (res * z[uo + r]! - az * u[uo + r]!);
        }
      }
    }
  }
  if (dc) out.coefficients = dc;
  if (dr) out.rhs = dr;
}

function initialGradients(p: OdeProblem, z: Float64Array): Float64Array {
  const { B, N, D, K, nIvSteps, nIv } = p.dims;
  const n = D * K;
  const w2 = p.weights.initial ** 2;
  const iv = p.initial;
  const out = new Float64Array(iv.data.length);
  for (let b = 0; b < B; b++) {
    const ib = iv.batch === 1 ? 0 : b;
    for (let s = 0; s < nIvSteps; s++) {
      for (let d = 0; d < D; d++) {
        for (let k = 0; k < nIv; k++) {
          out[((ib * nIvSteps + s) * D + d) * nIv + k] += w2 * z[(b * N + s) * n + d * K + k]!;
        }
      }
    }
  }
  return out;
}

/**
 * Row coefficients of every Taylor row of every interval for one steps row, and their derivatives
 * d/dh_s: table[s][dir][i] = [near_0..near_{K−1}, far, dnear_0..dnear_{K−1}, dfar]. Near is the
 * expansion point (s for forward rows, s+1 for backward rows), far the other end (index i).
 */
function taylorTable(h: Float64Array, off: number, N: number, K: number, rows: number): Float64Array {
  const rec = 2 * (K + 1);
  const out = new Float64Array((N - 1) * 2 * rows * rec);
  const pw = new Float64Array(K + 1);
  const dpw = new Float64Array(K + 1);
  for (let s = 0; s < N - 1; s++) {
    const hs = h[off + s]!;
    for (let dir = 0; dir < 2; dir++) {
      // dir 0: forward rows about s (x = h); dir 1: backward rows about s+1 (x = −h, dx/dh = −1)
      const x = dir === 0 ? hs : -hs;
      const sign = dir === 0 ? 1 : -1;
      pw[0] = 1;
      dpw[0] = 0;
      for (let j = 1; j <= K; j++) {
        pw[j] = pw[j - 1]! * x;
        dpw[j] = sign * j * pw[j - 1]!;
      }
      for (let i = 0; i < rows; i++) {
        const o = ((s * 2 + dir) * rows + i) * rec;
        for (let j = i; j < K; j++) {
          out[o + j] = pw[j]! * INV_FACTORIAL[j - i]!;
          out[o + K + 1 + j] = dpw[j]! * INV_FACTORIAL[j - i]!;
        }
        out[o + K] = -pw[i]!;
        out[o + 2 * K + 1] = -dpw[i]!;
      }
    }
  }
  return out;
}

function stepGradients(p: OdeProblem, u: Float64Array, z: Float64Array): Float64Array {
  const { B, N, D, K } = p.dims;
  const n = D * K;
  const central = p.smoothness === "central";
  const rows = taylorRowCount(K, central);
  const w2 = p.weights.smoothness ** 2;
  const hs = p.steps;
  const out = new Float64Array(hs.data.length);
  const pTop = K - 1;
  const rec = 2 * (K + 1);
  let table: Float64Array | null = null;
  let tableRow = -1;
  for (let b = 0; b < B; b++) {
    const hb = hs.batch === 1 ? 0 : b;
    if (hb !== tableRow) {
      table = taylorTable(hs.data, hb * (N - 1), N, K, rows);
      tableRow = hb;
    }
    const T = table!;
    for (let s = 0; s < N - 1; s++) {
      const o0 = (b * N + s) * n;
      let grad = 0;
      for (let dir = 0; dir < 2; dir++) {
        const near = dir === 0 ? o0 : o0 + n;
        const far = dir === 0 ? o0 + n : o0;
        for (let i = 0; i < rows; i++) {
          const t = ((s * 2 + dir) * rows + i) * rec;
          const fc = T[t + K]!;
          const dfc = T[t + 2 * K + 1]!;
          for (let d = 0; d < D; d++) {
            const dk = d * K;
            const uf = u[far + dk + i]!;
            const zf = z[far + dk + i]!;
            let au = fc * uf;
            let az = fc * zf;
            let dau = dfc * uf;
            let daz = dfc * zf;
            for (let j = i; j < K; j++) {
              const uj = u[near + dk + j]!;
              const zj = z[near + dk + j]!;
              const a = T[t + j]!;
              const da = T[t + K + 1 + j]!;
              au += a * uj;
              az += a * zj;
              dau += da * uj;
              daz += da * zj;
            }
            grad -= au * daz + az * dau; // r = −a·u since the right-hand side is 0
          }
        }
      }
      out[hb * (N - 1) + s] += w2 * grad;
    }
    if (central) {
      // row: a (u_{s+1,p−1} − u_{s−1,p−1}) − c u_{s,p}, a = H^{p−2}, c = H^{p−1}, H = h_{s−1} + h_s
      for (let s = 1; s < N - 1; s++) {
        const H = hs.data[hb * (N - 1) + s - 1]! + hs.data[hb * (N - 1) + s]!;
        const c = pTop === 1 ? 1 : H ** (pTop - 1);
        const a = c / H;
        const da = (pTop - 2) * (a / H);
        const dc = (pTop - 1) * a;
        const om = (b * N + s - 1) * n;
        const o0 = om + n;
        const op = o0 + n;
        let grad = 0;
        for (let d = 0; d < D; d++) {
          const A = d * K + pTop - 1;
          const Tt = d * K + pTop;
          const du = u[op + A]! - u[om + A]!;
          const dz = z[op + A]! - z[om + A]!;
          const au = a * du - c * u[o0 + Tt]!;
          const az = a * dz - c * z[o0 + Tt]!;
          const dau = da * du - dc * u[o0 + Tt]!;
          const daz = da * dz - dc * z[o0 + Tt]!;
          grad -= au * daz + az * dau;
        }
        out[hb * (N - 1) + s - 1] += w2 * grad;
        out[hb * (N - 1) + s] += w2 * grad;
      }
    }
  }
  return out;
}
