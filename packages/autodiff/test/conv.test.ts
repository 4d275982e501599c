import { describe, expect, test } from "vitest";
import {
  assertGradcheck,
  conv1d,
  conv1dConfig,
  type DType,
  noGrad,
  Rng,
  randn,
  type Tensor,
  tensor,
} from "../src/index.js";

// conv1d (im2col + the wasm/JS gemm) against the direct definition of a cross-correlation written as
// nested loops, forward and both gradients, on shapes large enough to take the wasm SIMD path.
interface Geometry {
  B: number;
  C: number;
  O: number;
  L: number;
  K: number;
  stride: number;
  pad: number;
  circular: boolean;
}

/** y, and dL/dx, dL/dw, dL/db of L = <r, y>, by the definition (no lowering, no gemm). */
function direct(x: Tensor, w: Tensor, b: Tensor, r: Float64Array, g: Geometry) {
  const { B, C, O, L, K, stride, pad, circular } = g;
  const Lo = Math.floor((L + 2 * pad - K) / stride) + 1;
  const y = new Float64Array(B * O * Lo);
  const [gx, gw, gb] = [new Float64Array(x.size), new Float64Array(w.size), new Float64Array(O)];
  for (let n = 0; n < B; n++)
    for (let o = 0; o < O; o++)
      for (let t = 0; t < Lo; t++) {
        const yi = (n * O + o) * Lo + t;
        y[yi] = b.data[o];
        gb[o] += r[yi];
        for (let c = 0; c < C; c++)
          for (let j = 0; j < K; j++) {
            let p = t * stride + j - pad;
            if (p < 0 || p >= L) {
              if (!circular) continue;
              p = (p + L) % L;
            }
            const [xi, wi] = [(n * C + c) * L + p, (o * C + c) * K + j];
            y[yi] += w.data[wi] * x.data[xi];
            gx[xi] += w.data[wi] * r[yi];
            gw[wi] += x.data[xi] * r[yi];
          }
      }
  return { y, gx, gw, gb };
}

function relErr(a: ArrayLike<number>, ref: ArrayLike<number>): number {
  let [err, scale] = [0, 0];
  for (let i = 0; i < ref.length; i++) {
    err = Math.max(err, Math.abs(a[i] - ref[i]));
    scale = Math.max(scale, Math.abs(ref[i]));
  }
  return err / scale;
}

const geometries: Geometry[] = [
  { B: 3, C: 16, O: 24, L: 64, K: 9, stride: 1, pad: 4, circular: true },
  { B: 2, C: 10, O: 32, L: 50, K: 7, stride: 2, pad: 3, circular: true },
  { B: 2, C: 12, O: 20, L: 40, K: 5, stride: 1, pad: 2, circular: false },
  { B: 1, C: 33, O: 17, L: 31, K: 4, stride: 3, pad: 0, circular: false },
];

describe("conv1d against the direct definition", () => {
  test.each(geometries.flatMap((g) => (["float64", "float32"] as const).map((dtype) => [dtype, g] as const)))(
    "%s %o",
    (dtype: DType, g) => {
      const rng = new Rng(7);
      const x = randn([g.B, g.C, g.L], rng, { dtype, requiresGrad: true });
      const w = randn([g.O, g.C, g.K], rng, { dtype, requiresGrad: true });
      const b = randn([g.O], rng, { dtype, requiresGrad: true });
      const opts = {
        padding: g.pad,
        paddingMode: g.circular ? "circular" : "zeros",
        stride: g.stride,
      } as const;
      const y = conv1d(x, w, b, opts);
      const r = Float64Array.from({ length: y.size }, () => rng.normal());
      y.backward(tensor(dtype === "float32" ? Float32Array.from(r) : r, y.shape, { dtype }));
      const ref = direct(x, w, b, r, g);
      const tol = dtype === "float64" ? 1e-12 : 1e-5;
      expect(relErr(y.data, ref.y)).toBeLessThan(tol);
      expect(relErr(x.grad!.data, ref.gx)).toBeLessThan(tol);
      expect(relErr(w.grad!.data, ref.gw)).toBeLessThan(tol);
      expect(relErr(b.grad!.data, ref.gb)).toBeLessThan(tol);
    },
  );

  test("examples lowered in groups smaller than the batch (bounded im2col memory) give the same values", () => {
    const rng = new Rng(5);
    const g = { B: 5, C: 6, O: 8, L: 40, K: 5, stride: 1, pad: 2, circular: true };
    const x = randn([g.B, g.C, g.L], rng, { requiresGrad: true });
    const w = randn([g.O, g.C, g.K], rng, { requiresGrad: true });
    const b = randn([g.O], rng, { requiresGrad: true });
    const saved = conv1dConfig.maxColumns;
    conv1dConfig.maxColumns = 2 * g.C * g.K * g.L; // groups of 2, 2 and 1 examples
    try {
      const y = conv1d(x, w, b, { padding: g.pad, paddingMode: "circular" });
      const r = Float64Array.from({ length: y.size }, () => rng.normal());
      y.backward(tensor(r, y.shape));
      const ref = direct(x, w, b, r, g);
      for (const [ours, want] of [
        [y.data, ref.y],
        [x.grad!.data, ref.gx],
        [w.grad!.data, ref.gw],
        [b.grad!.data, ref.gb],
      ] as const)
        expect(relErr(ours, want)).toBeLessThan(1e-12);
    } finally {
      conv1dConfig.maxColumns = saved;
    }
  });

  test.each([4, 6, 7])(
    'circular "same" with kernel %i (even: unequal pads) passes the gradient check',
    (K) => {
      const rng = new Rng(K);
      const inputs = [randn([2, 3, 11], rng), randn([4, 3, K], rng), randn([4], rng)];
      assertGradcheck((x, w, b) => conv1d(x, w, b, { padding: "same", paddingMode: "circular" }), inputs);
    },
  );

  test("inputs that need no gradient get none (and the others are unchanged)", () => {
    const rng = new Rng(3);
    const x = randn([2, 8, 32], rng);
    const w = randn([16, 8, 5], rng, { requiresGrad: true });
    conv1d(x, w, null, { padding: "same", paddingMode: "circular" }).sum().backward();
    expect(x.grad).toBeNull();
    const ones = noGrad(() => conv1d(x, tensor(new Float64Array(w.size).fill(1), w.shape), null, {}));
    expect(ones.shape).toEqual([2, 16, 28]);
    // dL/dw[o, c, j] of L = Σ y is Σ over examples and the "same" outputs of the wrapped input: Σ x[:, c, :]
    let sumC0 = 0;
    for (let n = 0; n < 2; n++) for (let t = 0; t < 32; t++) sumC0 += x.data[n * 8 * 32 + t];
    expect(w.grad!.data[0]).toBeCloseTo(sumC0, 10);
  });
});
