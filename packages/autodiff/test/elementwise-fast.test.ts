import { expect, test } from "vitest";
import * as ad from "../src/index.js";
import { Rng, type Tensor } from "../src/index.js";

// The whole-array loops (and the tiling fast paths in broadcast.ts) must agree exactly with the scalar rules.
const rng = new Rng(5);
const pairs: [number[], number[]][] = [
  [
    [3, 4],
    [3, 4],
  ],
  [[2, 3, 4], [4]],
  [
    [2, 3, 4],
    [1, 3, 4],
  ],
  [[2, 3, 4], []],
  [[], [2, 3]],
  [
    [3, 1],
    [2, 1, 4],
  ],
];
/** NumPy-broadcast `f` elementwise, by explicit index arithmetic (independent of broadcast.ts). */
function reference(a: Tensor, b: Tensor, f: (x: number, y: number) => number): number[] {
  const nd = Math.max(a.ndim, b.ndim);
  const pad = (s: readonly number[]) => [...Array(nd - s.length).fill(1), ...s];
  const [sa, sb] = [pad(a.shape), pad(b.shape)];
  const out = sa.map((n, i) => Math.max(n, sb[i]));
  const res: number[] = [];
  const idx = new Array<number>(nd).fill(0);
  const at = (t: Tensor, s: number[]) => t.data[s.reduce((o, n, d) => o * n + (n === 1 ? 0 : idx[d]), 0)];
  for (let i = 0; i < out.reduce((x, y) => x * y, 1); i++) {
    res.push(f(at(a, sa), at(b, sb)));
    for (let d = nd - 1; d >= 0 && ++idx[d] === out[d]; d--) idx[d] = 0;
  }
  return res;
}
const ops = [
  ["add", ad.add, (x: number, y: number) => x + y],
  ["sub", ad.sub, (x: number, y: number) => x - y],
  ["mul", ad.mul, (x: number, y: number) => x * y],
  ["div", ad.div, (x: number, y: number) => x / y],
] as const;

test.each(ops)("%s over broadcast shapes matches the scalar rule", (_, op, f) => {
  for (const [sa, sb] of pairs) {
    for (const dtype of ["float64", "float32"] as const) {
      const a = ad.rand(sa, rng, { low: 0.5, high: 2, dtype });
      const b = ad.rand(sb, rng, { low: 0.5, high: 2, dtype });
      const want = reference(a, b, f);
      const got = op(a, b);
      expect(Array.from(got.data)).toEqual(Array.from(ad.tensor(want, undefined, { dtype }).data));
    }
  }
});

test("bias-style broadcasting sums gradients back exactly", () => {
  const x = ad.randn([5, 3], rng, { requiresGrad: true });
  const b = ad.randn([3], rng, { requiresGrad: true });
  const s = ad.randn([], rng, { requiresGrad: true });
  x.add(b).mul(s).sum().backward();
  const sv = s.item();
  expect(Array.from(b.grad!.data)).toEqual(new Array(3).fill(sv + sv + sv + sv + sv));
  let total = 0;
  for (let i = 0; i < 15; i++) total += x.data[i] + b.data[i % 3];
  expect(s.grad!.item()).toBeCloseTo(total, 12);
  expect(Array.from(x.grad!.data)).toEqual(new Array(15).fill(sv));
});

test.each([
  ["tanh", ad.tanh, Math.tanh, (v: number) => 1 - Math.tanh(v) ** 2],
  ["relu", ad.relu, (v: number) => Math.max(v, 0), (v: number) => (v > 0 ? 1 : 0)],
  ["square", ad.square, (v: number) => v * v, (v: number) => 2 * v],
] as const)("%s loop matches the scalar rule, forward and backward", (_, op, f, df) => {
  const x = ad.randn([4, 5], rng, { requiresGrad: true });
  const y = op(x);
  expect(Array.from(y.data)).toEqual(Array.from(x.data, f));
  y.sum().backward();
  for (let i = 0; i < x.size; i++) expect(x.grad!.data[i]).toBeCloseTo(df(x.data[i]), 14);
});
