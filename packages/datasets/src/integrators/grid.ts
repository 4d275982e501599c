import { InvalidArgumentError } from "../errors.js";
import type { TimeGrid } from "./types.js";

/** Default cap on generated samples (a 10⁶-row, 3-variable dataset is about 100 MB as JS arrays). */
export const DEFAULT_MAX_SAMPLES = 1_000_000;

/**
 * Expands {t0, t1, dt} into t0 + i·dt; (t1 − t0)/dt must be an integer to 1e-9 relative. Grids of more than
 * `maxSamples` points are refused before anything is allocated (`dt = 1e-300` would ask for 10³⁰⁰).
 */
export function uniformGrid({ t0, t1, dt }: TimeGrid, maxSamples = DEFAULT_MAX_SAMPLES): number[] {
  if (!(Number.isFinite(t0) && Number.isFinite(t1) && Number.isFinite(dt)) || dt <= 0 || t1 <= t0) {
    throw new InvalidArgumentError(
      `time grid needs finite t0 < t1 and dt > 0 (got t0=${t0}, t1=${t1}, dt=${dt})`,
    );
  }
  const steps = (t1 - t0) / dt;
  if (!(steps + 1 <= maxSamples))
    throw new InvalidArgumentError(
      `the grid t0=${t0}..t1=${t1} with dt=${dt} has ${Number((steps + 1).toPrecision(3))} samples, more than ` +
        `maxSamples = ${maxSamples}; use a larger dt or a shorter span (or raise maxSamples)`,
    );
  const n = Math.round(steps);
  if (Math.abs(steps - n) > 1e-9 * Math.max(1, steps)) {
    throw new InvalidArgumentError(
      `(t1 - t0) / dt = ${steps} is not a whole number of steps; choose dt dividing t1 - t0`,
    );
  }
  const t = new Array<number>(n + 1);
  for (let i = 0; i <= n; i++) t[i] = t0 + i * dt;
  t[n] = t1;
  return t;
}

/** Checks that an output grid is finite and strictly increasing. */
export function checkIncreasing(t: ArrayLike<number>, what: string): void {
  if (t.length < 1) throw new InvalidArgumentError(`${what} must contain at least one time`);
  for (let i = 0; i < t.length; i++) {
    if (!Number.isFinite(t[i])) throw new InvalidArgumentError(`${what}[${i}] = ${t[i]} is not finite`);
    if (i > 0 && !(t[i] > t[i - 1])) {
      throw new InvalidArgumentError(
        `${what} must be strictly increasing (${what}[${i}] = ${t[i]} <= ${t[i - 1]})`,
      );
    }
  }
}

export function checkState(y0: ArrayLike<number>): Float64Array {
  if (y0.length === 0) throw new InvalidArgumentError("initial state y0 is empty");
  const y = Float64Array.from(y0);
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i])) throw new InvalidArgumentError(`y0[${i}] = ${y0[i]} is not finite`);
  }
  return y;
}
