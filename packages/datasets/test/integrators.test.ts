import { describe, expect, it } from "vitest";
import {
  dopri5,
  InvalidArgumentError,
  lorenz,
  MaxStepsExceededError,
  type OdeFunction,
  rk4,
  StepSizeUnderflowError,
} from "../src/index.js";
import { maxAbsDiff } from "./matrices.js";

const linspace = (a: number, b: number, n: number) =>
  Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));

// Closed-form test problems (as in torchdiffeq's tests/problems.py).
const problems: { name: string; f: OdeFunction; y0: number[]; exact: (t: number) => number[] }[] = [
  {
    name: "exponential decay",
    f: (_t, y, d) => {
      d[0] = -0.7 * y[0];
    },
    y0: [2],
    exact: (t) => [2 * Math.exp(-0.7 * t)],
  },
  {
    name: "harmonic oscillator",
    f: (_t, y, d) => {
      d[0] = y[1];
      d[1] = -y[0];
    },
    y0: [0, 1],
    exact: (t) => [Math.sin(t), Math.cos(t)],
  },
  {
    name: "damped oscillator (c0 = 4.5, c1 = 0.43)",
    f: (_t, y, d) => {
      d[0] = y[1];
      d[1] = -4.5 * y[0] - 0.43 * y[1];
    },
    y0: [1, 0],
    exact: (t) => {
      const w = Math.sqrt(4.5 - 0.43 ** 2 / 4);
      const e = Math.exp(-0.215 * t);
      const B = 0.215 / w;
      return [e * (Math.cos(w * t) + B * Math.sin(w * t)), e * -(0.215 * B + w) * Math.sin(w * t)];
    },
  },
];

describe("dopri5", () => {
  for (const p of problems) {
    it(`matches the closed form of the ${p.name} to 1e-10 at rtol 1e-12 (dense output)`, () => {
      // Irregular output times so most values come from the interpolant, not from step ends.
      const t = linspace(0, 10, 137).map((x, i) => (i > 0 && i < 136 ? x + 0.013 * Math.sin(i) : x));
      const sol = dopri5(p.f, p.y0, t, { rtol: 1e-12, atol: 1e-12 });
      expect(sol.t).toEqual(t);
      const err = maxAbsDiff(sol.x, t.map(p.exact));
      expect(err).toBeLessThan(1e-10);
      expect(sol.nfev).toBeGreaterThan(6 * sol.nsteps);
    });
  }

  it("has error that falls with the tolerance (order check on the harmonic oscillator)", () => {
    const t = [0, 10];
    const errs = [1e-4, 1e-6, 1e-8].map((tol) => {
      const sol = dopri5(problems[1].f, [0, 1], t, { rtol: tol, atol: tol });
      return Math.abs(sol.x[1][0] - Math.sin(10));
    });
    expect(errs[1]).toBeLessThan(errs[0]);
    expect(errs[2]).toBeLessThan(errs[1]);
    expect(errs[2]).toBeLessThan(1e-7);
  });

  it("agrees with RK4 on Lorenz to 1e-8 over t ∈ [0, 1]", () => {
    const f = lorenz.rhs(lorenz.defaultParams);
    const t = linspace(0, 1, 101);
    const a = dopri5(f, [1, 1, 1], t, { rtol: 1e-13, atol: 1e-13 });
    const b = rk4(f, [1, 1, 1], t, { substeps: 100 }); // h = 1e-4, error ~ h^4
    expect(maxAbsDiff(a.x, b.x)).toBeLessThan(1e-8);
  });

  it("throws MaxStepsExceededError when maxSteps is too small", () => {
    const f = lorenz.rhs(lorenz.defaultParams);
    expect(() => dopri5(f, [1, 1, 1], [0, 10], { maxSteps: 20 })).toThrow(MaxStepsExceededError);
  });

  it("throws StepSizeUnderflowError at a finite-time blow-up", () => {
    // y' = y², y(0) = 1 blows up at t = 1.
    const f: OdeFunction = (_t, y, d) => {
      d[0] = y[0] * y[0];
    };
    expect(() => dopri5(f, [1], [0, 2], { rtol: 1e-8, maxSteps: 1e6 })).toThrow(StepSizeUnderflowError);
  });

  it("respects hMax", () => {
    const sol = dopri5(problems[0].f, [2], [0, 1], { hMax: 0.01 });
    expect(sol.nsteps).toBeGreaterThanOrEqual(100);
  });

  it("rejects non-increasing output times and non-finite y0 with typed errors", () => {
    expect(() => dopri5(problems[0].f, [1], [0, 1, 1])).toThrow(InvalidArgumentError);
    expect(() => dopri5(problems[0].f, [Number.NaN], [0, 1])).toThrow(/y0\[0\]/);
  });
});

describe("rk4", () => {
  it("converges with order 4 on the damped oscillator", () => {
    const p = problems[2];
    const errAt = (dt: number) => {
      const sol = rk4(p.f, p.y0, { t0: 0, t1: 2, dt });
      return maxAbsDiff([sol.x[sol.x.length - 1]], [p.exact(2)]);
    };
    const order = Math.log2(errAt(0.02) / errAt(0.01));
    expect(order).toBeGreaterThan(3.7);
    expect(order).toBeLessThan(4.3);
  });

  it("accepts an explicit time array and counts evaluations", () => {
    const sol = rk4(problems[0].f, [2], [0, 0.1, 0.3, 0.35]);
    expect(sol.nfev).toBe(12);
    expect(sol.x[3][0]).toBeCloseTo(2 * Math.exp(-0.7 * 0.35), 5);
  });

  it("rejects a grid that dt does not divide", () => {
    expect(() => rk4(problems[0].f, [1], { t0: 0, t1: 1, dt: 0.3 })).toThrow(InvalidArgumentError);
  });
});
