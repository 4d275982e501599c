/**
 * Time derivatives of sampled trajectories: plain finite differences (the SINDy baseline) and a local
 * polynomial (Savitzky–Golay-like, valid on non-uniform grids) smoother used to initialise discovery on noisy data.
 */
import { MechanisticInputError } from "./errors.js";

function checkGrid(t: ArrayLike<number>, n: number): void {
  if (t.length !== n)
    throw new MechanisticInputError(`time vector has ${t.length} entries but the series has ${n} samples`);
  if (n < 3) throw new MechanisticInputError(`need at least 3 samples to differentiate, got ${n}`);
  for (let i = 1; i < n; i++) {
    if (!(t[i] > t[i - 1]))
      throw new MechanisticInputError(
        `time must increase strictly; t[${i}] = ${t[i]} follows t[${i - 1}] = ${t[i - 1]}`,
      );
  }
}

/** Second-order finite differences (central inside, one-sided three-point at the ends), non-uniform grids allowed. */
export function finiteDifference(t: ArrayLike<number>, x: ArrayLike<number>): Float64Array {
  const n = x.length;
  checkGrid(t, n);
  const d = new Float64Array(n);
  for (let i = 1; i < n - 1; i++) {
    const h0 = t[i] - t[i - 1];
    const h1 = t[i + 1] - t[i];
    d[i] =
      (-h1 / (h0 * (h0 + h1))) * x[i - 1] +
      ((h1 - h0) / (h0 * h1)) * x[i] +
      (h0 / (h1 * (h0 + h1))) * x[i + 1];
  }
  {
    const h0 = t[1] - t[0];
    const h1 = t[2] - t[1];
    d[0] =
      (-(2 * h0 + h1) / (h0 * (h0 + h1))) * x[0] +
      ((h0 + h1) / (h0 * h1)) * x[1] -
      (h0 / (h1 * (h0 + h1))) * x[2];
  }
  {
    const h0 = t[n - 2] - t[n - 3];
    const h1 = t[n - 1] - t[n - 2];
    d[n - 1] =
      (h1 / (h0 * (h0 + h1))) * x[n - 3] -
      ((h0 + h1) / (h0 * h1)) * x[n - 2] +
      ((2 * h1 + h0) / (h1 * (h0 + h1))) * x[n - 1];
  }
  return d;
}

export interface SmoothOptions {
  /** Samples in each local fit (odd; default 9, shrunk for short series). */
  window?: number;
  /** Local polynomial degree (default 3). */
  degree?: number;
}

/**
 * Local polynomial regression at every sample (least squares on the `window` nearest samples, centred
 * at t[i]): returns the smoothed values and first derivatives. On uniform grids this is Savitzky–Golay.
 */
export function smoothDerivative(
  t: ArrayLike<number>,
  x: ArrayLike<number>,
  options: SmoothOptions = {},
): { value: Float64Array; derivative: Float64Array } {
  const n = x.length;
  checkGrid(t, n);
  const degree = options.degree ?? 3;
  let window = Math.min(options.window ?? 9, n % 2 === 1 ? n : n - 1);
  if (window % 2 === 0) window -= 1;
  if (window < degree + 2) {
    throw new MechanisticInputError(
      `smoothing window ${window} is too short for a degree-${degree} local fit; use more samples or a lower degree`,
    );
  }
  const half = (window - 1) / 2;
  const p = degree + 1;
  const value = new Float64Array(n);
  const derivative = new Float64Array(n);
  const ata = new Float64Array(p * p);
  const atb = new Float64Array(p);
  const powers = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, Math.min(i - half, n - window));
    const scale = (t[lo + window - 1] - t[lo]) / 2 || 1;
    ata.fill(0);
    atb.fill(0);
    for (let j = lo; j < lo + window; j++) {
      const s = (t[j] - t[i]) / scale;
      powers[0] = 1;
      for (let k = 1; k < p; k++) powers[k] = powers[k - 1] * s;
      for (let a = 0; a < p; a++) {
        atb[a] += powers[a] * x[j];
        for (let b = 0; b < p; b++) ata[a * p + b] += powers[a] * powers[b];
      }
    }
    const c = solveSmall(ata, atb, p);
    value[i] = c[0];
    derivative[i] = c[1] / scale;
  }
  return { value, derivative };
}

/** Gaussian elimination with partial pivoting on a small dense p × p system (destroys its inputs). */
function solveSmall(a: Float64Array, b: Float64Array, p: number): Float64Array {
  for (let c = 0; c < p; c++) {
    let piv = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(a[r * p + c]) > Math.abs(a[piv * p + c])) piv = r;
    if (piv !== c) {
      for (let k = 0; k < p; k++) [a[c * p + k], a[piv * p + k]] = [a[piv * p + k], a[c * p + k]];
      [b[c], b[piv]] = [b[piv], b[c]];
    }
    const d = a[c * p + c];
    for (let r = c + 1; r < p; r++) {
      const f = a[r * p + c] / d;
      if (f === 0) continue;
      for (let k = c; k < p; k++) a[r * p + k] -= f * a[c * p + k];
      b[r] -= f * b[c];
    }
  }
  const x = new Float64Array(p);
  for (let r = p - 1; r >= 0; r--) {
    let s = b[r];
    for (let k = r + 1; k < p; k++) s -= a[r * p + k] * x[k];
    x[r] = s / a[r * p + r];
  }
  return x;
}
