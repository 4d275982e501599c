import { NeurlpShapeError, NeurlpValueError } from "../errors.js";

/** A nested number array, any depth. */
export type NestedNumbers = number | readonly NestedNumbers[];
/** An input array: nested numbers or an explicit row-major `{ shape, data }`. */
export type ArrayInput =
  | NestedNumbers
  | { readonly shape: readonly number[]; readonly data: ArrayLike<number> | Float64Array | Float32Array };

/** A dense Float64 array with a shape. */
export interface Dense {
  readonly shape: number[];
  readonly data: Float64Array;
}

/** Solver output: row-major Float64 data with its shape. */
export class OdeArray {
  constructor(
    readonly shape: readonly number[],
    readonly data: Float64Array,
  ) {}
  /** Nested plain number arrays in `shape`. */
  toArray(): NestedNumbers[] {
    return nest(this.data, this.shape, 0, 0) as NestedNumbers[];
  }
  get size(): number {
    return this.data.length;
  }
}

function nest(data: Float64Array, shape: readonly number[], axis: number, offset: number): NestedNumbers {
  if (axis === shape.length) return data[offset]!;
  const stride = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const out: NestedNumbers[] = [];
  for (let i = 0; i < shape[axis]!; i++) out.push(nest(data, shape, axis + 1, offset + i * stride));
  return out;
}

function inferShape(value: NestedNumbers, name: string): number[] {
  const shape: number[] = [];
  let v: NestedNumbers = value;
  while (Array.isArray(v)) {
    if (shape.length === 8)
      throw new NeurlpShapeError(`${name}: nested deeper than 8 levels (no input has rank > 5)`);
    shape.push(v.length);
    if (v.length === 0) break;
    v = v[0]!;
  }
  if (!Array.isArray(v) && typeof v !== "number") {
    throw new NeurlpValueError(`${name}: expected numbers, found ${typeof v}`);
  }
  return shape;
}

function flatten(
  value: NestedNumbers,
  shape: number[],
  axis: number,
  out: Float64Array,
  pos: number[],
  name: string,
  path: string,
): void {
  if (axis === shape.length) {
    if (typeof value !== "number") {
      throw new NeurlpShapeError(
        `${name}${path}: expected a number (ragged array; shape inferred as [${shape}])`,
      );
    }
    out[pos[0]!++] = value;
    return;
  }
  if (!Array.isArray(value) || value.length !== shape[axis]) {
    throw new NeurlpShapeError(
      `${name}${path}: ragged nested array: expected length ${shape[axis]} here (shape inferred from the first elements as [${shape}]), got ${Array.isArray(value) ? `length ${value.length}` : typeof value}`,
    );
  }
  for (let i = 0; i < value.length; i++) flatten(value[i]!, shape, axis + 1, out, pos, name, `${path}[${i}]`);
}

/**
 * Convert an input to a dense Float64 array, rejecting ragged shapes and NaN/±Infinity.
 * `scan`, when given, is a caller's one-pass check that implies finiteness (and whatever bounds the
 * caller checks later): when it passes, the separate finite pass is skipped.
 */
export function toDense(input: ArrayInput, name: string, scan?: (data: Float64Array) => boolean): Dense {
  let shape: number[];
  let data: Float64Array;
  if (typeof input === "number" || Array.isArray(input)) {
    shape = inferShape(input as NestedNumbers, name);
    data = new Float64Array(shape.reduce((a, b) => a * b, 1));
    flatten(input as NestedNumbers, shape, 0, data, [0], name, "");
  } else if (input && typeof input === "object" && "shape" in input && "data" in input) {
    if (!Array.isArray(input.shape) || input.shape.length > 8)
      throw new NeurlpShapeError(`${name}.shape must be an array of at most 8 sizes`);
    if (typeof (input.data as { length?: unknown }).length !== "number")
      throw new NeurlpValueError(`${name}.data must be an array or typed array of numbers`);
    shape = [...input.shape];
    if (shape.some((d) => !Number.isInteger(d) || d < 0)) {
      throw new NeurlpShapeError(`${name}.shape must be non-negative integers, got [${shape}]`);
    }
    const size = shape.reduce((a, b) => a * b, 1);
    if (input.data.length !== size) {
      throw new NeurlpShapeError(
        `${name}: data has ${input.data.length} elements but shape [${shape}] needs ${size}`,
      );
    }
    data = input.data instanceof Float64Array ? input.data : plainNumbers(input.data, name, shape);
  } else {
    throw new NeurlpValueError(
      `${name}: expected a nested number array or { shape, data }, got ${typeof input}`,
    );
  }
  if (scan?.(data)) return { shape, data };
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i]!)) {
      throw new NeurlpValueError(
        `${name}: element ${describeIndex(i, shape)} is ${data[i]}; inputs must be finite`,
      );
    }
  }
  return { shape, data };
}

/** Copies an array-like of numbers; `null`, `true`, strings... are refused (Float64Array.from would make them 0, 1, NaN). */
function plainNumbers(data: ArrayLike<unknown>, name: string, shape: number[]): Float64Array {
  if (data instanceof Float32Array) return Float64Array.from(data);
  const out = new Float64Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (typeof v !== "number")
      throw new NeurlpValueError(
        `${name}.data: element ${describeIndex(i, shape)} is ${v === null ? "null" : typeof v}; expected a number`,
      );
    out[i] = v;
  }
  return out;
}

/** Multi-index of flat position `i` in `shape`, as "[a, b, c]". */
export function describeIndex(i: number, shape: readonly number[]): string {
  const idx: number[] = [];
  for (let a = shape.length - 1; a >= 0; a--) {
    idx.unshift(i % shape[a]!);
    i = Math.floor(i / shape[a]!);
  }
  return `[${idx.join(", ")}]`;
}
