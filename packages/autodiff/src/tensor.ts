import { prod } from "./broadcast.js";
import { fmtShape, InvalidArgumentError, ShapeError } from "./errors.js";
import { type Conv1dOptions, conv1d } from "./ops/conv.js";
import * as ew from "./ops/elementwise.js";
import { matmul } from "./ops/matmul.js";
import { max, mean, sum } from "./ops/reduce.js";
import * as sh from "./ops/shape.js";
import type { Rng } from "./rng.js";
import { type Node, runBackward, runBackwardAsync } from "./tape.js";

export type DType = "float64" | "float32";
export type NestedNumberArray = number | readonly NestedNumberArray[];
export interface TensorOptions {
  requiresGrad?: boolean;
  dtype?: DType;
}
type Operand = Tensor | number;
type Axes = number | readonly number[];

export const allocData = (dtype: DType, n: number): Float64Array | Float32Array =>
  dtype === "float32" ? new Float32Array(n) : new Float64Array(n);

/** N-d array over contiguous row-major typed-array storage, recording ops for reverse-mode autodiff. */
// biome-ignore format: the chainable methods are one-line delegations to the functional ops
export class Tensor {
  readonly shape: readonly number[];
  readonly data: Float64Array | Float32Array;
  readonly dtype: DType;
  readonly size: number;
  requiresGrad: boolean;
  grad: Tensor | null = null;
  /** The op that produced this tensor (null for leaves and in noGrad). */
  node: Node | null = null;

  constructor(data: Float64Array | Float32Array, shape: readonly number[], requiresGrad = false) {
    const size = prod(shape);
    if (!shape.every((n) => Number.isInteger(n) && n >= 0)) {
      throw new InvalidArgumentError(`shape ${fmtShape(shape)} must contain non-negative integers`);
    }
    if (size !== data.length) {
      throw new ShapeError(
        `data has ${data.length} elements but shape ${fmtShape(shape)} needs ${size}`,
        shape,
        [data.length],
      );
    }
    this.data = data;
    this.shape = Object.freeze([...shape]);
    this.size = size;
    this.dtype = data instanceof Float32Array ? "float32" : "float64";
    this.requiresGrad = requiresGrad;
  }

  /** Wrap an existing buffer without copying. */
  static fromData(data: Float64Array | Float32Array, shape: readonly number[]): Tensor {
    return new Tensor(data, shape);
  }

  static full(shape: readonly number[], value: number, dtype: DType = "float64"): Tensor {
    return new Tensor(allocData(dtype, prod(shape)).fill(value), shape);
  }

  get ndim(): number {
    return this.shape.length;
  }

  backward(grad?: Tensor): void {
    runBackward(this, grad);
  }
  /** `backward` through graphs that contain asynchronous custom ops (e.g. a solve on a GPU backend). */
  backwardAsync(grad?: Tensor): Promise<void> {
    return runBackwardAsync(this, grad);
  }
  zeroGrad(): void {
    this.grad = null;
  }
  /** Same storage, no graph. */
  detach(): Tensor {
    return new Tensor(this.data, this.shape);
  }
  clone(): Tensor {
    return new Tensor(this.data.slice(), this.shape);
  }
  item(): number {
    if (this.size !== 1)
      throw new ShapeError(`item() needs exactly one element, got shape ${fmtShape(this.shape)}`);
    return this.data[0];
  }
  toArray(): NestedNumberArray {
    const build = (d: number, off: number): NestedNumberArray => {
      if (d === this.shape.length) return this.data[off];
      const step = prod(this.shape.slice(d + 1));
      return Array.from({ length: this.shape[d] }, (_, i) => build(d + 1, off + i * step));
    };
    return build(0, 0);
  }
  /** Convert storage type (a new leaf tensor; gradients do not flow across a cast). */
  to(dtype: DType): Tensor {
    return dtype === this.dtype
      ? this
      : new Tensor(
          allocData(dtype, this.size).map((_, i) => this.data[i]),
          this.shape,
        );
  }
  toString(): string {
    return `Tensor(${fmtShape(this.shape)}, ${this.dtype}${this.node ? `, op=${this.node.op}` : ""})`;
  }

  add(o: Operand): Tensor { return ew.add(this, o); }
  sub(o: Operand): Tensor { return ew.sub(this, o); }
  mul(o: Operand): Tensor { return ew.mul(this, o); }
  div(o: Operand): Tensor { return ew.div(this, o); }
  pow(o: Operand): Tensor { return ew.pow(this, o); }
  maximum(o: Operand): Tensor { return ew.maximum(this, o); }
  minimum(o: Operand): Tensor { return ew.minimum(this, o); }
  neg(): Tensor { return ew.neg(this); }
  exp(): Tensor { return ew.exp(this); }
  log(): Tensor { return ew.log(this); }
  sqrt(): Tensor { return ew.sqrt(this); }
  abs(): Tensor { return ew.abs(this); }
  square(): Tensor { return ew.square(this); }
  tanh(): Tensor { return ew.tanh(this); }
  sigmoid(): Tensor { return ew.sigmoid(this); }
  relu(): Tensor { return ew.relu(this); }
  gelu(): Tensor { return ew.gelu(this); }
  sin(): Tensor { return ew.sin(this); }
  cos(): Tensor { return ew.cos(this); }
  matmul(o: Tensor): Tensor { return matmul(this, o); }
  conv1d(weight: Tensor, bias?: Tensor | null, opts?: Conv1dOptions): Tensor { return conv1d(this, weight, bias, opts); }
  sum(axes?: Axes, keepdims = false): Tensor { return sum(this, axes, keepdims); }
  mean(axes?: Axes, keepdims = false): Tensor { return mean(this, axes, keepdims); }
  max(axes?: Axes, keepdims = false): Tensor { return max(this, axes, keepdims); }
  reshape(shape: readonly number[]): Tensor { return sh.reshape(this, shape); }
  transpose(dim0 = -2, dim1 = -1): Tensor { return sh.transpose(this, dim0, dim1); }
  permute(axes: readonly number[]): Tensor { return sh.permute(this, axes); }
  squeeze(axis?: number): Tensor { return sh.squeeze(this, axis); }
  unsqueeze(axis: number): Tensor { return sh.unsqueeze(this, axis); }
  broadcastTo(shape: readonly number[]): Tensor { return sh.broadcastTo(this, shape); }
  slice(
    beginOrAxis: number | readonly number[],
    sizeOrStart?: number | readonly number[],
    end?: number,
  ): Tensor {
    return sh.slice(this, beginOrAxis, sizeOrStart, end);
  }
  gather(indices: sh.Indices, axis = 0): Tensor { return sh.gather(this, indices, axis); }
}

function flatten(v: NestedNumberArray, shape: number[], out: number[], depth: number): void {
  if (typeof v === "number") {
    if (depth !== shape.length)
      throw new ShapeError("tensor(): ragged nested array (a number where a list was expected)");
    out.push(v);
    return;
  }
  if (!Array.isArray(v)) {
    throw new InvalidArgumentError(
      `tensor(): expected numbers or nested arrays of numbers, got ${typeof v} (${String(v)})`,
    );
  }
  if (depth === shape.length) shape.push(v.length);
  else if (shape[depth] !== v.length) {
    throw new ShapeError(
      `tensor(): ragged nested array: length ${v.length} at depth ${depth}, expected ${shape[depth]}`,
    );
  }
  for (const x of v) flatten(x, shape, out, depth + 1);
}

/** Build a tensor from a number, nested arrays or a typed array (copied), optionally reshaped to `shape`. */
export function tensor(
  values: NestedNumberArray | Float64Array | Float32Array,
  shape?: readonly number[],
  opts: TensorOptions = {},
): Tensor {
  let flat: ArrayLike<number>;
  let inferred: number[] = [];
  if (values instanceof Float64Array || values instanceof Float32Array) {
    flat = values;
    inferred = [values.length];
  } else {
    const out: number[] = [];
    flatten(values, inferred, out, 0);
    flat = out;
  }
  for (let i = 0; i < flat.length; i++) {
    if (typeof flat[i] !== "number" || Number.isNaN(flat[i])) {
      throw new InvalidArgumentError(`tensor(): element ${i} is ${String(flat[i])}, not a number`);
    }
  }
  const dtype = opts.dtype ?? (values instanceof Float32Array ? "float32" : "float64");
  const data = allocData(dtype, flat.length);
  data.set(flat);
  return new Tensor(data, shape ?? inferred, opts.requiresGrad ?? false);
}

const filled = (shape: readonly number[], f: (i: number) => number, opts: TensorOptions = {}): Tensor => {
  const data = allocData(opts.dtype ?? "float64", prod(shape));
  for (let i = 0; i < data.length; i++) data[i] = f(i);
  return new Tensor(data, shape, opts.requiresGrad ?? false);
};
export const zeros = (shape: readonly number[], opts?: TensorOptions): Tensor => filled(shape, () => 0, opts);
export const ones = (shape: readonly number[], opts?: TensorOptions): Tensor => filled(shape, () => 1, opts);
export const full = (shape: readonly number[], value: number, opts?: TensorOptions): Tensor =>
  filled(shape, () => value, opts);
export const randn = (shape: readonly number[], rng: Rng, opts?: TensorOptions): Tensor =>
  filled(shape, () => rng.normal(), opts);
/** Uniform in [low, high), default [0, 1). */
export const rand = (
  shape: readonly number[],
  rng: Rng,
  opts: TensorOptions & { low?: number; high?: number } = {},
): Tensor => filled(shape, () => (opts.low ?? 0) + ((opts.high ?? 1) - (opts.low ?? 0)) * rng.next(), opts);
export const linspace = (start: number, stop: number, n: number, opts?: TensorOptions): Tensor =>
  filled([n], (i) => (n === 1 ? start : start + ((stop - start) * i) / (n - 1)), opts);
export const arange = (n: number, opts?: TensorOptions): Tensor => filled([n], (i) => i, opts);
export const isTensor = (x: unknown): x is Tensor => x instanceof Tensor;
