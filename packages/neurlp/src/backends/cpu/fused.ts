import type { BandLayout, LhsProblem } from "../../backend.js";
import { lhsLayout } from "../../core/assemble.js";
import { giveBuffer, takeBuffer } from "../../core/buffers.js";
import { factorSteps, PIVOT_TOL, singularError } from "../../core/cholesky.js";
import { generatedKernels } from "../../core/codegen.js";
import { taylorBlocks, taylorRowCount } from "../../core/rows.js";
import { type FusedShape, fusedKernel } from "./codegen-fused.js";

/**
 * Assembly fused with the factorisation. The rows of grid point s of M = Aᵀ W² A are written
 * straight into the factor's storage and factored at once, while they sit in the L1 cache: the band
 * is touched once instead of being written whole (14 MB at B = 512, N = 128), read back and
 * overwritten by the separate assembleMatrix + factor kernels. It assembles the same rows as
 * core/assemble.ts (the reference, kept for the band layout the contract documents); the entries
 * agree to rounding (the Taylor blocks are formed as κ·h^(r+c), see `taylorKappa`), which
 * test/cpu-fused.test.ts checks.
 */

/**
 * Every entry of the Taylor blocks of one interval is a constant times a power of h:
 * P[r,c] = κP[r,c]·h^(r+c), and likewise Q and R (the rows are h^i-scaled Taylor expansions). The
 * constants are the blocks at h = 1, taken from core/rows.ts so the row set is written down once.
 */
interface TaylorKappa {
  readonly P: Float64Array;
  readonly Q: Float64Array;
  readonly R: Float64Array;
}

const kappaCache = new Map<string, TaylorKappa>();

function taylorKappa(K: number, central: boolean): TaylorKappa {
  const key = `${K}:${central}`;
  let k = kappaCache.get(key);
  if (!k) {
    k = { P: new Float64Array(K * K), Q: new Float64Array(K * K), R: new Float64Array(K * K) };
    taylorBlocks(1, K, taylorRowCount(K, central), 1, k.P, k.Q, k.R, 0, new Float64Array(K));
    kappaCache.set(key, k);
  }
  return k;
}

/** Per-call constants of the step writer. */
interface StepContext {
  readonly lhs: LhsProblem;
  readonly layout: BandLayout;
  readonly kappa: TaylorKappa;
  /** Scratch: h^0 … h^(2p) of the current interval. */
  readonly hp: Float64Array;
}

/** Add w²·κ∘h^(r+c) (one K×K block per dimension) at `o` (row r of dim d at o + (dK + r)·rowLen + dK). */
function addTaylor(
  data: Float64Array,
  o: number,
  kappa: Float64Array,
  hp: Float64Array,
  w2: number,
  D: number,
  K: number,
  rowLen: number,
): void {
  for (let r = 0; r < K; r++) {
    for (let c = 0; c < K; c++) {
      const v = w2 * kappa[r * K + c]! * hp[r + c]!;
      if (v === 0) continue;
      for (let d = 0; d < D; d++) data[o + (d * K + r) * rowLen + d * K + c] += v;
    }
  }
}

/** x^k as a left-to-right product (codegen-fused.ts forms it the same way); k < 0 as 1 / x^−k. */
function intPow(x: number, k: number): number {
  if (k < 0) return 1 / intPow(x, -k);
  if (k === 0) return 1;
  let r = x;
  for (let i = 1; i < k; i++) r *= x;
  return r;
}

function powers(h: number, hp: Float64Array): void {
  hp[0] = 1;
  for (let j = 1; j < hp.length; j++) hp[j] = hp[j - 1]! * h;
}

/** Write the rows of grid point s of matrix b (lower band, full diagonal block) at `base`. */
function writeStepRows(ctx: StepContext, b: number, s: number, data: Float64Array, base: number): void {
  const { lhs, layout, kappa, hp } = ctx;
  const { N, n, W } = layout;
  const { D, K, nIvSteps, nIv } = lhs.dims;
  const rowLen = (W + 1) * n;
  const o = base + s * n * rowLen;
  const diag = o + W * n;
  for (let i = o; i < o + n * rowLen; i++) data[i] = 0;
  const wiv2 = lhs.weights.initial ** 2;
  if (s < nIvSteps) {
    for (let d = 0; d < D; d++) for (let k = 0; k < nIv; k++) data[diag + (d * K + k) * (rowLen + 1)] += wiv2;
  }
  const ws2 = lhs.weights.smoothness ** 2;
  const h = lhs.steps.data;
  const hOff = (lhs.steps.batch === 1 ? 0 : b) * (N - 1);
  if (s >= 1) {
    powers(h[hOff + s - 1]!, hp); // interval s−1 → s: s is its right end
    addTaylor(data, diag, kappa.Q, hp, ws2, D, K, rowLen);
    addTaylor(data, diag - n, kappa.R, hp, ws2, D, K, rowLen);
  }
  if (s < N - 1) {
    powers(h[hOff + s]!, hp); // interval s → s+1: s is its left end
    addTaylor(data, diag, kappa.P, hp, ws2, D, K, rowLen);
  }
  if (lhs.smoothness === "central") addCentral(ctx, h, hOff, s, data, diag);
  addEquationRows(lhs, b, s, data, diag, rowLen);
}

/**
 * Central rows (centre c = 1..N−2, H = h_{c−1} + h_c): H^(p−2)·(u_{c+1,p−1} − u_{c−1,p−1}) − H^(p−1)·u_{c,p}.
 * Their entries in the rows of step s come from the centres s − 1, s and s + 1.
 */
function addCentral(
  ctx: StepContext,
  h: Float64Array,
  hOff: number,
  s: number,
  data: Float64Array,
  diag: number,
): void {
  const { N, n, W } = ctx.layout;
  const { D, K } = ctx.lhs.dims;
  const rowLen = (W + 1) * n;
  const ws2 = ctx.lhs.weights.smoothness ** 2;
  const p = K - 1;
  for (let c = s - 1; c <= s + 1; c++) {
    if (c < 1 || c > N - 2) continue;
    const H = h[hOff + c - 1]! + h[hOff + c]!;
    const a = intPow(H, p - 2);
    const cc = intPow(H, p - 1);
    for (let d = 0; d < D; d++) {
      const A = d * K + p - 1;
      const T = d * K + p;
      if (c !== s) data[diag + A * rowLen + A] += ws2 * a * a; // (c ± 1, A) diagonal
      if (c === s) {
        data[diag + T * rowLen + T] += ws2 * cc * cc;
        data[diag + T * rowLen - n + A] += ws2 * a * cc; // M[(s,T),(s−1,A)] = (−c)(−a)
      }
      if (c === s - 1) {
        data[diag + A * rowLen - n + T] -= ws2 * a * cc; // M[(s,A),(s−1,T)]
        data[diag + A * rowLen - 2 * n + A] -= ws2 * a * a; // M[(s,A),(s−2,A)]
      }
    }
  }
}

/** Equation rows of step s: diagonal block += w² Σ_e c_e c_eᵀ. */
function addEquationRows(
  lhs: LhsProblem,
  b: number,
  s: number,
  data: Float64Array,
  diag: number,
  rowLen: number,
): void {
  const { E, D, K } = lhs.dims;
  const n = D * K;
  const weq2 = lhs.weights.equation ** 2;
  const coef = lhs.coefficients;
  const cData = coef.data;
  const cOff = ((coef.batch === 1 ? 0 : b) * coef.time + (coef.time === 1 ? 0 : s)) * E * n;
  for (let e = 0; e < E; e++) {
    const ce = cOff + e * n;
    for (let r = 0; r < n; r++) {
      const cr = weq2 * cData[ce + r]!;
      if (cr === 0) continue;
      const row = diag + r * rowLen;
      for (let c = 0; c < n; c++) data[row + c] += cr * cData[ce + c]!;
    }
  }
}

/** The factor arrays of `assembleAndFactorBand`. */
export interface FusedFactor {
  layout: BandLayout;
  L: Float64Array;
  invDiag: Float64Array;
}

/**
 * Assemble every grid point's rows and factor them right away; returns the factor arrays.
 * `factored(b, f)` runs after matrix b is factored (f's entries of later matrices are not yet written).
 */
export function assembleAndFactorBand(
  lhs: LhsProblem,
  factored?: (b: number, f: FusedFactor) => void,
): FusedFactor {
  const layout = lhsLayout(lhs);
  const { batch, N, n, W } = layout;
  const stepLen = n * (W + 1) * n;
  const L = takeBuffer(batch * N * stepLen, false);
  const invDiag = takeBuffer(batch * N * n, false);
  const ctx = stepContext(lhs, layout);
  const gen = generatedKernels(n, W);
  const fused = gen ? fusedKernel(fusedShape(lhs, W, ctx.kappa)) : null;
  const { coefficients: coef, steps, weights, dims } = lhs;
  const piv = new Float64Array(1);
  for (let b = 0; b < batch; b++) {
    const mBase = b * N * stepLen;
    const dBase = b * N * n;
    // the first W steps (and everything without generated code) through the generic writer
    const warm = fused ? Math.min(W, N) : N;
    let bad = -1;
    for (let s = 0; s < warm && bad < 0; s++) {
      writeStepRows(ctx, b, s, L, mBase);
      bad = factorSteps(L, L, invDiag, layout, mBase, dBase, s, s + 1, piv, gen);
    }
    if (bad < 0 && fused && warm < N) {
      const cBase = (coef.batch === 1 ? 0 : b) * coef.time * dims.E * n;
      const cStride = coef.time === 1 ? 0 : dims.E * n;
      const hOff = (steps.batch === 1 ? 0 : b) * (N - 1);
      bad = fused(
        L,
        invDiag,
        steps.data,
        coef.data,
        mBase,
        dBase,
        hOff,
        cBase,
        cStride,
        warm,
        N,
        N,
        dims.nIvSteps,
        weights.smoothness ** 2,
        weights.initial ** 2,
        weights.equation ** 2,
        PIVOT_TOL,
        piv,
      );
    }
    if (bad >= 0) {
      const err = singularError(L, layout, mBase, bad, piv[0]!, b);
      giveBuffer(L);
      giveBuffer(invDiag);
      throw err;
    }
    factored?.(b, { layout, L, invDiag });
  }
  return { layout, L, invDiag };
}

function stepContext(lhs: LhsProblem, layout: BandLayout): StepContext {
  const kappa = taylorKappa(lhs.dims.K, lhs.smoothness === "central");
  return { lhs, layout, kappa, hp: new Float64Array(2 * lhs.dims.K - 1) };
}

function fusedShape(lhs: LhsProblem, W: number, kappa: TaylorKappa): FusedShape {
  const { D, K, E, nIv } = lhs.dims;
  return { D, K, E, W, nIv, central: lhs.smoothness === "central", kappa };
}

/** The rows assembleAndFactorBand writes, without factoring: the whole band (for tests). */
export function assembleBandFused(lhs: LhsProblem): Float64Array {
  const layout = lhsLayout(lhs);
  const { batch, N, n, W } = layout;
  const stepLen = n * (W + 1) * n;
  const data = new Float64Array(batch * N * stepLen);
  const ctx = stepContext(lhs, layout);
  for (let b = 0; b < batch; b++) for (let s = 0; s < N; s++) writeStepRows(ctx, b, s, data, b * N * stepLen);
  return data;
}
