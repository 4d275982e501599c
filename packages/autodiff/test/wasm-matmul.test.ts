import { readFileSync } from "node:fs";
import { afterEach, describe, expect, test } from "vitest";
import { GENERATED, generatedSource } from "../scripts/build-wasm.mjs";
import { assertGradcheck, matmul, Rng, randn, type Tensor } from "../src/index.js";
import { gemmStrided } from "../src/ops/matmul.js";
import { wasmGemmConfig, wasmSimdAvailable } from "../src/wasm/gemm.js";

// The wasm SIMD kernels against the plain-JS loop (the reference), on shapes that exercise every edge:
// ragged tiles, several cache blocks in every direction, transposed operands and batch broadcasting.
const defaults = { ...wasmGemmConfig };
afterEach(() => Object.assign(wasmGemmConfig, defaults));

/** Run `fn` with the wasm kernels forced on for every size (true) or switched off (false). */
function withWasm<T>(on: boolean, fn: () => T): T {
  Object.assign(wasmGemmConfig, { enabled: on, minWork: 0 });
  try {
    return fn();
  } finally {
    Object.assign(wasmGemmConfig, defaults);
  }
}

/** max |x - ref| / max |ref| */
function relErr(x: ArrayLike<number>, ref: ArrayLike<number>): number {
  let err = 0;
  let scale = 0;
  for (let i = 0; i < ref.length; i++) {
    err = Math.max(err, Math.abs(x[i] - ref[i]));
    scale = Math.max(scale, Math.abs(ref[i]));
  }
  return err / scale;
}

test("the committed wasm bytes are what matmul.wat compiles to", async () => {
  expect(readFileSync(GENERATED, "utf8")).toBe(await generatedSource());
});

test("WebAssembly SIMD is available in Node 20", () => {
  expect(wasmSimdAvailable()).toBe(true);
});

describe.each([
  ["float64", 1e-14],
  ["float32", 1e-6],
] as const)("%s kernel matches the JS loop", (dtype, tol) => {
  const rng = new Rng(7);
  const shapes: [number, number, number][] = [
    [1, 1, 1],
    [3, 5, 7],
    [129, 257, 65],
    [70, 600, 9], // k spans three depth blocks
    [300, 20, 1100], // m spans several row blocks, n two column blocks
  ];
  test.each(shapes)("m=%i k=%i n=%i with every transpose", (m, k, n) => {
    for (const [ta, tb] of [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ]) {
      const a = randn([m * k], rng, { dtype }).data;
      const b = randn([k * n], rng, { dtype }).data;
      const c0 = randn([m * n], rng, { dtype }).data; // gemm accumulates into C
      // biome-ignore format: strides
      const run = () => {
        const c = c0.slice();
        gemmStrided(a, 0, ta ? 1 : k, ta ? m : 1, b, 0, tb ? 1 : n, tb ? k : 1, c, 0, m, k, n);
        return c;
      };
      // float32 is checked against the float64 JS result: both float32 paths round, differently
      const ref = withWasm(false, () => {
        if (dtype === "float64") return run();
        const c = Float64Array.from(c0);
        // biome-ignore format: strides
        gemmStrided(Float64Array.from(a), 0, ta ? 1 : k, ta ? m : 1, Float64Array.from(b), 0, tb ? 1 : n, tb ? k : 1, c, 0, m, k, n);
        return c;
      });
      const got = withWasm(true, run);
      expect(relErr(got, ref), `${m}×${k}·${k}×${n} ta=${ta} tb=${tb}`).toBeLessThanOrEqual(tol);
    }
  });

  test("batched matmul with broadcasting, mixed into the public op", () => {
    const pairs: [number[], number[]][] = [
      [
        [2, 1, 33, 17],
        [3, 17, 41],
      ],
      [
        [4, 9, 130],
        [130, 5],
      ],
      [[65], [2, 65, 3]],
    ];
    for (const [sa, sb] of pairs) {
      const a = randn(sa, rng, { dtype });
      const b = randn(sb, rng, { dtype });
      const ref = withWasm(false, () => matmul(a.to("float64"), b.to("float64")));
      const got = withWasm(true, () => matmul(a, b));
      expect(got.shape).toEqual(ref.shape);
      expect(got.dtype).toBe(dtype);
      expect(relErr(got.data, ref.data)).toBeLessThanOrEqual(tol);
    }
  });
});

test("mixed float32 · float64 operands run the float64 kernel", () => {
  const rng = new Rng(3);
  const a = randn([33, 40], rng, { dtype: "float32" });
  const b = randn([40, 19], rng);
  const got = withWasm(true, () => matmul(a, b));
  expect(got.dtype).toBe("float64");
  expect(relErr(got.data, withWasm(false, () => matmul(a, b)).data)).toBeLessThanOrEqual(1e-14);
});

test("gradients through the wasm kernels (forward and both backward products)", () => {
  const rng = new Rng(11);
  const cases: Tensor[][] = [
    [randn([9, 6], rng), randn([6, 11], rng)],
    [randn([2, 1, 5, 7], rng), randn([3, 7, 6], rng)],
  ];
  withWasm(true, () => {
    for (const inputs of cases) assertGradcheck((a, b) => matmul(a, b), inputs);
  });
});
