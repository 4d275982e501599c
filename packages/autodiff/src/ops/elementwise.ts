import { broadcastShapes, expandData, sumToData } from "../broadcast.js";
import { record } from "../tape.js";
import { allocData, type DType, Tensor } from "../tensor.js";

/** Unary rules: forward f(x) next to its derivative df(x, y) with y = f(x). */
interface UnaryRule {
  f: (x: number) => number;
  df: (x: number, y: number) => number;
  /** Optional whole-array forms of f and of g·df: a call per element through the table is megamorphic. */
  loop?: (x: Buf, y: Buf) => void;
  dloop?: (g: Buf, x: Buf, y: Buf, out: Buf) => void;
}
type Buf = Float64Array | Float32Array;
const GELU_C = Math.sqrt(2 / Math.PI);
// biome-ignore format: one rule per line where it fits
const unaryRules = {
  neg: { f: (x) => -x, df: () => -1 },
  exp: { f: Math.exp, df: (_, y) => y },
  log: { f: Math.log, df: (x) => 1 / x },
  sqrt: { f: Math.sqrt, df: (_, y) => 0.5 / y },
  abs: { f: Math.abs, df: (x) => Math.sign(x) },
  square: { f: (x) => x * x, df: (x) => 2 * x,
    loop: (x, y) => { for (let i = 0; i < y.length; i++) y[i] = x[i] * x[i]; } },
  tanh: { f: Math.tanh, df: (_, y) => 1 - y * y,
    loop: (x, y) => { for (let i = 0; i < y.length; i++) y[i] = Math.tanh(x[i]); },
    dloop: (g, _, y, out) => { for (let i = 0; i < out.length; i++) out[i] = g[i] * (1 - y[i] * y[i]); } },
  sigmoid: {
    f: (x) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))),
    df: (_, y) => y * (1 - y),
  },
  relu: { f: (x) => Math.max(x, 0), df: (x) => (x > 0 ? 1 : 0),
    loop: (x, y) => { for (let i = 0; i < y.length; i++) y[i] = Math.max(x[i], 0); },
    dloop: (g, x, _, out) => { for (let i = 0; i < out.length; i++) out[i] = x[i] > 0 ? g[i] : 0; } },
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

/** Binary rules: forward f(a, b) next to its partials da, db (y = f(a, b)); `loop` as for unary rules. */
interface BinaryRule {
  f: (a: number, b: number) => number;
  da: (a: number, b: number, y: number) => number;
  db: (a: number, b: number, y: number) => number;
  loop?: (a: Buf, b: Buf, y: Buf) => void;
}
// Partials the backward pass recognises and runs as plain loops (or skips: d = 1 passes g through).
const one = () => 1;
const minusOne = () => -1;
const second = (_: number, b: number) => b;
const first = (a: number) => a;
// biome-ignore format: one rule per line where it fits
const binaryRules = {
  add: { f: (a, b) => a + b, da: one, db: one,
    loop: (a, b, y) => { for (let i = 0; i < y.length; i++) y[i] = a[i] + b[i]; } },
  sub: { f: (a, b) => a - b, da: one, db: minusOne,
    loop: (a, b, y) => { for (let i = 0; i < y.length; i++) y[i] = a[i] - b[i]; } },
  mul: { f: (a, b) => a * b, da: second, db: first,
    loop: (a, b, y) => { for (let i = 0; i < y.length; i++) y[i] = a[i] * b[i]; } },
  div: { f: (a, b) => a / b, da: (_, b) => 1 / b, db: (a, b) => -a / (b * b),
    loop: (a, b, y) => { for (let i = 0; i < y.length; i++) y[i] = a[i] / b[i]; } },
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
  const { f, df, loop, dloop } = unaryRules[name] as UnaryRule;
  return (x: Tensor): Tensor => {
    const xd = x.data;
    const y = allocData(x.dtype, x.size);
    if (loop) loop(xd, y);
    else for (let i = 0; i < y.length; i++) y[i] = f(xd[i]);
    const out = new Tensor(y, x.shape);
    return record(name, [x], [out], ([g]) => {
      const gx = allocData(x.dtype, x.size);
      if (dloop) dloop(g.data, xd, y, gx);
      else for (let i = 0; i < gx.length; i++) gx[i] = g.data[i] * df(xd[i], y[i]);
      return [new Tensor(gx, x.shape)];
    })[0];
  };
}

const promote = (a: DType, b: DType): DType => (a === "float64" || b === "float64" ? "float64" : "float32");
/** Numbers become 0-d tensors of the other operand's dtype. */
export const asTensor = (x: Tensor | number, like: Tensor | number): Tensor =>
  x instanceof Tensor ? x : Tensor.full([], x, like instanceof Tensor ? like.dtype : "float64");

function binary(name: BinaryOpName) {
  const { f, da, db, loop } = binaryRules[name] as BinaryRule;
  return (a0: Tensor | number, b0: Tensor | number): Tensor => {
    const a = asTensor(a0, b0);
    const b = asTensor(b0, a);
    const shape = broadcastShapes(name, a.shape, b.shape);
    const ad = expandData(a.data, a.shape, shape);
    const bd = expandData(b.data, b.shape, shape);
    const y = allocData(promote(a.dtype, b.dtype), ad.length);
    if (loop) loop(ad, bd, y);
    else for (let i = 0; i < y.length; i++) y[i] = f(ad[i], bd[i]);
    const out = new Tensor(y, shape);
    const partial = (x: Tensor, g: Tensor, d: BinaryRule["da"]): Tensor | null => {
      if (!x.requiresGrad) return null;
      const gd = g.data;
      if (d === one) {
        // g itself when no broadcasting (the tape copies g before it lands in a leaf's .grad)
        const same = x.shape.length === shape.length && x.shape.every((n, i) => n === shape[i]);
        return same ? g : new Tensor(sumToData(gd, shape, x.shape), x.shape);
      }
      const gx = allocData(g.dtype, g.size);
      if (d === minusOne) for (let i = 0; i < gx.length; i++) gx[i] = -gd[i];
      else if (d === second) for (let i = 0; i < gx.length; i++) gx[i] = gd[i] * bd[i];
      else if (d === first) for (let i = 0; i < gx.length; i++) gx[i] = gd[i] * ad[i];
      else for (let i = 0; i < gx.length; i++) gx[i] = gd[i] * d(ad[i], bd[i], y[i]);
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
