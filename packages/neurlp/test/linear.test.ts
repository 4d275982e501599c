import { describe, expect, it } from "vitest";
import { NeurlpShapeError, NeurlpValueError, solveLinearODE, solveODE } from "../src/index.js";

const maxAbs = (a: ArrayLike<number>, f: (i: number) => number) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - f(i)));
  return m;
};

// u'' + 0.3u' + 4u = 0, u(0) = 1, u'(0) = 0: u = e^{−0.15t}(cos ωt + 0.15/ω sin ωt), ω = √(4 − 0.15²).
const w = Math.sqrt(4 - 0.15 ** 2);
const exact = (t: number) => Math.exp(-0.15 * t) * (Math.cos(w * t) + (0.15 / w) * Math.sin(w * t));
const exactDu = (t: number) => -Math.exp(-0.15 * t) * (w + 0.15 ** 2 / w) * Math.sin(w * t);

describe("solveLinearODE (the front door)", () => {
  it("solves the damped oscillator from plain numbers to the h = 0.01 accuracy class, with t and du", async () => {
    const { t, u, du, d2u, derivatives } = await solveLinearODE({
      coefficients: [4, 0.3, 1],
      y0: [1, 0],
      t: { t0: 0, t1: 10, dt: 0.01 },
    });
    expect(t.length).toBe(1001);
    expect(t[1000]).toBeCloseTo(10, 12);
    expect(maxAbs(u, (i) => exact(t[i]!))).toBeLessThan(5e-4);
    expect(maxAbs(du, (i) => exactDu(t[i]!))).toBeLessThan(2e-3);
    // the ODE itself holds at every point to the same accuracy: u'' = −0.3u' − 4u
    expect(maxAbs(d2u!, (i) => -0.3 * du[i]! - 4 * u[i]!)).toBeLessThan(1e-2);
    expect(derivatives).toEqual([u, du, d2u]);
  });

  it("is the tensor-shaped solveODE, bit for bit", async () => {
    const front = await solveLinearODE({
      coefficients: [4, 0.3, 1],
      rhs: 0.5,
      y0: [1, 0],
      t: { t0: 0, t1: 2, dt: 0.05 },
    });
    const { u } = await solveODE({
      coefficients: [[[[[4, 0.3, 1]]]]],
      rhs: [[[0.5]]],
      initial: [[[[1, 0]]]],
      steps: [Array.from({ length: 40 }, (_, i) => front.t[i + 1]! - front.t[i]!)],
    });
    for (let k = 0; k < 3; k++)
      expect(front.derivatives[k]).toEqual(Float64Array.from({ length: 41 }, (_, s) => u.data[s * 3 + k]!));
  });

  it("takes a right-hand side function, time-varying coefficients and an explicit, non-uniform grid", async () => {
    const grid = Float64Array.from({ length: 401 }, (_, i) => 4 * (i / 400) ** 1.5);
    const sine = await solveLinearODE({ coefficients: [0, 1, 0], rhs: Math.cos, y0: [0], t: grid });
    expect(sine.t).toEqual(grid);
    expect(maxAbs(sine.u, (i) => Math.sin(grid[i]!))).toBeLessThan(1e-4);
    // u' + 2t u = 0, u(0) = 1: u = exp(−t²)
    const gauss = await solveLinearODE({
      coefficients: (t) => [2 * t, 1],
      y0: [1],
      t: { t0: 0, t1: 2, dt: 0.005 },
    });
    expect(maxAbs(gauss.u, (i) => Math.exp(-(gauss.t[i]! ** 2)))).toBeLessThan(1e-4);
    expect(gauss.d2u).toBeUndefined();
  });

  it("accepts typed arrays wherever it accepts number arrays", async () => {
    const plain = await solveLinearODE({ coefficients: [4, 0.3, 1], y0: [1, 0], t: [0, 0.1, 0.2, 0.3, 0.4] });
    const typed = await solveLinearODE({
      coefficients: Float64Array.of(4, 0.3, 1),
      y0: Float32Array.of(1, 0),
      rhs: new Float64Array(5),
      t: Float64Array.of(0, 0.1, 0.2, 0.3, 0.4),
    });
    expect(typed.u).toEqual(plain.u);
  });

  it("batches: one y0 (and optionally coefficients/rhs) row per element equals separate solves", async () => {
    const t = { t0: 0, t1: 3, dt: 0.01 };
    const batch = await solveLinearODE({
      coefficients: [
        [4, 0.3, 1],
        [1, 0, 1],
      ],
      rhs: [[0], [1]],
      y0: [
        [1, 0],
        [0, 1],
      ],
      t,
    });
    expect(batch.u).toHaveLength(2);
    const a = await solveLinearODE({ coefficients: [4, 0.3, 1], rhs: 0, y0: [1, 0], t });
    const b = await solveLinearODE({ coefficients: [1, 0, 1], rhs: 1, y0: [0, 1], t });
    expect(batch.u[0]).toEqual(a.u);
    expect(batch.du[1]).toEqual(b.du);
    const shared = await solveLinearODE({
      coefficients: [4, 0.3, 1],
      y0: [
        [1, 0],
        [1, 0],
      ],
      t,
    });
    expect(shared.u[1]).toEqual(a.u);
  });

  it("rejects bad input with a typed error that says what to change", async () => {
    const t = { t0: 0, t1: 1, dt: 0.1 };
    await expect(solveLinearODE({ coefficients: [4, 0.3, 1], y0: [1, 0, 0], t })).rejects.toThrow(
      NeurlpShapeError,
    );
    await expect(solveLinearODE({ coefficients: [1], y0: [], t })).rejects.toThrow(/order ≥ 1/);
    await expect(
      solveLinearODE({ coefficients: [1, 1], y0: [1], t: { t0: 0, t1: 1, dt: 0.3 } }),
    ).rejects.toThrow(/whole number/);
    await expect(solveLinearODE({ coefficients: [1, 1], y0: [1], t: [0, 0.5, 0.5] })).rejects.toThrow(
      NeurlpValueError,
    );
    await expect(solveLinearODE({ coefficients: [1, 1], y0: [1], rhs: [0, 1, 2], t })).rejects.toThrow(
      /expected 1 value \(constant\) or 11/,
    );
    await expect(solveLinearODE({ coefficients: [1, Number.NaN], y0: [1], t })).rejects.toThrow(
      NeurlpValueError,
    );
  });
});
