/**
 * Automatic state smoothing for discovery. The noise level is estimated from the residual of the narrowest
 * local cubic fit; the window then grows while the residual stays consistent with noise alone (no bias yet).
 * Clean data (relative noise < 1e-4) are used as they are.
 */
import { smoothDerivative } from "../derivatives.js";

export interface SmoothedComponent {
  value: Float64Array;
  derivative: Float64Array;
  window: number;
  /** Estimated noise standard deviation (same units as the data). */
  noise: number;
}

function rms(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return Math.sqrt(s / a.length);
}

function std(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m += a[i];
  m /= a.length;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - m) ** 2;
  return Math.sqrt(s / a.length) || 1;
}

export function autoSmooth(t: ArrayLike<number>, x: Float64Array, fixedWindow?: number): SmoothedComponent {
  const maxWindow = Math.min(41, x.length % 2 === 1 ? x.length : x.length - 1);
  if (fixedWindow !== undefined) {
    const s = smoothDerivative(t, x, { window: Math.min(fixedWindow, maxWindow) });
    return { ...s, window: Math.min(fixedWindow, maxWindow), noise: rms(s.value, x) };
  }
  const base = smoothDerivative(t, x, { window: 7 });
  // A local cubic over w points leaves a residual of σ·√((w − 4)/w) when the signal is fitted exactly.
  const sigma = rms(base.value, x) / Math.sqrt(3 / 7);
  if (sigma < 1e-4 * std(x)) {
    const d = smoothDerivative(t, x, { window: 5 });
    return { value: Float64Array.from(x), derivative: d.derivative, window: 1, noise: sigma };
  }
  let best = { ...base, window: 7 };
  for (let w = 9; w <= maxWindow; w += 2) {
    const s = smoothDerivative(t, x, { window: w });
    const expected = sigma * Math.sqrt((w - 4) / w);
    if (rms(s.value, x) > 1.05 * expected) break;
    best = { ...s, window: w };
  }
  return { ...best, noise: sigma };
}
