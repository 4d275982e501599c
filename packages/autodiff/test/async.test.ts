import { describe, expect, test } from "vitest";
import {
  type CustomOpSpec,
  customOp,
  customOpAsync,
  GradError,
  gradcheck,
  gradcheckAsync,
  InvalidArgumentError,
  isGradEnabled,
  Rng,
  rand,
  type Tensor,
  tensor,
} from "../src/index.js";

// A macrotask delay: the continuation really runs after the caller's synchronous code (as a GPU readback does).
const later = <T>(value: () => T): Promise<T> =>
  new Promise((resolve) => setTimeout(() => resolve(value()), 1));

// y1 = a * b, y2 = sin(a) (two outputs; the backward of y2 uses cos(a))
type Saved = { a: Tensor; b: Tensor };
const forward = ([a, b]: readonly Tensor[]) => ({ outputs: [a!.mul(b!), a!.sin()], saved: { a: a!, b: b! } });
const backward =
  (wrong: boolean) =>
  ([g1, g2]: readonly Tensor[], { a, b }: Saved) => [
    g1!.mul(b).add(g2!.mul(wrong ? a.sin() : a.cos())),
    g1!.mul(a),
  ];
const spec = (wrong = false): CustomOpSpec<Saved> => ({
  name: "prodSin",
  forward,
  backward: backward(wrong),
});
const asyncSpec = (wrong = false): CustomOpSpec<Saved> => ({
  name: "prodSinAsync",
  forward: (xs) => later(() => forward(xs)),
  backward: (g, saved) => later(() => backward(wrong)(g, saved)),
});

const rng = new Rng(11);
const inputs = () => [rand([3, 2], rng, { low: -1, high: 1 }), rand([3, 2], rng)];

describe("asynchronous custom ops", () => {
  test("a correct async forward and vjp pass gradcheckAsync, inside a graph of synchronous ops", async () => {
    const op = customOpAsync(asyncSpec());
    const f = async (a: Tensor, b: Tensor) => {
      const [y1, y2] = await op(a.tanh(), b.mul(2));
      return y1.add(y2.mul(3)).square();
    };
    const res = await gradcheckAsync(f, inputs());
    expect(res.ok, res.details).toBe(true);
    expect(isGradEnabled()).toBe(true);
  });

  test("a wrong async vjp fails gradcheckAsync (the checker can fail)", async () => {
    const op = customOpAsync(asyncSpec(true));
    const res = await gradcheckAsync(async (a, b) => (await op(a, b))[1], inputs());
    expect(res.ok).toBe(false);
    expect(res.details).toMatch(/gradient mismatch.*input 0/);
  });

  test("backward() on a graph with an async vjp says to use backwardAsync", async () => {
    const [a, b] = inputs().map((t) => tensor(t.data, t.shape, { requiresGrad: true }));
    const [y] = await customOpAsync(asyncSpec())(a, b);
    expect(() => y.sum().backward()).toThrow(GradError);
    expect(() => y.sum().backward()).toThrow(/backwardAsync/);
    expect(() => gradcheck((p, q) => customOp(asyncSpec())(p, q)[0], inputs())).toThrow(/customOpAsync/);
    expect(() => customOp(asyncSpec())(a, b)).toThrow(InvalidArgumentError);
  });

  test("async gradient errors name the op", async () => {
    const bad = customOpAsync<null>({
      name: "badAsync",
      forward: ([a]) => later(() => ({ outputs: [a.mul(2)], saved: null })),
      backward: () => later(() => [tensor([1, 2, 3])]),
    });
    const x = tensor([1, 2], undefined, { requiresGrad: true });
    const [y] = await bad(x);
    await expect(y.sum().backwardAsync()).rejects.toThrow(/badAsync: gradient 0 has shape \[3\]/);
  });
});

describe("synchronous ops lose nothing on the async path", () => {
  // The same graph three ways: customOp + backward(), customOp + backwardAsync(), customOpAsync (sync spec) + backwardAsync().
  const run = async (mode: "sync" | "backwardAsync" | "opAsync") => {
    const r = new Rng(5);
    const a = rand([4, 3], r, { requiresGrad: true });
    const b = rand([4, 3], r, { requiresGrad: true });
    const s = spec();
    let returned: Tensor[] = [];
    const recording = {
      ...s,
      forward: (xs: readonly Tensor[]) => {
        const out = s.forward(xs) as { outputs: Tensor[]; saved: { a: Tensor; b: Tensor } };
        returned = out.outputs;
        return out;
      },
    };
    const [y1, y2] =
      mode === "opAsync" ? await customOpAsync(recording)(a.exp(), b) : customOp(recording)(a.exp(), b);
    const loss = y1.mul(y2).sum().add(y1.sum());
    if (mode === "sync") loss.backward();
    else await loss.backwardAsync();
    // no copies: the op's outputs wrap the very buffers its forward returned
    expect(y1.data).toBe(returned[0]!.data);
    expect(y2.data).toBe(returned[1]!.data);
    return [loss.data, a.grad!.data, b.grad!.data];
  };

  test("values and gradients are identical bit for bit", async () => {
    const ref = await run("sync");
    for (const mode of ["backwardAsync", "opAsync"] as const) {
      const got = await run(mode);
      got.forEach((arr, i) => {
        expect(Array.from(arr).every((v, j) => Object.is(v, ref[i]![j]))).toBe(true);
      });
    }
  });
});
