import {
  broadcastShapes,
  contiguousStrides,
  expandData,
  prod,
  stridedOffsets,
  sumToData,
} from "../broadcast.js";
import { fmtShape, InvalidArgumentError, ShapeError } from "../errors.js";
import { record } from "../tape.js";
import { allocData, Tensor } from "../tensor.js";
import { normAxis } from "./reduce.js";

/** Reshape without copying (the result shares storage). One entry may be -1. */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  const known = prod(shape.filter((n) => n !== -1));
  const holes = shape.filter((n) => n === -1).length;
  const s = shape.map((n) => (n === -1 ? x.size / known : n));
  if (holes > 1 || prod(s) !== x.size || !s.every((n) => Number.isInteger(n) && n >= 0)) {
    throw new ShapeError(
      `reshape: cannot view ${fmtShape(x.shape)} (${x.size} elements) as ${fmtShape(shape)}`,
      shape,
      x.shape,
    );
  }
  return record("reshape", [x], [new Tensor(x.data, s)], ([g]) => [new Tensor(g.data, x.shape)])[0];
}

/** Reorders the axes of `x` (`axes[i]` is the input axis that becomes output axis i). */
export function permute(x: Tensor, axes: readonly number[]): Tensor {
  const ax = axes.map((a) => normAxis(a, x.ndim, "permute"));
  if (ax.length !== x.ndim || new Set(ax).size !== ax.length) {
    throw new InvalidArgumentError(
      `permute: axes ${fmtShape(axes)} are not a permutation of 0..${x.ndim - 1}`,
    );
  }
  const st = contiguousStrides(x.shape);
  const shape = ax.map((a) => x.shape[a]);
  const offs = stridedOffsets(
    shape,
    ax.map((a) => st[a]),
  );
  const y = allocData(x.dtype, x.size);
  for (let i = 0; i < y.length; i++) y[i] = x.data[offs[i]];
  const inv = ax.map((_, i) => ax.indexOf(i));
  return record("permute", [x], [new Tensor(y, shape)], ([g]) => [permute(g, inv)])[0];
}

/** Swap two axes (default: the last two). */
export function transpose(x: Tensor, dim0 = -2, dim1 = -1): Tensor {
  const ax = x.shape.map((_, i) => i);
  const [a, b] = [normAxis(dim0, x.ndim, "transpose"), normAxis(dim1, x.ndim, "transpose")];
  [ax[a], ax[b]] = [ax[b], ax[a]];
  return permute(x, ax);
}

/** Inserts a size-1 axis at `axis` (negative counts from the end). */
export function unsqueeze(x: Tensor, axis: number): Tensor {
  const s = [...x.shape];
  s.splice(normAxis(axis, x.ndim + 1, "unsqueeze"), 0, 1);
  return reshape(x, s);
}

/** Drop one size-1 axis, or all of them when no axis is given. */
export function squeeze(x: Tensor, axis?: number): Tensor {
  if (axis === undefined)
    return reshape(
      x,
      x.shape.filter((n) => n !== 1),
    );
  const a = normAxis(axis, x.ndim, "squeeze");
  if (x.shape[a] !== 1)
    throw new ShapeError(`squeeze: axis ${axis} has size ${x.shape[a]}, not 1`, [1], x.shape);
  return reshape(
    x,
    x.shape.filter((_, i) => i !== a),
  );
}

/** Broadcasts `x` to `shape` (NumPy rules); the gradient sums over the broadcast axes. */
export function broadcastTo(x: Tensor, shape: readonly number[]): Tensor {
  const s = broadcastShapes("broadcastTo", x.shape, shape);
  if (s.length !== shape.length || s.some((n, i) => n !== shape[i])) {
    throw new ShapeError(
      `broadcastTo: ${fmtShape(x.shape)} does not broadcast to ${fmtShape(shape)}`,
      shape,
      x.shape,
    );
  }
  const y = new Tensor(expandData(x.data, x.shape, s), s);
  return record("broadcastTo", [x], [y], ([g]) => [new Tensor(sumToData(g.data, s, x.shape), x.shape)])[0];
}

/**
 * Contiguous sub-block. Two forms: slice(x, begin[], size[]) (size -1 = to the end), or
 * slice(x, axis, start, end) on one axis (end exclusive, negative values count from the end).
 */
export function slice(
  x: Tensor,
  beginOrAxis: number | readonly number[],
  sizeOrStart?: number | readonly number[],
  end?: number,
): Tensor {
  let begin: number[];
  let size: number[];
  if (typeof beginOrAxis === "number") {
    const axis = normAxis(beginOrAxis, x.ndim, "slice");
    const n = x.shape[axis];
    const wrap = (v: number) => Math.min(n, Math.max(0, v < 0 ? v + n : v));
    const s = wrap((sizeOrStart as number | undefined) ?? 0);
    const e = wrap(end ?? n);
    begin = x.shape.map((_, i) => (i === axis ? s : 0));
    size = x.shape.map((m, i) => (i === axis ? Math.max(0, e - s) : m));
  } else {
    begin = [...beginOrAxis];
    const sz = (sizeOrStart as readonly number[] | undefined) ?? x.shape.map(() => -1);
    size = sz.map((n, i) => (n === -1 ? x.shape[i] - begin[i] : n));
  }
  if (
    begin.length !== x.ndim ||
    size.length !== x.ndim ||
    begin.some((b, i) => b < 0 || size[i] < 0 || b + size[i] > x.shape[i])
  ) {
    throw new ShapeError(
      `slice: begin ${fmtShape(begin)} size ${fmtShape(size)} is outside ${fmtShape(x.shape)}`,
      x.shape,
      size,
    );
  }
  const st = contiguousStrides(x.shape);
  const offs = stridedOffsets(
    size,
    st,
    begin.reduce((acc, b, i) => acc + b * st[i], 0),
  );
  const y = allocData(x.dtype, offs.length);
  for (let i = 0; i < y.length; i++) y[i] = x.data[offs[i]];
  return record("slice", [x], [new Tensor(y, size)], ([g]) => {
    const gx = allocData(g.dtype, x.size);
    for (let i = 0; i < offs.length; i++) gx[offs[i]] = g.data[i];
    return [new Tensor(gx, x.shape)];
  })[0];
}

/** Join along an existing axis; all other sizes must match. */
export function concat(xs: readonly Tensor[], axis = 0): Tensor {
  if (xs.length === 0) throw new InvalidArgumentError("concat: needs at least one tensor");
  const ax = normAxis(axis, xs[0].ndim, "concat");
  for (const t of xs) {
    if (t.ndim !== xs[0].ndim || t.shape.some((n, i) => i !== ax && n !== xs[0].shape[i])) {
      throw new ShapeError(
        `concat: shape ${fmtShape(t.shape)} does not match ${fmtShape(xs[0].shape)} off axis ${ax}`,
        xs[0].shape,
        t.shape,
      );
    }
  }
  const outer = prod(xs[0].shape.slice(0, ax));
  const inner = prod(xs[0].shape.slice(ax + 1));
  const widths = xs.map((t) => t.shape[ax] * inner);
  const total = widths.reduce((a, b) => a + b, 0);
  const shape = xs[0].shape.map((n, i) => (i === ax ? total / inner : n));
  const y = allocData(xs.some((t) => t.dtype === "float64") ? "float64" : "float32", outer * total);
  for (let o = 0, off = 0; o < outer; o++) {
    xs.forEach((t, k) => {
      y.set(t.data.subarray(o * widths[k], (o + 1) * widths[k]), off);
      off += widths[k];
    });
  }
  return record("concat", xs, [new Tensor(y, shape)], ([g]) => {
    let start = 0;
    return xs.map((t) => {
      start += t.shape[ax];
      return t.requiresGrad ? slice(g, ax, start - t.shape[ax], start) : null;
    });
  })[0];
}

/** Join along a new axis; all shapes must be equal. */
export function stack(xs: readonly Tensor[], axis = 0): Tensor {
  if (xs.length === 0) throw new InvalidArgumentError("stack: needs at least one tensor");
  const ax = normAxis(axis, xs[0].ndim + 1, "stack");
  for (const t of xs) {
    if (t.ndim !== xs[0].ndim || t.shape.some((n, i) => n !== xs[0].shape[i])) {
      throw new ShapeError(
        `stack: shape ${fmtShape(t.shape)} differs from ${fmtShape(xs[0].shape)}`,
        xs[0].shape,
        t.shape,
      );
    }
  }
  return concat(
    xs.map((t) => unsqueeze(t, ax)),
    ax,
  );
}

export type Indices = readonly number[] | Int32Array | Tensor;

/** Pick entries along `axis` (NumPy take): output shape = x.shape[:axis] + indices.shape + x.shape[axis+1:]. */
export function gather(x: Tensor, indices: Indices, axis = 0): Tensor {
  const ax = normAxis(axis, x.ndim, "gather");
  const idx = indices instanceof Tensor ? indices.data : indices;
  const idxShape = indices instanceof Tensor ? indices.shape : [idx.length];
  const n = x.shape[ax];
  for (let q = 0; q < idx.length; q++) {
    if (!Number.isInteger(idx[q]) || idx[q] < -n || idx[q] >= n) {
      throw new InvalidArgumentError(`gather: index ${idx[q]} out of range for axis ${ax} of size ${n}`);
    }
  }
  const outer = prod(x.shape.slice(0, ax));
  const inner = prod(x.shape.slice(ax + 1));
  const shape = [...x.shape.slice(0, ax), ...idxShape, ...x.shape.slice(ax + 1)];
  const src = (o: number, q: number) => (o * n + (idx[q] < 0 ? idx[q] + n : idx[q])) * inner;
  const y = allocData(x.dtype, outer * idx.length * inner);
  for (let o = 0, off = 0; o < outer; o++) {
    for (let q = 0; q < idx.length; q++, off += inner)
      y.set(x.data.subarray(src(o, q), src(o, q) + inner), off);
  }
  return record("gather", [x], [new Tensor(y, shape)], ([g]) => {
    const gx = allocData(g.dtype, x.size);
    for (let o = 0, off = 0; o < outer; o++) {
      for (let q = 0; q < idx.length; q++) {
        for (let j = 0, s = src(o, q); j < inner; j++) gx[s + j] += g.data[off++];
      }
    }
    return [new Tensor(gx, x.shape)];
  })[0];
}
