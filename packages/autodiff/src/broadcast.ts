import { fmtShape, ShapeError } from "./errors.js";

export const prod = (s: readonly number[]): number => s.reduce((a, b) => a * b, 1);

export function contiguousStrides(shape: readonly number[]): number[] {
  const st = new Array<number>(shape.length);
  for (let d = shape.length - 1, acc = 1; d >= 0; d--) {
    st[d] = acc;
    acc *= shape[d];
  }
  return st;
}

/** NumPy broadcasting: align trailing axes; sizes must match or be 1. */
export function broadcastShapes(op: string, ...shapes: (readonly number[])[]): number[] {
  const nd = Math.max(...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const d = nd - s.length + i;
      if (s[i] === out[d] || s[i] === 1) continue;
      if (out[d] !== 1) {
        throw new ShapeError(
          `${op}: cannot broadcast shapes ${shapes.map(fmtShape).join(" and ")} (axis ${i} of ${fmtShape(s)} is ${s[i]}, other operand has ${out[d]}; sizes must be equal or 1)`,
          out,
          s,
        );
      }
      out[d] = s[i];
    }
  }
  return out;
}

/** Strides of a contiguous `from` laid over the broadcast shape `to`: 0 on broadcast axes. */
export function broadcastStrides(from: readonly number[], to: readonly number[]): number[] {
  const st = contiguousStrides(from);
  const off = to.length - from.length;
  return to.map((_n, d) => (d < off || from[d - off] === 1 ? 0 : st[d - off]));
}

/** For each element of `shape` in row-major order, its offset under `strides`. The one index walker. */
export function stridedOffsets(shape: readonly number[], strides: readonly number[], base = 0): Int32Array {
  const n = prod(shape);
  const out = new Int32Array(n);
  const nd = shape.length;
  const idx = new Array<number>(nd).fill(0);
  let off = base;
  for (let i = 0; i < n; i++) {
    out[i] = off;
    for (let d = nd - 1; d >= 0; d--) {
      off += strides[d];
      if (++idx[d] < shape[d]) break;
      off -= strides[d] * shape[d];
      idx[d] = 0;
    }
  }
  return out;
}

export type Buf = Float64Array | Float32Array;
export const allocLike = (b: Buf, n: number): Buf =>
  b instanceof Float32Array ? new Float32Array(n) : new Float64Array(n);

/** prod(from) if `from` is a trailing block of `to` (a bias [n] under [m, n], a scalar), else 0: tiling. */
function tileSize(from: readonly number[], to: readonly number[]): number {
  let s = 0;
  while (s < from.length && from[s] === 1) s++;
  const r = from.length - s;
  if (r > to.length) return 0;
  for (let d = 0; d < r; d++) if (from[s + d] !== to[to.length - r + d]) return 0;
  return prod(from);
}

/** Materialise `src` (shape `from`) broadcast to shape `to`. Returns `src` itself when nothing changes. */
export function expandData(src: Buf, from: readonly number[], to: readonly number[]): Buf {
  if (from.length === to.length && from.every((n, i) => n === to[i])) return src;
  const t = tileSize(from, to);
  if (t === 1) return allocLike(src, prod(to)).fill(src[0]);
  if (t > 0) {
    const out = allocLike(src, prod(to));
    for (let o = 0; o < out.length; o += t) out.set(src, o);
    return out;
  }
  const offs = stridedOffsets(to, broadcastStrides(from, to));
  const out = allocLike(src, offs.length);
  for (let i = 0; i < offs.length; i++) out[i] = src[offs[i]];
  return out;
}

/** Sum `src` (shape `from`) down to `to`, the inverse of broadcasting; also how reductions are done. */
export function sumToData(src: Buf, from: readonly number[], to: readonly number[]): Buf {
  if (from.length === to.length && from.every((n, i) => n === to[i])) return src;
  const out = allocLike(src, prod(to));
  const t = tileSize(to, from);
  if (t > 0) {
    // same order of additions as the general walk below, without its index array
    for (let o = 0; o < src.length; o += t) for (let j = 0; j < t; j++) out[j] += src[o + j];
    return out;
  }
  const offs = stridedOffsets(from, broadcastStrides(to, from));
  for (let i = 0; i < offs.length; i++) out[offs[i]] += src[i];
  return out;
}
