import { describe, expect, it } from "vitest";
import {
  addNoise,
  createRng,
  fitNormalizer,
  InvalidArgumentError,
  logisticFamily,
  lorenz,
  slidingWindows,
  splitTrajectories,
  subsample,
} from "../src/index.js";

describe("rng", () => {
  it("is reproducible by seed and has the right moments", () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 20000 }, () => a.normal());
    expect(Array.from({ length: 20000 }, () => b.normal())).toEqual(xs);
    const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
    const varc = xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(varc - 1)).toBeLessThan(0.03);
    // Pinned first values: the stream must not change between releases (data reproducibility).
    const c = createRng(1);
    expect(c.next()).toBeCloseTo(0.6270739405881613, 15);
    // Seed 0 is used raw (the stream of every default-seeded dataset), values pinned from the old generator.
    const z = createRng(0);
    expect(z.next()).toBe(0.26642920868471265);
    expect(z.normal()).toBe(0.004292822712973226);
    expect(3 + z.int(6)).toBe(3);
  });
});

describe("windows, splits, subsampling, normalisation", () => {
  it("slidingWindows gives [W][history][D] inputs and [W][horizon][D] targets", () => {
    const x = Array.from({ length: 20 }, (_, i) => [i, -i]);
    const w = slidingWindows(x, { history: 5, horizon: 3, stride: 2 });
    expect(w.inputs).toHaveLength(7); // starts 0,2,...,12
    expect(w.inputs[0]).toHaveLength(5);
    expect(w.targets[0]).toHaveLength(3);
    expect(w.inputs[6][0]).toEqual([12, -12]);
    expect(w.targets[6][2]).toEqual([19, -19]);
    expect(() => slidingWindows(x, { history: 0, horizon: 1 })).toThrow(InvalidArgumentError);
  });

  it("splitTrajectories splits whole trajectories, reproducibly, without overlap", () => {
    const fam = logisticFamily({ n: 20, t1: 1, dt: 0.1 });
    const s = splitTrajectories(fam, { train: 0.7, validation: 0.15, seed: 4 });
    expect([s.train.length, s.validation.length, s.test.length]).toEqual([14, 3, 3]);
    const all = new Set([...s.train, ...s.validation, ...s.test]);
    expect(all.size).toBe(20);
    expect(splitTrajectories(fam, { train: 0.7, validation: 0.15, seed: 4 }).test).toEqual(s.test);
  });

  it("subsample thins t, x and clean", () => {
    const tr = lorenz.generate({ t1: 1, noise: 0.1 });
    const s = subsample(tr, 10);
    expect(s.t).toHaveLength(11);
    expect(s.x[1]).toEqual(tr.x[10]);
    expect(s.clean[10]).toEqual(tr.clean[100]);
  });

  it("normalizer inverts to 1e-12 and standardises", () => {
    const x = lorenz.generate({ t1: 5 }).x;
    const n = fitNormalizer(x);
    const z = n.normalize(x);
    const back = n.denormalize(z);
    let e = 0;
    for (let i = 0; i < x.length; i++) {
      for (let j = 0; j < 3; j++) e = Math.max(e, Math.abs(x[i][j] - back[i][j]));
    }
    expect(e).toBeLessThan(1e-12);
    const m = z.reduce((s, r) => s + r[0], 0) / z.length;
    expect(Math.abs(m)).toBeLessThan(1e-12);
  });

  it("addNoise at level 0 copies, and rejects negative levels", () => {
    const x = [[1, 2]];
    expect(addNoise(x, 0)).toEqual(x);
    expect(() => addNoise(x, -1)).toThrow(InvalidArgumentError);
  });
});
