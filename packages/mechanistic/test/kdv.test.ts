import { assertGradcheck, Rng, type Tensor, tensor } from "@mechanist/autodiff";
import { describe, expect, it } from "vitest";
import {
  KdvConvNet,
  KdvMechanisticModel,
  type KdvModelOptions,
  nmseAt,
  nmsePerFrame,
  persistence,
  rollout,
  windowBatch,
  windowsOf,
} from "../src/index.js";

const tinyModel: KdvModelOptions = {
  window: 3,
  horizon: 3,
  order: 4,
  width: 2,
  blocks: 1,
  kernel: 3,
  sharedTrunk: false,
  ivWidths: [2],
  h0: 0.1,
  dtype: "float64",
  seed: 1,
};

/** Travelling waves u(x, t) = sin(2π(x − ct)/X + i) + 0.5 cos(4π(x + ct)/X) of trajectory i, frames t = 0..nt−1. */
function waves(n: number, nt: number, nx: number): number[][][] {
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: nt }, (_, t) =>
      Array.from({ length: nx }, (_, x) => {
        const c = 0.3 + 0.1 * i;
        return (
          Math.sin((2 * Math.PI * (x - c * t)) / nx + i) + 0.5 * Math.cos((4 * Math.PI * (x + c * t)) / nx)
        );
      }),
    ),
  );
}

describe("KdV windows and rollout", () => {
  it("windows cover every start and their targets begin at the last input frame", () => {
    const fields = waves(2, 12, 5);
    const at = windowsOf(fields, 3, 4, 1);
    expect(at.length).toBe(2 * (12 - 3 - 4 + 2));
    const { x, y } = windowBatch(fields, [at[7]], 3, 4);
    const [i, s] = at[7];
    expect(Array.from(x.data.subarray(10, 15))).toEqual(fields[i][s + 2]);
    expect(Array.from(y.data.subarray(0, 5))).toEqual(fields[i][s + 2]);
    expect(Array.from(y.data.subarray(15, 20))).toEqual(fields[i][s + 5]);
  });

  it("an exact predictor rolls out the truth (nMSE 0); persistence matches its closed form", () => {
    const fields = waves(3, 30, 16);
    const window = 4;
    // the oracle looks the true continuation up from the input's first frame
    const oracle = (x: Tensor): Tensor => {
      const out: number[][][] = [];
      for (let b = 0; b < x.shape[0]; b++) {
        const first = Array.from(x.data.subarray(b * window * 16, b * window * 16 + 16));
        const [i, t] = fields
          .flatMap((f, i) => f.map((row, t) => [i, t, row] as const))
          .find(([, , row]) => row.every((v, j) => Math.abs(v - first[j]) < 1e-12))!;
        out.push(fields[i].slice(t + window - 1, t + window + 4).map((r) => [...r]));
      }
      return tensor(out);
    };
    const exact = rollout(oracle, fields, window, 20);
    expect(Math.max(...nmsePerFrame(exact, fields, window))).toBeLessThan(1e-24);
    const persisted = rollout(persistence, fields, window, 20);
    const per = nmsePerFrame(persisted, fields, window);
    const direct = (k: number) =>
      fields.reduce((s, f) => {
        const [p, q] = [f[window - 1], f[window + k]];
        const err = p.reduce((e, v, j) => e + (v - q[j]) ** 2, 0);
        return s + err / q.reduce((e, v) => e + v * v, 0);
      }, 0) / fields.length;
    for (const [k, v] of per.entries()) expect(v).toBeCloseTo(direct(k), 12);
    expect(nmseAt(per, [1, 20])).toEqual([per[0], per.reduce((s, v) => s + v, 0) / 20]);
  });
});

describe("KdV models", () => {
  it("predict [B, horizon, X] with frame 0 equal to the last observed frame", () => {
    const fields = waves(2, 8, 12);
    const { x } = windowBatch(
      fields,
      [
        [0, 0],
        [1, 2],
      ],
      3,
      3,
    );
    for (const model of [new KdvMechanisticModel(tinyModel), new KdvConvNet(tinyModel)]) {
      const y = model.forward(x);
      expect(y.shape).toEqual([2, 3, 12]);
      for (let b = 0; b < 2; b++)
        for (let j = 0; j < 12; j++) expect(y.data[b * 36 + j]).toBeCloseTo(x.data[b * 36 + 24 + j], 3); // pinned by least squares: ≈
    }
  });

  it("solving only some positions gives those positions of the full solve (the ODEs are independent)", () => {
    const fields = waves(2, 8, 12);
    const { x } = windowBatch(
      fields,
      [
        [0, 1],
        [1, 0],
      ],
      3,
      3,
    );
    for (const model of [new KdvMechanisticModel(tinyModel), new KdvConvNet(tinyModel)]) {
      const full = model.forward(x);
      const part = model.forwardAt(x, [1, 4, 11]);
      expect(part.shape).toEqual([2, 3, 3]);
      const expected = full.gather([1, 4, 11], 2);
      for (let i = 0; i < part.size; i++) expect(part.data[i]).toBeCloseTo(expected.data[i], 12);
    }
  });

  it("gradients of the mechanistic model match finite differences (input and every parameter)", () => {
    const model = new KdvMechanisticModel(tinyModel);
    const rng = new Rng(5);
    const x = tensor(
      Array.from({ length: 1 }, () =>
        Array.from({ length: 3 }, () => Array.from({ length: 6 }, () => rng.normal())),
      ),
    );
    assertGradcheck((xx) => model.forward(xx), [x], { atol: 1e-6, rtol: 1e-4 });
    const named = model.namedParameters();
    const set = (path: string, v: Tensor) => {
      const keys = path.split(".");
      let o = model as unknown as Record<string, unknown>;
      for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
      o[keys[keys.length - 1]] = v;
    };
    try {
      assertGradcheck(
        (...ps) => {
          for (const [i, [n]] of named.entries()) set(n, ps[i]);
          return model.forward(x);
        },
        named.map(([, p]) => p),
        { atol: 1e-6, rtol: 1e-4 },
      );
    } finally {
      for (const [n, p] of named) set(n, p);
    }
  });
});
