import { describe, expect, test } from "vitest";
import {
  customOp,
  GradError,
  gradcheck,
  InvalidArgumentError,
  matmul,
  noGrad,
  Rng,
  rand,
  ShapeError,
  type Tensor,
  tensor,
  zeros,
} from "../src/index.js";

describe("tensor construction", () => {
  test("nested arrays, scalars, typed arrays", () => {
    expect(
      tensor([
        [1, 2, 3],
        [4, 5, 6],
      ]).shape,
    ).toEqual([2, 3]);
    expect(tensor(3).shape).toEqual([]);
    expect(tensor(new Float32Array([1, 2])).dtype).toBe("float32");
    expect(tensor([1, 2, 3, 4], [2, 2]).toArray()).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
  test("rejects non-numeric and ragged data with typed errors", () => {
    expect(() => tensor(["a"] as unknown as number[])).toThrow(InvalidArgumentError);
    expect(() => tensor([1, Number.NaN])).toThrow(/element 1 is NaN/);
    expect(() => tensor([[1, 2], [3]])).toThrow(ShapeError);
    expect(() => tensor([1, 2, 3], [2, 2])).toThrow(ShapeError);
  });
});

describe("shape errors carry expected and actual shapes", () => {
  test("broadcast mismatch", () => {
    const err = (() => {
      try {
        zeros([2, 3]).add(zeros([4]));
      } catch (e) {
        return e as ShapeError;
      }
    })();
    expect(err).toBeInstanceOf(ShapeError);
    expect(err?.name).toBe("ShapeError");
    expect(err?.message).toMatch(/cannot broadcast shapes \[2, 3\] and \[4\]/);
    expect(err?.actual).toEqual([4]);
  });
  test("matmul inner mismatch", () => {
    expect(() => matmul(zeros([2, 3]), zeros([4, 5]))).toThrow(/inner dimensions differ.*\(3 vs 4\)/);
  });
  test("reshape", () => expect(() => zeros([2, 3]).reshape([4, -1])).toThrow(ShapeError));
});

describe("tape semantics", () => {
  test("gradients accumulate across backward calls until zeroGrad", () => {
    const x = tensor([1, 2], undefined, { requiresGrad: true });
    x.mul(3).sum().backward();
    x.mul(3).sum().backward();
    expect(Array.from(x.grad!.data)).toEqual([6, 6]);
    x.zeroGrad();
    expect(x.grad).toBeNull();
  });
  test("noGrad records nothing; non-scalar backward needs a seed", () => {
    const x = tensor([1, 2], undefined, { requiresGrad: true });
    expect(noGrad(() => x.mul(2)).requiresGrad).toBe(false);
    expect(() => x.mul(2).backward()).toThrow(GradError);
    expect(() => tensor([1]).backward()).toThrow(GradError);
  });
  test("a deep chain (20k ops) does not overflow the stack", () => {
    const x = tensor(1, undefined, { requiresGrad: true });
    let y = x;
    for (let i = 0; i < 20_000; i++) y = y.mul(1);
    y.backward();
    expect(x.grad!.item()).toBe(1);
  });
});

describe("customOp", () => {
  // y1 = a * b, y2 = a^2 (two outputs, so unused outputs must get zero gradients)
  const make = (wrongBackward: boolean) =>
    customOp<{ a: Tensor; b: Tensor }>({
      name: wrongBackward ? "prodSquareWrong" : "prodSquare",
      forward: ([a, b]) => ({ outputs: [a.mul(b), a.mul(a)], saved: { a, b } }),
      backward: ([g1, g2], { a, b }) => [g1.mul(b).add(g2.mul(a).mul(wrongBackward ? 1 : 2)), g1.mul(a)],
    });
  const rng = new Rng(7);
  const inputs = () => [rand([3, 2], rng), rand([3, 2], rng)];

  test("a correct backward passes gradcheck (both outputs, and one output alone)", () => {
    const op = make(false);
    expect(
      gradcheck((a, b) => {
        const [y1, y2] = op(a, b);
        return y1.add(y2.mul(3));
      }, inputs()).ok,
    ).toBe(true);
    expect(gradcheck((a, b) => op(a, b)[1], inputs()).ok).toBe(true);
  });
  test("a wrong backward fails gradcheck (the checker can fail)", () => {
    const op = make(true);
    const res = gradcheck((a, b) => op(a, b)[1], inputs());
    expect(res.ok).toBe(false);
    expect(res.details).toMatch(/gradient mismatch.*input 0/);
  });
  test("forward sees plain values; wrong gradient shapes are reported", () => {
    const bad = customOp<null>({
      name: "bad",
      forward: ([a]) => {
        expect(a.requiresGrad).toBe(false);
        return { outputs: [a.mul(2)], saved: null };
      },
      backward: () => [zeros([5])],
    });
    const x = tensor([1, 2], undefined, { requiresGrad: true });
    expect(() => bad(x)[0].sum().backward()).toThrow(/bad: gradient 0 has shape \[5\]/);
  });
});
