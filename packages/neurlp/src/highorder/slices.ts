import type { BroadcastArray } from "../backend.js";

/**
 * Time-axis slices of broadcast inputs (and the matching scatter-add for their gradients). A
 * time-invariant input (time axis 1) is shared as is. `per` is the number of values per time point.
 */

export function sliceTime(a: BroadcastArray, per: number, start: number, length: number): BroadcastArray {
  if (a.time === 1) return a;
  const data = new Float64Array(a.batch * length * per);
  for (let b = 0; b < a.batch; b++) {
    const from = (b * a.time + start) * per;
    data.set(a.data.subarray(from, from + length * per), b * length * per);
  }
  return { data, batch: a.batch, time: length };
}

/** target (shaped like `a`) += the gradient of `sliceTime(a, per, start, length)`. */
export function addSliceGradient(
  target: Float64Array,
  a: BroadcastArray,
  per: number,
  start: number,
  length: number,
  grad: Float64Array,
): void {
  if (a.time === 1) {
    for (let i = 0; i < grad.length; i++) target[i] += grad[i]!;
    return;
  }
  for (let b = 0; b < a.batch; b++) {
    const to = (b * a.time + start) * per;
    const from = b * length * per;
    for (let i = 0; i < length * per; i++) target[to + i] += grad[from + i]!;
  }
}

/**
 * Window boundaries over N grid points: about `window` intervals each, spread evenly, so that the
 * half-step grid's windows (boundaries × 2) start at exactly the same times.
 */
export function windowBounds(N: number, window: number): number[] {
  const count = Math.max(1, Math.round((N - 1) / window));
  return Array.from({ length: count + 1 }, (_, w) => Math.round((w * (N - 1)) / count));
}
