import { broadcastStrides, expandData, prod, stridedOffsets, sumToData } from "../broadcast.js";
import { InvalidArgumentError } from "../errors.js";
import { record } from "../tape.js";
import { allocData, Tensor } from "../tensor.js";

/** Normalise an axis (negative counts from the end) and check it is in range. */
export function normAxis(axis: number, ndim: number, op: string): number {
  const a = axis < 0 ? axis + ndim : axis;
  if (!Number.isInteger(a) || a < 0 || a >= ndim) {
    throw new InvalidArgumentError(`${op}: axis ${axis} is out of range for a tensor with ${ndim} dims`);
  }
  return a;
}

/** Shape with reduced axes kept as 1 (the keepdims shape) and the final output shape. */
function reducedShapes(
  x: Tensor,
  axes: number | readonly number[] | undefined,
  keepdims: boolean,
  op: string,
) {
  const list = axes === undefined ? x.shape.map((_, i) => i) : typeof axes === "number" ? [axes] : axes;
  const set = new Set(list.map((a) => normAxis(a, x.ndim, op)));
  const keep = x.shape.map((n, i) => (set.has(i) ? 1 : n));
  const out = keepdims ? keep : x.shape.filter((_, i) => !set.has(i));
  return { keep, out, count: x.size / Math.max(1, prod(keep)) };
}

/** Sum over `axes` (all axes by default); `keepdims` keeps them as size 1. */
export function sum(x: Tensor, axes?: number | readonly number[], keepdims = false): Tensor {
  const { keep, out } = reducedShapes(x, axes, keepdims, "sum");
  const y = new Tensor(sumToData(x.data, x.shape, keep), out);
  return record("sum", [x], [y], ([g]) => [new Tensor(expandData(g.data, keep, x.shape), x.shape)])[0];
}

/** Mean over `axes` (all axes by default); `keepdims` keeps them as size 1. */
export function mean(x: Tensor, axes?: number | readonly number[], keepdims = false): Tensor {
  const { count } = reducedShapes(x, axes, keepdims, "mean");
  return sum(x, axes, keepdims).mul(1 / count);
}

/** Max over axes; the gradient goes to the first maximal element of each reduced group. */
export function max(x: Tensor, axes?: number | readonly number[], keepdims = false): Tensor {
  const { keep, out } = reducedShapes(x, axes, keepdims, "max");
  if (x.size === 0) throw new InvalidArgumentError("max: cannot reduce an empty tensor");
  const offs = stridedOffsets(x.shape, broadcastStrides(keep, x.shape));
  const n = prod(keep);
  const y = allocData(x.dtype, n).fill(Number.NEGATIVE_INFINITY);
  const arg = new Int32Array(n).fill(-1);
  for (let i = 0; i < offs.length; i++) {
    const o = offs[i];
    if (x.data[i] > y[o] || arg[o] < 0) {
      y[o] = x.data[i];
      arg[o] = i;
    }
  }
  return record("max", [x], [new Tensor(y, out)], ([g]) => {
    const gx = allocData(g.dtype, x.size);
    for (let o = 0; o < n; o++) gx[arg[o]] = g.data[o];
    return [new Tensor(gx, x.shape)];
  })[0];
}
