import type { Arithmetic } from "./wgsl/arith.js";

/** Float64 → the kernels' scalar layout: one f32 each, or (hi, lo) pairs with hi + lo = x to ~2⁻⁴⁸. */
export function pack(x: ArrayLike<number>, kind: Arithmetic): Float32Array {
  if (kind === "f32") return Float32Array.from(x as ArrayLike<number>);
  const out = new Float32Array(2 * x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    const hi = Math.fround(v);
    out[2 * i] = hi;
    out[2 * i + 1] = Math.fround(v - hi);
  }
  return out;
}

/** The kernels' scalar layout → numbers: Float32Array for f32, Float64Array (hi + lo) for df32. */
export function unpack(words: Float32Array, kind: Arithmetic): Float32Array | Float64Array {
  if (kind === "f32") return words;
  const out = new Float64Array(words.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = words[2 * i]! + words[2 * i + 1]!;
  return out;
}
