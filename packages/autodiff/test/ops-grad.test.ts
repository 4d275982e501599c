import { describe, expect, test } from "vitest";
import * as ad from "../src/index.js";
import { assertGradcheck, Rng, type Tensor } from "../src/index.js";

// Every differentiable op, checked against central differences on random shapes (including broadcasting).
const rng = new Rng(42);
const r = (shape: number[], low = -1, high = 1) => ad.rand(shape, rng, { low, high });
const pos = (shape: number[]) => r(shape, 0.5, 2);
const nonzero = (shape: number[]) => r(shape, 0.3, 1.5).mul(ad.tensor(rng.next() < 0.5 ? -1 : 1));

interface Case {
  name: string;
  fn: (...xs: Tensor[]) => Tensor;
  inputs: () => Tensor[];
}
const unaryCases: Case[] = (
  [
    ["neg", ad.neg, r],
    ["exp", ad.exp, r],
    ["log", ad.log, pos],
    ["sqrt", ad.sqrt, pos],
    ["abs", ad.abs, nonzero],
    ["square", ad.square, r],
    ["tanh", ad.tanh, r],
    ["sigmoid", ad.sigmoid, (s: number[]) => r(s, -4, 4)],
    ["relu", ad.relu, nonzero],
    ["gelu", ad.gelu, (s: number[]) => r(s, -3, 3)],
    ["sin", ad.sin, (s: number[]) => r(s, -3, 3)],
    ["cos", ad.cos, (s: number[]) => r(s, -3, 3)],
  ] as const
).map(([name, fn, gen]) => ({ name, fn: (x: Tensor) => fn(x), inputs: () => [gen([3, 4])] }));

const shapePairs: [number[], number[]][] = [
  [
    [3, 4],
    [3, 4],
  ],
  [[2, 3, 4], [4]],
  [
    [3, 1],
    [1, 5],
  ],
  [[], [2, 3]],
];
const binaryCases: Case[] = (
  [
    ["add", ad.add, r, r],
    ["sub", ad.sub, r, r],
    ["mul", ad.mul, r, r],
    ["div", ad.div, r, nonzero],
    ["pow", ad.pow, pos, r],
    ["maximum", ad.maximum, r, r],
    ["minimum", ad.minimum, r, r],
  ] as const
).flatMap(([name, fn, ga, gb]) =>
  shapePairs.map(([sa, sb]) => ({
    name: `${name} ${JSON.stringify(sa)}x${JSON.stringify(sb)}`,
    fn: (a: Tensor, b: Tensor) => fn(a, b),
    inputs: () => [ga(sa), gb(sb)],
  })),
);

const cond = ad.tensor([1, 0, 0, 1, 1], [5]);
const otherCases: Case[] = [
  { name: "sum all", fn: (x) => x.sum(), inputs: () => [r([3, 4])] },
  { name: "sum axes keepdims", fn: (x) => x.sum([0, 2], true), inputs: () => [r([2, 3, 4])] },
  { name: "mean axis -1", fn: (x) => x.mean(-1), inputs: () => [r([2, 3, 4])] },
  { name: "max axis 1", fn: (x) => x.max(1), inputs: () => [r([2, 5, 3])] },
  { name: "max all keepdims", fn: (x) => x.max(undefined, true), inputs: () => [r([4, 3])] },
  { name: "reshape", fn: (x) => x.reshape([4, -1]).mul(x.reshape([4, 3])), inputs: () => [r([2, 6])] },
  { name: "transpose", fn: (x) => x.transpose(0, 2), inputs: () => [r([2, 3, 4])] },
  { name: "permute", fn: (x) => x.permute([1, 2, 0]), inputs: () => [r([2, 3, 4])] },
  { name: "squeeze/unsqueeze", fn: (x) => x.unsqueeze(1).squeeze(), inputs: () => [r([3, 1, 2])] },
  { name: "broadcastTo", fn: (x) => x.broadcastTo([2, 3, 4]), inputs: () => [r([3, 1])] },
  { name: "slice begin/size", fn: (x) => x.slice([1, 0, 2], [2, -1, 2]), inputs: () => [r([3, 2, 5])] },
  { name: "slice axis range", fn: (x) => x.slice(1, 1, -1), inputs: () => [r([2, 5])] },
  { name: "concat axis 1", fn: (a, b) => ad.concat([a, b, a], 1), inputs: () => [r([2, 3]), r([2, 1])] },
  { name: "stack axis -1", fn: (a, b) => ad.stack([a, b], -1), inputs: () => [r([2, 3]), r([2, 3])] },
  { name: "gather axis 1", fn: (x) => ad.gather(x, [2, 0, 2, -1], 1), inputs: () => [r([3, 4, 2])] },
  { name: "where broadcast", fn: (a, b) => ad.where(cond, a, b), inputs: () => [r([2, 5]), r([1])] },
  { name: "matmul 2d", fn: (a, b) => ad.matmul(a, b), inputs: () => [r([5, 3]), r([3, 6])] },
  { name: "matmul odd rows", fn: (a, b) => ad.matmul(a, b), inputs: () => [r([7, 2]), r([2, 3])] },
  {
    name: "matmul batched broadcast",
    fn: (a, b) => ad.matmul(a, b),
    inputs: () => [r([2, 1, 5, 3]), r([4, 3, 2])],
  },
  { name: "matmul vector-matrix", fn: (a, b) => ad.matmul(a, b), inputs: () => [r([3]), r([2, 3, 4])] },
  { name: "matmul matrix-vector", fn: (a, b) => ad.matmul(a, b), inputs: () => [r([2, 4, 3]), r([3])] },
  {
    name: "conv1d circular same + bias",
    fn: (x, w, b) => ad.conv1d(x, w, b, { padding: "same", paddingMode: "circular" }),
    inputs: () => [r([2, 3, 7]), r([4, 3, 3]), r([4])],
  },
  {
    name: "conv1d zeros same, even kernel",
    fn: (x, w) => ad.conv1d(x, w, null, { padding: "same" }),
    inputs: () => [r([1, 2, 6]), r([3, 2, 4])],
  },
  {
    name: "conv1d valid stride 2",
    fn: (x, w, b) => ad.conv1d(x, w, b, { stride: 2 }),
    inputs: () => [r([2, 2, 9]), r([3, 2, 3]), r([3])],
  },
  {
    name: "conv1d circular pad 2",
    fn: (x, w) => ad.conv1d(x, w, null, { padding: 2, paddingMode: "circular" }),
    inputs: () => [r([1, 1, 5]), r([2, 1, 5])],
  },
  {
    name: "chain: tanh(x@w+b).mean()",
    fn: (x, w, b) => x.matmul(w).add(b).tanh().mean(),
    inputs: () => [r([4, 3]), r([3, 2]), r([2])],
  },
  { name: "reuse: x*x + sin(x)", fn: (x) => x.mul(x).add(x.sin()), inputs: () => [r([3])] },
];

describe("gradcheck over every op", () => {
  test.each([...unaryCases, ...binaryCases, ...otherCases])("$name", ({ fn, inputs }) => {
    const res = assertGradcheck(fn, inputs());
    expect(res.maxAbsErr).toBeLessThan(1e-5);
  });
});

describe("float32 forward", () => {
  test("float32 inputs give float32 outputs and gradients", () => {
    const a = ad.tensor([1, 2, 3], [3], { dtype: "float32", requiresGrad: true });
    const y = a.mul(a).sum();
    expect(y.dtype).toBe("float32");
    y.backward();
    expect(a.grad?.dtype).toBe("float32");
    expect(Array.from(a.grad!.data)).toEqual([2, 4, 6]);
  });
});
