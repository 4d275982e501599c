/** Scale statistics that hold at any magnitude a double can hold (data of 1e300 or 1e-300 included). */

/**
 * Mean and standard deviation of a column, without overflow or underflow at any magnitude a double holds: the
 * squares are taken of deviations divided by the largest one (values of 1e300 or 1e-300 have a spread too).
 */
export function meanAndSpread(column: readonly number[]): { mean: number; spread: number } {
  const n = column.length;
  const mean = column.reduce((a, b) => a + b / n, 0);
  const peak = column.reduce((a, b) => Math.max(a, Math.abs(b - mean)), 0);
  if (peak === 0 || !Number.isFinite(peak)) return { mean, spread: peak };
  return { mean, spread: peak * Math.sqrt(column.reduce((a, b) => a + ((b - mean) / peak) ** 2, 0) / n) };
}

/**
 * Spread below this fraction of a variable's magnitude: constant in the data (rounding level, not dynamics). Such a
 * variable has no time scale, no meaningful relative error, and its terms copy lower-degree ones.
 */
export const CONSTANT_SPREAD = 1e-9;

/**
 * The scale of a variable's motion: its spread, or its magnitude where it is constant. Errors and noise are judged
 * against it, not against the RMS: an offset carries no dynamics, and a variable that moves by 0.5% about a large
 * value shows noise of 1% of its motion as 5·10⁻⁵ of its RMS.
 */
export function motionScale(spread: number, magnitude: number): number {
  return spread > CONSTANT_SPREAD * magnitude ? spread : magnitude || 1;
}
