import type { OdeProblem } from "../backend.js";
import { takeBuffer } from "./buffers.js";
import { generatedGradients } from "./codegen-gradients.js";
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
 *
 * The loops below are the reference; core/codegen-gradients.ts runs the same operations as
 * generated straight-line code (bit-identical, tested) whenever code generation is available.
 * Output arrays come from the buffer pool (zeroed): they belong to the caller.
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
  const dc = want.coefficients ? takeBuffer(p.coefficients.data.length) : null;
  const dr = want.rhs ? takeBuffer(p.rhs.data.length) : null;
  const dh = want.steps ? takeBuffer(p.steps.data.length) : null;
  if (!generatedGradients(p, u, z, dc, dr, dh)) {
    if (dc || dr) equationGradients(p, u, z, dc, dr);
    if (dh) stepGradients(p, u, z, dh);
  }
  if (dc) out.coefficients = dc;
  if (dr) out.rhs = dr;
  if (dh) out.steps = dh;
  if (want.initial) out.initial = initialGradients(p, z);
  return out;
}

function equationGradients(
  p: OdeProblem,
  u: Float64Array,
  z: Float64Array,
  dc: Float64Array | null,
  dr: Float64Array | null,
): void {
  const { B, N, E, D, K } = p.dims;
  const n = D * K;
  const w2 = p.weights.equation ** 2;
  const { coefficients: c, rhs } = p;
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
 * Powers of the expansion step of one interval's Taylor rows and their derivatives d/dh:
 * pw[dir·(K+1) + j] = x^j, dpw[…] = d(x^j)/dh, with x = h for the forward rows (about s) and x = −h
 * for the backward rows (about s + 1).
 */
function intervalPowers(h: number, K: number, pw: Float64Array, dpw: Float64Array): void {
  for (let dir = 0; dir < 2; dir++) {
    const x = dir === 0 ? h : -h;
    const sign = dir === 0 ? 1 : -1;
    const o = dir * (K + 1);
    pw[o] = 1;
    dpw[o] = 0;
    for (let j = 1; j <= K; j++) {
      pw[o + j] = pw[o + j - 1]! * x;
      dpw[o + j] = sign * j * pw[o + j - 1]!;
    }
  }
}

/**
 * dL/dh of the Taylor rows of interval s of batch element b. Row i about the near end has
 * coefficients near_j = x^j/(j−i)! (j ≥ i) and far_i = −x^i (computed inline: a table per steps row
 * cost an allocation and a memory round trip per batch element).
 */
function taylorStepGradient(
  u: Float64Array,
  z: Float64Array,
  o0: number,
  n: number,
  D: number,
  K: number,
  rows: number,
  pw: Float64Array,
  dpw: Float64Array,
): number {
  let grad = 0;
  for (let dir = 0; dir < 2; dir++) {
    const near = dir === 0 ? o0 : o0 + n;
    const far = dir === 0 ? o0 + n : o0;
    const po = dir * (K + 1);
    for (let i = 0; i < rows; i++) {
      const fc = -pw[po + i]!;
      const dfc = -dpw[po + i]!;
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
          const a = pw[po + j]! * INV_FACTORIAL[j - i]!;
          const da = dpw[po + j]! * INV_FACTORIAL[j - i]!;
          au += a * uj;
          az += a * zj;
          dau += da * uj;
          daz += da * zj;
        }
        grad -= au * daz + az * dau; // r = −a·u since the right-hand side is 0
      }
    }
  }
  return grad;
}

function stepGradients(p: OdeProblem, u: Float64Array, z: Float64Array, out: Float64Array): void {
  const { B, N, D, K } = p.dims;
  const n = D * K;
  const central = p.smoothness === "central";
  const rows = taylorRowCount(K, central);
  const w2 = p.weights.smoothness ** 2;
  const hs = p.steps;
  const pTop = K - 1;
  const pw = new Float64Array(2 * (K + 1));
  const dpw = new Float64Array(2 * (K + 1));
  for (let b = 0; b < B; b++) {
    const hb = hs.batch === 1 ? 0 : b;
    for (let s = 0; s < N - 1; s++) {
      intervalPowers(hs.data[hb * (N - 1) + s]!, K, pw, dpw);
      const grad = taylorStepGradient(u, z, (b * N + s) * n, n, D, K, rows, pw, dpw);
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
}
