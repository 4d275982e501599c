import type { BroadcastArray, OdeProblem } from "../backend.js";
import type { InputGradients } from "../core/gradients.js";

/**
 * The half-step grid for Richardson extrapolation: every interval bisected (N → 2N − 1 points).
 * Time-varying coefficients and right-hand sides are only known on the given grid, so their values
 * at the new midpoints come from cubic Lagrange interpolation through the four nearest grid points
 * (fewer when N < 4): an O(h⁴) error, below the scheme's own. The interpolation weights depend on
 * the step sizes, so their derivatives enter the step-size gradient.
 */

/** Lagrange weights at x through nodes xs, and ∂w_j/∂xs_m (row-major j, m) and ∂w_j/∂x. */
function lagrange(xs: number[], x: number): { w: number[]; dNode: number[]; dX: number[] } {
  const m = xs.length;
  const w = xs.map((xj, j) => xs.reduce((acc, xm, i) => (i === j ? acc : (acc * (x - xm)) / (xj - xm)), 1));
  const dNode = new Array<number>(m * m).fill(0);
  const dX = new Array<number>(m).fill(0);
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < m; i++) {
      if (i === j) continue;
      const inv = 1 / (xs[j]! - xs[i]!);
      dX[j] += w[j]! / (x - xs[i]!);
      dNode[j * m + i] += w[j]! * (inv - 1 / (x - xs[i]!));
      dNode[j * m + j] -= w[j]! * inv;
    }
  }
  return { w, dNode, dX };
}

interface Midpoint {
  /** First of the `w.length` consecutive node indices. */
  start: number;
  w: number[];
  dNode: number[];
  dX: number[];
}

/** Interpolation at the midpoint of every interval of one steps row (times relative to t_0). */
function midpoints(h: Float64Array, off: number, N: number): Midpoint[] {
  const t = new Float64Array(N);
  for (let s = 1; s < N; s++) t[s] = t[s - 1]! + h[off + s - 1]!;
  const m = Math.min(4, N);
  const out: Midpoint[] = [];
  for (let s = 0; s < N - 1; s++) {
    const start = Math.min(Math.max(s - 1, 0), N - m);
    const xs = Array.from({ length: m }, (_, i) => t[start + i]!);
    out.push({ start, ...lagrange(xs, (t[s]! + t[s + 1]!) / 2) });
  }
  return out;
}

export interface HalfStep {
  problem: OdeProblem;
  /** Midpoint interpolation per steps row (`steps.batch` rows). */
  mids: Midpoint[][];
}

function refineInput(a: BroadcastArray, per: number, N: number, mids: Midpoint[][]): BroadcastArray {
  if (a.time === 1) return a;
  const batch = Math.max(a.batch, mids.length);
  const Nf = 2 * N - 1;
  const data = new Float64Array(batch * Nf * per);
  for (let b = 0; b < batch; b++) {
    const src = (a.batch === 1 ? 0 : b) * N * per;
    const row = mids[mids.length === 1 ? 0 : b]!;
    for (let s = 0; s < N; s++) {
      data.set(a.data.subarray(src + s * per, src + (s + 1) * per), (b * Nf + 2 * s) * per);
      if (s === N - 1) break;
      const { start, w } = row[s]!;
      const o = (b * Nf + 2 * s + 1) * per;
      for (let j = 0; j < w.length; j++)
        for (let i = 0; i < per; i++) data[o + i] += w[j]! * a.data[src + (start + j) * per + i]!;
    }
  }
  return { data, batch, time: Nf };
}

export function halfStepProblem(p: OdeProblem): HalfStep {
  const { N, E, D, K } = p.dims;
  const h = p.steps;
  const mids = Array.from({ length: h.batch }, (_, b) => midpoints(h.data, b * (N - 1), N));
  const fine = new Float64Array(h.batch * 2 * (N - 1));
  for (let i = 0; i < h.data.length; i++) fine[2 * i] = fine[2 * i + 1] = h.data[i]! / 2;
  return {
    mids,
    problem: {
      ...p,
      dims: { ...p.dims, N: 2 * N - 1 },
      coefficients: refineInput(p.coefficients, E * D * K, N, mids),
      rhs: refineInput(p.rhs, E, N, mids),
      steps: { data: fine, batch: h.batch, time: 2 * (N - 1) },
    },
  };
}

/**
 * Map gradients with respect to the half-step problem's inputs back to the original inputs
 * (adds into `out`, which is shaped like the original inputs).
 */
export function addHalfStepGradients(p: OdeProblem, half: HalfStep, g: InputGradients, out: InputGradients) {
  const { N, E, D, K } = p.dims;
  const dt = new Float64Array(half.mids.length * N); // d L / d t_s through the interpolation weights
  pullBack(p.coefficients, E * D * K, N, half, g.coefficients!, out.coefficients!, dt);
  pullBack(p.rhs, E, N, half, g.rhs!, out.rhs!, dt);
  for (let i = 0; i < out.initial!.length; i++) out.initial![i] += g.initial![i]!;
  const hs = out.steps!;
  for (let b = 0; b < half.mids.length; b++) {
    let suffix = 0; // t_s = Σ_{q<s} h_q, so d L / d h_q = Σ_{s>q} d L / d t_s
    for (let q = N - 2; q >= 0; q--) {
      suffix += dt[b * N + q + 1]!;
      const i = b * (N - 1) + q;
      hs[i] += 0.5 * (g.steps![2 * i]! + g.steps![2 * i + 1]!) + suffix;
    }
  }
}

function pullBack(
  a: BroadcastArray,
  per: number,
  N: number,
  half: HalfStep,
  gFine: Float64Array,
  gOut: Float64Array,
  dt: Float64Array,
): void {
  if (a.time === 1) {
    for (let i = 0; i < gOut.length; i++) gOut[i] += gFine[i]!;
    return;
  }
  const Nf = 2 * N - 1;
  const batch = gFine.length / (Nf * per);
  for (let b = 0; b < batch; b++) {
    const src = (a.batch === 1 ? 0 : b) * N * per;
    const hb = half.mids.length === 1 ? 0 : b;
    const row = half.mids[hb]!;
    for (let s = 0; s < N; s++) {
      for (let i = 0; i < per; i++) gOut[src + s * per + i] += gFine[(b * Nf + 2 * s) * per + i]!;
      if (s === N - 1) break;
      const { start, w, dNode, dX } = row[s]!;
      const o = (b * Nf + 2 * s + 1) * per;
      const m = w.length;
      for (let j = 0; j < m; j++) {
        let gw = 0; // d L / d w_j
        for (let i = 0; i < per; i++) {
          const gi = gFine[o + i]!;
          gOut[src + (start + j) * per + i] += w[j]! * gi;
          gw += gi * a.data[src + (start + j) * per + i]!;
        }
        for (let k = 0; k < m; k++) dt[hb * N + start + k] += gw * dNode[j * m + k]!;
        dt[hb * N + s] += 0.5 * gw * dX[j]!; // x = (t_s + t_{s+1}) / 2
        dt[hb * N + s + 1] += 0.5 * gw * dX[j]!;
      }
    }
  }
}
