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
  /**
   * Noise σ as the selection weighs it (same units as the data): the 7-point cubic's residual over the window's mean
   * leverage, which for Gaussian noise reads ~1.25 σ (see `unbiasedNoise`). Selection is tuned on this scale: the
   * refined BIC with the unbiased σ (a 1.56× smaller penalty in effect) added spurious terms at 5% noise (a 3-D linear
   * system with 500 samples, a logistic predator–prey) and fixed nothing.
   */
  noise: number;
  /** Unbiased estimate of the noise σ (what is reported). */
  unbiasedNoise: number;
}

/**
 * Leverage of the centre sample in a local cubic fit over w equally spaced samples (Savitzky–Golay's centre weight):
 * there the residual of noise alone has variance σ²(1 − h). 1/3 for w = 7.
 */
function centreLeverage(w: number): number {
  const m = (w - 1) / 2;
  return (3 * (3 * m * m + 3 * m - 1)) / ((2 * m - 1) * (2 * m + 1) * (2 * m + 3));
}

/** The residual rms of a w-point local cubic, as noise σ (interior samples; the ends are 6 of n). */
const unbiased = (residualRms: number, w: number) => residualRms / Math.sqrt(1 - centreLeverage(w));

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

/** Relative noise below which data count as clean and are used as they are (and, in reading.ts, certified clean). */
export const CLEAN_NOISE = 1e-4;

/** Median of |a − b|. */
function medianAbs(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const d = Float64Array.from({ length: a.length }, (_, i) => Math.abs(a[i] - b[i])).sort();
  const m = d.length >> 1;
  return d.length % 2 === 1 ? d[m] : 0.5 * (d[m - 1] + d[m]);
}

/** Ratio of a Gaussian's standard deviation to its median absolute value. */
const MAD_TO_SIGMA = 1.482602218505602;

/**
 * The rms-based noise estimate yields to the median-based one when it exceeds it by more than this factor: the
 * local cubic's residual is then not noise but model error in a few samples (a spike resolved by a handful of
 * samples: Hindmarsh–Rose at 500 samples, clean, reads 2.7% "noise" in x by rms). For Gaussian noise the two
 * agree within ~10% (the median's relative error is 1.17/√n).
 */
const HEAVY_TAIL_RATIO = 1.5;

/**
 * Noise σ from the residual of the 7-point local cubic. The rms is the efficient estimate for Gaussian noise, but a
 * few large residuals at sharp features inflate it; then the median absolute residual, which ignores them, rules.
 */
function noiseFromResidual(
  value: ArrayLike<number>,
  x: ArrayLike<number>,
): { sigma: number; sharp: boolean } {
  // A local cubic over w points leaves a residual of σ·√((w − 4)/w) when the signal is fitted exactly.
  const leverage = Math.sqrt(3 / 7);
  const byRms = rms(value, x) / leverage;
  const byMedian = (MAD_TO_SIGMA * medianAbs(value, x)) / leverage;
  // Clean data keep the rms estimate whatever its tails: their discretisation error, read as noise on a coarse grid,
  // sends them through the noisy-data selection that such grids need (SEIR at one sample a day, test/near-clean).
  const sharp = byRms > HEAVY_TAIL_RATIO * byMedian && byMedian >= CLEAN_NOISE * std(x);
  return { sigma: sharp ? byMedian : byRms, sharp };
}

/**
 * A component used as it is (clean data): the samples themselves and the 5-point local cubic's derivative, with the
 * noise estimate carried for the report.
 */
export function asClean(
  t: ArrayLike<number>,
  x: ArrayLike<number>,
  estimate: { noise: number; unbiasedNoise: number },
): SmoothedComponent {
  const d = smoothDerivative(t, x, { window: 5 });
  const { noise, unbiasedNoise } = estimate;
  return { value: Float64Array.from(x), derivative: d.derivative, window: 1, noise, unbiasedNoise };
}

export function autoSmooth(t: ArrayLike<number>, x: Float64Array, fixedWindow?: number): SmoothedComponent {
  const maxWindow = Math.min(41, x.length % 2 === 1 ? x.length : x.length - 1);
  if (fixedWindow !== undefined) {
    const window = Math.min(fixedWindow, maxWindow);
    const s = smoothDerivative(t, x, { window });
    const residual = rms(s.value, x);
    return {
      ...s,
      window,
      noise: residual,
      unbiasedNoise: window > 4 ? unbiased(residual, window) : residual,
    };
  }
  const base = smoothDerivative(t, x, { window: 7 });
  const { sigma, sharp } = noiseFromResidual(base.value, x);
  // sigma is the residual over √(3/7); the centre sample's residual has σ·√(1 − 1/3)
  const unbiasedNoise = unbiased(sigma * Math.sqrt(3 / 7), 7);
  if (sigma < CLEAN_NOISE * std(x)) return asClean(t, x, { noise: sigma, unbiasedNoise });
  let best = { ...base, window: 7 };
  for (let w = 9; w <= maxWindow; w += 2) {
    const s = smoothDerivative(t, x, { window: w });
    const expected = sigma * Math.sqrt((w - 4) / w);
    if (rms(s.value, x) > 1.05 * expected) break;
    best = { ...s, window: w };
  }
  // Only where the residual showed sharp features: elsewhere a 4σ sample is just a rare noise draw.
  const kept = sharp ? keepSharpFeatures(t, x, best, sigma) : best;
  return { ...kept, window: best.window, noise: sigma, unbiasedNoise };
}

/**
 * A sample that the chosen fit misses by more than this many noise σ is a sharp feature the local cubic cannot
 * follow, not noise (for Gaussian noise, 6 samples in 10⁵ get there).
 */
const BIAS_SIGMAS = 4;

/**
 * The smoothed state and derivative, except at samples the fit misses by more than BIAS_SIGMAS·σ: there the datum
 * itself and the 5-point cubic's derivative. A spike resolved by a handful of samples (Hindmarsh–Rose at 500
 * samples) is cut by any cubic over 7 samples, and the window objective, evaluating the library on that state, then
 * needs dozens of terms to explain the derivatives.
 */
function keepSharpFeatures(
  t: ArrayLike<number>,
  x: Float64Array,
  fit: { value: Float64Array; derivative: Float64Array },
  sigma: number,
): { value: Float64Array; derivative: Float64Array } {
  const biased = (i: number) => Math.abs(fit.value[i] - x[i]) > BIAS_SIGMAS * sigma;
  if (!x.some((_, i) => biased(i))) return fit;
  const narrow = smoothDerivative(t, x, { window: 5 });
  return {
    value: Float64Array.from(fit.value, (v, i) => (biased(i) ? x[i] : v)),
    derivative: Float64Array.from(fit.derivative, (v, i) => (biased(i) ? narrow.derivative[i] : v)),
  };
}
