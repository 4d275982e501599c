import { extent } from "d3-array";
import { VizInputError } from "./errors.js";
import type { NumberArray } from "./types.js";

function isNumberArray(v: unknown): v is NumberArray {
  return (
    v !== null &&
    typeof v === "object" &&
    typeof (v as { length?: unknown }).length === "number" &&
    (Array.isArray(v) || ArrayBuffer.isView(v))
  );
}

/** "series[1] ("x(t)")": how errors name one entry of a list the user passed. */
export function describeEntry(field: string, index: number, label?: string): string {
  return label ? `${field}[${index}] ("${label}")` : `${field}[${index}]`;
}

/** Check that `arr` is a non-empty numeric array; `what` names it in the error. */
export function requireArray(arr: unknown, what: string): NumberArray {
  if (!isNumberArray(arr)) {
    throw new VizInputError(`${what} must be an array of numbers or a typed array (got ${typeof arr}).`);
  }
  if (arr.length === 0) throw new VizInputError(`${what} is empty: pass at least one value.`);
  return arr;
}

/** Check a list option (series, curves, ...) is a non-empty array. */
export function requireList<T>(list: readonly T[] | undefined, what: string, hint: string): readonly T[] {
  if (!Array.isArray(list) || list.length === 0) {
    throw new VizInputError(`${what} must be a non-empty array: ${hint}`);
  }
  return list;
}

/** Validate paired coordinate arrays of one entry and return them. */
export function requirePaired(
  arrays: Record<string, unknown>,
  who: string,
): Record<string, NumberArray> & { length: number } {
  const out: Record<string, NumberArray> = {};
  let length = -1;
  let first = "";
  for (const [key, arr] of Object.entries(arrays)) {
    const a = requireArray(arr, `${who}.${key}`);
    if (length < 0) {
      length = a.length;
      first = key;
    } else if (a.length !== length) {
      throw new VizInputError(
        `${who}: ${first} has ${length} values but ${key} has ${a.length}; pass arrays of equal length (one ${key} per ${first}).`,
      );
    }
    out[key] = a;
  }
  return Object.assign(out, { length });
}

/** Whether a value can be drawn on an axis (log axes need positive values). */
export function drawable(v: number, log: boolean): boolean {
  return Number.isFinite(v) && (!log || v > 0);
}

/** Throw if an entry has no point at which every coordinate is drawable. */
export function requireSomeFinite(coords: NumberArray[], logs: boolean[], who: string): void {
  const n = coords[0]!.length;
  for (let i = 0; i < n; i++) {
    if (coords.every((c, k) => drawable(c[i]!, logs[k] ?? false))) return;
  }
  const logNote = logs.some(Boolean) ? " (values <= 0 cannot be shown on a log axis)" : "";
  throw new VizInputError(
    `${who} has no finite point to draw: every point has a NaN or Infinity coordinate${logNote}. Check the data or drop this entry.`,
  );
}

/** Running [min, max] over drawable values. */
export class Extent {
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  constructor(readonly log = false) {}
  add(values: NumberArray): this {
    // d3's extent skips values for which the accessor returns undefined (non-drawable ones here).
    // Inputs are validated to be arrays or typed arrays, both iterable.
    const [lo, hi] = extent(values as unknown as Iterable<number>, (v) =>
      drawable(v, this.log) ? v : undefined,
    );
    if (lo !== undefined && hi !== undefined) {
      this.push(lo);
      this.push(hi);
    }
    return this;
  }
  push(v: number): void {
    if (!drawable(v, this.log)) return;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }
  get empty(): boolean {
    return this.min > this.max;
  }
}

/**
 * A domain that can be drawn: constant data is widened (by 10% of its magnitude, or to [-1, 1] around 0;
 * by a factor of 2 on a log axis) so that a flat line sits in the middle of the plot.
 */
export function spreadDomain(ext: Extent, fallback: [number, number] = [0, 1]): [number, number] {
  if (ext.empty) return ext.log ? [1, 10] : fallback;
  const { min, max } = ext;
  if (min < max) return [min, max];
  if (ext.log) return [min / 2, min * 2];
  const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
  return [min - pad, max + pad];
}

/** Validate a user-given domain. */
export function checkDomain(d: [number, number] | undefined, what: string, log: boolean): void {
  if (d === undefined) return;
  if (
    !Array.isArray(d) ||
    d.length !== 2 ||
    !Number.isFinite(d[0]) ||
    !Number.isFinite(d[1]) ||
    d[0] >= d[1]
  ) {
    throw new VizInputError(`${what} must be [min, max] with finite min < max (got ${JSON.stringify(d)}).`);
  }
  if (log && d[0] <= 0) throw new VizInputError(`${what} must be positive on a log axis (got ${d[0]}).`);
}

/** Validate width/height. */
export function checkSize(width: number, height: number): void {
  for (const [k, v] of [
    ["width", width],
    ["height", height],
  ] as const) {
    if (!Number.isFinite(v) || v < 120) {
      throw new VizInputError(`${k} must be a finite number of pixels >= 120 (got ${v}).`);
    }
  }
}
