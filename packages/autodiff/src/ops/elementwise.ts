import { broadcastShapes, expandData, sumToData } from "../broadcast.js";
import { record } from "../tape.js";
import { allocData, type DType, Tensor } from "../tensor.js";

/** Unary rules: forward f(x) next to its derivative df(x, y) with y = f(x). */
interface UnaryRule {
  f: (x: number) => number;
  df: (x: number, y: number) => number;
}
const GELU_C = Math.sqrt(2 / Math.PI);
const unaryRules = {
  neg: { f: (x) => -x, df: () => -1 },
  exp: { f: Math.exp, df: (_, y) => y },
  log: { f: Math.log, df: (x) => 1 / x },
  sqrt: { f: Math.sqrt, df: (_, y) => 0.5 / y },
  abs: { f: Math.abs, df: (x) => Math.sign(x) },
  square: { f: (x) => x * x, df: (x) => 2 * x },
  tanh: { f: Math.tanh, df: (_, y) => 1 - y * y },
  sigmoid: {
    f: (x) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))),
    df: (_, y) => y * (1 - y),
  },
  relu: { f: (x) => Math.max(x, 0), df: (x) => (x > 0 ? 1 : 0) },
  // tanh approximation of GELU (as GPT-2 / tfjs); df is its exact derivative.
  gelu: {
    f: (x) => 0.5 * x * (1 + Math.tanh(GELU_C * (x + 0.044715 * x * x * x))),
    df: (x) => {
      const t = Math.tanh(GELU_C * (x + 0.044715 * x * x * x));
      return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * GELU_C * (1 + 3 * 0.044715 * x * x);
    },
  },
  sin: { f: Math.sin, df: (x) => Math.cos(x) },
  cos: { f: Math.cos, df: (x) => -Math.sin(x) },
} satisfies Record<string, UnaryRule>;
export type UnaryOpName = keyof typeof unaryRules;

/** Binary rules: forward f(a, b) next to its partials da, db (y = f(a, b)). */
interface BinaryRule {
  f: (a: number, b: number) => number;
  da: (a: number, b: number, y: number) => number;
  db: (a: number, b: number, y: number) => number;
}
const binaryRules = {
  add: { f: (a, b) => a + b, da: () => 1, db: () => 1 },
  sub: { f: (a, b) => a - b, da: () => 1, db: () => -1 },
  mul: { f: (a, b) => a * b, da: (_, b) => b, db: (a) => a },
  div: { f: (a, b) => a / b, da: (_, b) => 1 / b, db: (a, b) => -a / (b * b) },
  pow: {
    f: (a, b) => a ** b,
    da: (a, b) => (b === 0 ? 0 : b * a ** (b - 1)),
    db: (a, _, y) => y * Math.log(a),
  },
  maximum: { f: Math.max, da: (a, b) => (a >= b ? 1 : 0), db: (a, b) => (a >= b ? 0 : 1) },
  minimum: { f: Math.min, da: (a, b) => (a <= b ? 1 : 0), db: (a, b) => (a <= b ? 0 : 1) },
} satisfies Record<string, BinaryRule>;
export type BinaryOpName = keyof typeof binaryRules;

function unary(name: UnaryOpName) {
  const { f, df } = unaryRules[name] as UnaryRule;
  return (x: Tensor): Tensor => {
    const xd = x.data;
    const y = allocData(x.dtype, x.size);
    for (let i = 0; i < y.length; i++) y[i] = f(xd[i]);
    const out = new Tensor(y, x.shape);
    return record(name, [x], [out], ([g]) => {
      const gx = allocData(x.dtype, x.size);
      for (let i = 0; i < gx.length; i++) gx[i] = g.data[i] * df(xd[i], y[i]);
      return [new Tensor(gx, x.shape)];
    })[0];
  };
}

const promote = (a: DType, b: DType): DType => (a === "float64" || b === "float64" ? "float64" : "float32");
/** Numbers become 0-d tensors of the other operand's dtype. */
export const asTensor = (x: Tensor | number, like: Tensor | number): Tensor =>
  x instanceof Tensor ? x : Tensor.full([], x, like instanceof Tensor ? like.dtype : "float64");

function binary(name: BinaryOpName) {
  const { f, da, db } = binaryRules[name] as BinaryRule;
  return (a0: Tensor | number, b0: Tensor | number): Tensor => {
    const a = asTensor(a0, b0);
    const b = asTensor(b0, a);
    const shape = broadcastShapes(name, a.shape, b.shape);
    const ad = expandData(a.data, a.shape, shape);
    const bd = expandData(b.data, b.shape, shape);
    const y = allocData(promote(a.dtype, b.dtype), ad.length);
    for (let i = 0; i < y.length; i++) y[i] = f(ad[i], bd[i]);
    const out = new Tensor(y, shape);
    const partial = (x: Tensor, g: Tensor, d: BinaryRule["da"]): Tensor | null => {
      if (!x.requiresGrad) return null;
      const gx = allocData(g.dtype, g.size);
      for (let i = 0; i < gx.length; i++) gx[i] = g.data[i] * d(ad[i], bd[i], y[i]);
      return new Tensor(sumToData(gx, shape, x.shape), x.shape);
    };
    return record(name, [a, b], [out], ([g]) => [partial(a, g, da), partial(b, g, db)])[0];
  };
}

export const neg = unary("neg");
export const exp = unary("exp");
export const log = unary("log");
export const sqrt = unary("sqrt");
export const abs = unary("abs");
export const square = unary("square");
export const tanh = unary("tanh");
export const sigmoid = unary("sigmoid");
export const relu = unary("relu");
export const gelu = unary("gelu");
export const sin = unary("sin");
export const cos = unary("cos");
export const add = binary("add");
export const sub = binary("sub");
export const mul = binary("mul");
export const div = binary("div");
export const pow = binary("pow");
export const maximum = binary("maximum");
export const minimum = binary("minimum");

/** Elementwise select: cond (nonzero = true) ? a : b, with broadcasting over all three. */
export function where(cond: Tensor, a0: Tensor | number, b0: Tensor | number): Tensor {
  const a = asTensor(a0, b0 instanceof Tensor ? b0 : cond);
  const b = asTensor(b0, a);
  const shape = broadcastShapes("where", cond.shape, a.shape, b.shape);
  const c = expandData(cond.data, cond.shape, shape);
  const ad = expandData(a.data, a.shape, shape);
  const bd = expandData(b.data, b.shape, shape);
  const y = allocData(promote(a.dtype, b.dtype), c.length);
  for (let i = 0; i < y.length; i++) y[i] = c[i] !== 0 ? ad[i] : bd[i];
  const pick = (x: Tensor, g: Tensor, keep: boolean): Tensor | null => {
    if (!x.requiresGrad) return null;
    const gx = allocData(g.dtype, g.size);
    for (let i = 0; i < gx.length; i++) gx[i] = (c[i] !== 0) === keep ? g.data[i] : 0;
    return new Tensor(sumToData(gx, shape, x.shape), x.shape);
  };
  return record("where", [a, b], [new Tensor(y, shape)], ([g]) => [pick(a, g, true), pick(b, g, false)])[0];
}
