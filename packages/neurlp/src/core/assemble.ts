import type { BandedMatrix, BandLayout, LhsProblem, RhsProblem, Smoothness } from "../backend.js";
import { giveBuffer, takeBuffer } from "./buffers.js";
import { taylorBlocks, taylorRowCount } from "./rows.js";

/**
 * Float64 assembly of the normal equations straight into the row-band layout of `BandedMatrix`
 * (documented in backend.ts). This is the reference definition: the CPU backend's kernels call it,
 * and the core uses it for Float64 residuals when refining a Float32 backend's solution.
 */

export function bandWidth(smoothness: Smoothness): number {
  return smoothness === "central" ? 2 : 1;
}

export function lhsLayout(lhs: LhsProblem): BandLayout {
  const { N, D, K } = lhs.dims;
  return {
    batch: Math.max(lhs.coefficients.batch, lhs.steps.batch),
    N,
    n: D * K,
    W: bandWidth(lhs.smoothness),
  };
}

/** Normal matrix Aᵀ W² A of every distinct left-hand side, in row-band layout. */
export function assembleBand(lhs: LhsProblem): BandedMatrix {
  const layout = lhsLayout(lhs);
  const { N, n, W } = layout;
  const matLen = N * n * (W + 1) * n;
  const data = takeBuffer(layout.batch * matLen);
  // The smoothness and initial rows depend only on the steps: with shared steps, build them once
  // and copy (memcpy) into every matrix before adding that matrix's equation rows.
  let template: Float64Array | null = null;
  if (lhs.steps.batch === 1 && layout.batch > 1) {
    template = takeBuffer(matLen);
    addSmoothnessAndInitial(lhs, layout, 0, template, 0);
  }
  for (let b = 0; b < layout.batch; b++) {
    if (template) data.set(template, b * matLen);
    else addSmoothnessAndInitial(lhs, layout, b, data, b * matLen);
    addEquations(lhs, layout, b, data, b * matLen);
  }
  giveBuffer(template);
  return { layout, data };
}

/** Equation rows of matrix b: diag block s += w² Σ_e c_e c_eᵀ (c_e is the n-vector over (d, k)). */
function addEquations(
  lhs: LhsProblem,
  layout: BandLayout,
  b: number,
  data: Float64Array,
  base: number,
): void {
  const { N, n, W } = layout;
  const E = lhs.dims.E;
  const rowLen = (W + 1) * n;
  const stepLen = n * rowLen;
  const diag = W * n;
  const weq2 = lhs.weights.equation ** 2;
  const coef = lhs.coefficients;
  const cData = coef.data;
  const cStep = E * n;
  const cb = coef.batch === 1 ? 0 : b;
  const eq = new Float64Array(n * n);
  for (let s = 0; s < N; s++) {
    if (s === 0 || coef.time !== 1) {
      eq.fill(0);
      const cOff = (cb * coef.time + (coef.time === 1 ? 0 : s)) * cStep;
      for (let e = 0; e < E; e++) {
        const o = cOff + e * n;
        for (let r = 0; r < n; r++) {
          const cr = weq2 * cData[o + r]!;
          if (cr === 0) continue;
          for (let c = 0; c < n; c++) eq[r * n + c] += cr * cData[o + c]!;
        }
      }
    }
    const sOff = base + s * stepLen + diag;
    for (let r = 0; r < n; r++) {
      const row = sOff + r * rowLen;
      for (let c = 0; c < n; c++) data[row + c] += eq[r * n + c]!;
    }
  }
}

/** Initial rows and smoothness (Taylor, central) rows of matrix b, added at `base`. */
function addSmoothnessAndInitial(
  lhs: LhsProblem,
  layout: BandLayout,
  b: number,
  data: Float64Array,
  base: number,
): void {
  const { N, n, W } = layout;
  const { D, K, nIvSteps, nIv } = lhs.dims;
  const rowLen = (W + 1) * n;
  const stepLen = n * rowLen;
  const diag = W * n;
  const central = lhs.smoothness === "central";
  const p = K - 1;
  const wiv2 = lhs.weights.initial ** 2;
  const ws2 = lhs.weights.smoothness ** 2;
  // initial rows: identity on (s, d, k), s < nIvSteps, k < nIv
  for (let s = 0; s < nIvSteps; s++) {
    for (let d = 0; d < D; d++) {
      for (let k = 0; k < nIv; k++) {
        const r = d * K + k;
        data[base + s * stepLen + r * rowLen + diag + r] += wiv2;
      }
    }
  }
  const hb = lhs.steps.batch === 1 ? 0 : b;
  const h = lhs.steps.data;
  const kk = K * K;
  const P = new Float64Array(kk);
  const Q = new Float64Array(kk);
  const R = new Float64Array(kk);
  const pw = new Float64Array(K);
  const rows = taylorRowCount(K, central);
  // Taylor rows, per interval s → s+1: the same K×K blocks for every dimension
  for (let s = 0; s < N - 1; s++) {
    P.fill(0);
    Q.fill(0);
    R.fill(0);
    taylorBlocks(h[hb * (N - 1) + s]!, K, rows, ws2, P, Q, R, 0, pw);
    const s0 = base + s * stepLen;
    const s1 = s0 + stepLen;
    for (let d = 0; d < D; d++) {
      const dk = d * K;
      for (let r = 0; r < K; r++) {
        const r0 = s0 + (dk + r) * rowLen + diag + dk;
        const r1 = s1 + (dk + r) * rowLen + diag + dk;
        const r1off = r1 - n; // block M[s+1, s]
        for (let c = 0; c < K; c++) {
          data[r0 + c] += P[r * K + c]!;
          data[r1 + c] += Q[r * K + c]!;
          data[r1off + c] += R[r * K + c]!;
        }
      }
    }
  }
  // central rows: s = 1..N−2, H = h_{s−1} + h_s
  if (central) {
    for (let s = 1; s < N - 1; s++) {
      const H = h[hb * (N - 1) + s - 1]! + h[hb * (N - 1) + s]!;
      const a = H ** (p - 2); // on u_{s±1, p−1}
      const c = H ** (p - 1); // on u_{s, p}
      const aa = ws2 * a * a;
      const ac = ws2 * a * c;
      const cc = ws2 * c * c;
      const sm = base + (s - 1) * stepLen;
      const s0 = sm + stepLen;
      const sp = s0 + stepLen;
      for (let d = 0; d < D; d++) {
        const A = d * K + p - 1;
        const T = d * K + p;
        data[sm + A * rowLen + diag + A] += aa;
        data[s0 + T * rowLen + diag + T] += cc;
        data[sp + A * rowLen + diag + A] += aa;
        data[s0 + T * rowLen + diag - n + A] += ac; // M[(s,T),(s−1,A)] = (−c)(−a)
        data[sp + A * rowLen + diag - n + T] -= ac; // M[(s+1,A),(s,T)] = a(−c)
        data[sp + A * rowLen + diag - 2 * n + A] -= aa; // M[(s+1,A),(s−1,A)] = a(−a)
      }
    }
  }
}

/** Normal right-hand side Aᵀ W² b, `[B, N, n]`. */
export function assembleBeta(rp: RhsProblem): Float64Array {
  const { B, N, D, K } = rp.dims;
  const out = takeBuffer(B * N * D * K);
  addBeta(rp, out, 0, B);
  return out;
}

/** Add the normal right-hand sides of batch elements b0 … b1 − 1 into `out` (`[B, N, n]`, zeroed there). */
export function addBeta(rp: RhsProblem, out: Float64Array, b0: number, b1: number): void {
  const { N, E, D, K, nIvSteps, nIv } = rp.dims;
  const n = D * K;
  const weq2 = rp.weights.equation ** 2;
  const wiv2 = rp.weights.initial ** 2;
  const { coefficients: c, rhs, initial } = rp;
  for (let b = b0; b < b1; b++) {
    const cb = c.batch === 1 ? 0 : b;
    const rb = rhs.batch === 1 ? 0 : b;
    for (let s = 0; s < N; s++) {
      const cOff = (cb * c.time + (c.time === 1 ? 0 : s)) * E * n;
      const rOff = (rb * rhs.time + (rhs.time === 1 ? 0 : s)) * E;
      const o = (b * N + s) * n;
      for (let e = 0; e < E; e++) {
        const v = weq2 * rhs.data[rOff + e]!;
        if (v === 0) continue;
        const ce = cOff + e * n;
        for (let r = 0; r < n; r++) out[o + r] += v * c.data[ce + r]!;
      }
    }
    if (nIvSteps > 0 && nIv > 0) {
      const ib = initial.batch === 1 ? 0 : b;
      for (let s = 0; s < nIvSteps; s++) {
        for (let d = 0; d < D; d++) {
          for (let k = 0; k < nIv; k++) {
            out[(b * N + s) * n + d * K + k] += wiv2 * initial.data[((ib * nIvSteps + s) * D + d) * nIv + k]!;
          }
        }
      }
    }
  }
}

/** y = M x for a Float64 band (full symmetric product from the stored lower band), `x`,`y` `[B, N, n]`. */
export function bandMatVec(m: BandedMatrix, x: Float64Array, B: number, y: Float64Array): void {
  const { N, n, W, batch } = m.layout;
  const rowLen = (W + 1) * n;
  const data = m.data;
  y.fill(0);
  for (let b = 0; b < B; b++) {
    const mb = batch === 1 ? 0 : b;
    const xo = b * N * n;
    for (let s = 0; s < N; s++) {
      for (let r = 0; r < n; r++) {
        const row = ((mb * N + s) * n + r) * rowLen;
        const i = xo + s * n + r;
        for (let j = 0; j <= W; j++) {
          const t = s - W + j;
          if (t < 0) continue;
          const cmax = j === W ? r : n; // lower part only; mirror for the upper
          for (let c = 0; c < cmax; c++) {
            const v = data[row + j * n + c]!;
            const k = xo + t * n + c;
            y[i] += v * x[k]!;
            y[k] += v * x[i]!;
          }
          if (j === W) y[i] += data[row + j * n + r]! * x[i]!;
        }
      }
    }
  }
}
