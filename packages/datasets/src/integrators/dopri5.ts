import { MaxStepsExceededError, NonFiniteError, StepSizeUnderflowError } from "../errors.js";
import { checkIncreasing, checkState } from "./grid.js";
import type { Integration, OdeFunction } from "./types.js";

export interface Dopri5Options {
  /** Relative tolerance (default 1e-7). */
  rtol?: number;
  /** Absolute tolerance (default 1e-9). */
  atol?: number;
  /** Maximum number of step attempts, accepted plus rejected (default 100 000). */
  maxSteps?: number;
  /** Largest step allowed (default unbounded). */
  hMax?: number;
  /** First step to try (default: Hairer–Wanner's estimate from f at the start). */
  h0?: number;
}

// Dormand–Prince 5(4) tableau (Dormand & Prince 1980), FSAL: stage 7 is f at the new point.
const C2 = 1 / 5,
  C3 = 3 / 10,
  C4 = 4 / 5,
  C5 = 8 / 9;
const A21 = 1 / 5;
const A31 = 3 / 40,
  A32 = 9 / 40;
const A41 = 44 / 45,
  A42 = -56 / 15,
  A43 = 32 / 9;
const A51 = 19372 / 6561,
  A52 = -25360 / 2187,
  A53 = 64448 / 6561,
  A54 = -212 / 729;
const A61 = 9017 / 3168,
  A62 = -355 / 33,
  A63 = 46732 / 5247,
  A64 = 49 / 176,
  A65 = -5103 / 18656;
const B1 = 35 / 384,
  B3 = 500 / 1113,
  B4 = 125 / 192,
  B5 = -2187 / 6784,
  B6 = 11 / 84;
// Fifth- minus fourth-order weights: the local error estimate.
const E1 = 71 / 57600,
  E3 = -71 / 16695,
  E4 = 71 / 1920,
  E5 = -17253 / 339200,
  E6 = 22 / 525,
  E7 = -1 / 40;
// Dense output: Hairer, Nørsett & Wanner's continuous extension of order 4 (routine CONTD5).
const D1 = -12715105075 / 11282082432,
  D3 = 87487479700 / 32700410799,
  D4 = -10690763975 / 1880347072;
const D5 = 701980252875 / 199316789632,
  D6 = -1453857185 / 822651844,
  D7 = 69997945 / 29380423;

const SAFETY = 0.9;
const MIN_FACTOR = 0.2;
const MAX_FACTOR = 10;

/**
 * Adaptive Dormand–Prince 5(4) with error control `|err_i| <= atol + rtol·|y_i|` (RMS norm) and
 * dense output at every requested time. The initial state `y0` is the state at `tEval[0]`;
 * `tEval` must be strictly increasing. Throws MaxStepsExceededError / StepSizeUnderflowError.
 */
export function dopri5(
  f: OdeFunction,
  y0: ArrayLike<number>,
  tEval: ArrayLike<number>,
  options: Dopri5Options = {},
): Integration {
  checkIncreasing(tEval, "tEval");
  const rtol = options.rtol ?? 1e-7;
  const atol = options.atol ?? 1e-9;
  const maxSteps = options.maxSteps ?? 100_000;
  const hMax = options.hMax ?? Number.POSITIVE_INFINITY;
  const n = y0.length;
  let y: Float64Array = checkState(y0);
  let yNew: Float64Array = new Float64Array(n);
  let k1: Float64Array = new Float64Array(n);
  const k2 = new Float64Array(n);
  const k3 = new Float64Array(n);
  const k4 = new Float64Array(n);
  const k5 = new Float64Array(n);
  const k6 = new Float64Array(n);
  let k7: Float64Array = new Float64Array(n);
  const tmp = new Float64Array(n);

  const tOut = Array.from(tEval);
  const yOut: number[][] = [Array.from(y)];
  const tEnd = tOut[tOut.length - 1];
  let t = tOut[0];
  let nfev = 0;
  const call = (tt: number, yy: Float64Array, dd: Float64Array) => {
    f(tt, yy, dd);
    nfev++;
  };
  call(t, y, k1);
  for (let j = 0; j < n; j++) {
    if (!Number.isFinite(k1[j])) throw new NonFiniteError(`dopri5: f(t0, y0)[${j}] = ${k1[j]} is not finite`);
  }
  let h = options.h0 ?? initialStep(call, t, y, k1, rtol, atol, tmp, k2);
  h = Math.min(h, hMax);
  let next = 1;
  let nsteps = 0;
  let nrejected = 0;
  let rejectedLast = false;

  while (next < tOut.length) {
    if (nsteps + nrejected >= maxSteps) throw new MaxStepsExceededError(t, maxSteps);
    const remaining = tEnd - t;
    if (h >= remaining) h = remaining;
    if (h < 16 * Number.EPSILON * Math.max(1, Math.abs(t))) throw new StepSizeUnderflowError(t, h);

    for (let j = 0; j < n; j++) tmp[j] = y[j] + h * A21 * k1[j];
    call(t + C2 * h, tmp, k2);
    for (let j = 0; j < n; j++) tmp[j] = y[j] + h * (A31 * k1[j] + A32 * k2[j]);
    call(t + C3 * h, tmp, k3);
    for (let j = 0; j < n; j++) tmp[j] = y[j] + h * (A41 * k1[j] + A42 * k2[j] + A43 * k3[j]);
    call(t + C4 * h, tmp, k4);
    for (let j = 0; j < n; j++) tmp[j] = y[j] + h * (A51 * k1[j] + A52 * k2[j] + A53 * k3[j] + A54 * k4[j]);
    call(t + C5 * h, tmp, k5);
    for (let j = 0; j < n; j++) {
      tmp[j] = y[j] + h * (A61 * k1[j] + A62 * k2[j] + A63 * k3[j] + A64 * k4[j] + A65 * k5[j]);
    }
    call(t + h, tmp, k6);
    for (let j = 0; j < n; j++) {
      yNew[j] = y[j] + h * (B1 * k1[j] + B3 * k3[j] + B4 * k4[j] + B5 * k5[j] + B6 * k6[j]);
    }
    const tNew = h === remaining ? tEnd : t + h;
    call(tNew, yNew, k7);

    let sum = 0;
    for (let j = 0; j < n; j++) {
      const e = h * (E1 * k1[j] + E3 * k3[j] + E4 * k4[j] + E5 * k5[j] + E6 * k6[j] + E7 * k7[j]);
      const scale = atol + rtol * Math.max(Math.abs(y[j]), Math.abs(yNew[j]));
      sum += (e / scale) ** 2;
    }
    const err = Math.sqrt(sum / n);

    if (!(err <= 1)) {
      // NaN (overflow inside the step) is treated as a failed step: shrink hard and retry.
      nrejected++;
      const factor = Number.isFinite(err) ? Math.max(MIN_FACTOR, SAFETY * err ** -0.2) : MIN_FACTOR;
      h *= factor;
      rejectedLast = true;
      continue;
    }

    nsteps++;
    while (next < tOut.length && tOut[next] <= tNew) {
      const tq = tOut[next];
      yOut.push(tq === tNew ? Array.from(yNew) : interpolate(t, h, tq, y, yNew, k1, k3, k4, k5, k6, k7));
      next++;
    }
    t = tNew;
    [y, yNew] = [yNew, y];
    [k1, k7] = [k7, k1];

    let factor = err === 0 ? MAX_FACTOR : SAFETY * err ** -0.2;
    factor = Math.min(rejectedLast ? 1 : MAX_FACTOR, Math.max(MIN_FACTOR, factor));
    h = Math.min(h * factor, hMax);
    rejectedLast = false;
  }
  return { t: tOut, x: yOut, nfev, nsteps, nrejected };
}

function interpolate(
  t: number,
  h: number,
  tq: number,
  y: Float64Array,
  yNew: Float64Array,
  k1: Float64Array,
  k3: Float64Array,
  k4: Float64Array,
  k5: Float64Array,
  k6: Float64Array,
  k7: Float64Array,
): number[] {
  const theta = (tq - t) / h;
  const theta1 = 1 - theta;
  const out = new Array<number>(y.length);
  for (let j = 0; j < y.length; j++) {
    const dy = yNew[j] - y[j];
    const bspl = h * k1[j] - dy;
    const r4 = dy - h * k7[j] - bspl;
    const r5 = h * (D1 * k1[j] + D3 * k3[j] + D4 * k4[j] + D5 * k5[j] + D6 * k6[j] + D7 * k7[j]);
    out[j] = y[j] + theta * (dy + theta1 * (bspl + theta * (r4 + theta1 * r5)));
  }
  return out;
}

/** Hairer–Wanner's starting step: balances the size of y, f(y) and an estimate of f'. */
function initialStep(
  call: (t: number, y: Float64Array, d: Float64Array) => void,
  t0: number,
  y0: Float64Array,
  f0: Float64Array,
  rtol: number,
  atol: number,
  y1: Float64Array,
  f1: Float64Array,
): number {
  const n = y0.length;
  let d0 = 0;
  let d1 = 0;
  for (let j = 0; j < n; j++) {
    const sc = atol + rtol * Math.abs(y0[j]);
    d0 += (y0[j] / sc) ** 2;
    d1 += (f0[j] / sc) ** 2;
  }
  d0 = Math.sqrt(d0 / n);
  d1 = Math.sqrt(d1 / n);
  const h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : (0.01 * d0) / d1;
  for (let j = 0; j < n; j++) y1[j] = y0[j] + h0 * f0[j];
  call(t0 + h0, y1, f1);
  let d2 = 0;
  for (let j = 0; j < n; j++) d2 += ((f1[j] - f0[j]) / (atol + rtol * Math.abs(y0[j]))) ** 2;
  d2 = Math.sqrt(d2 / n) / h0;
  const dmax = Math.max(d1, d2);
  const h1 = dmax <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : (0.01 / dmax) ** 0.2;
  return Math.min(100 * h0, h1);
}
