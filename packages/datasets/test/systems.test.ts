import { describe, expect, it } from "vitest";
import {
  dampedPendulum,
  duffing,
  formatMonomial,
  InvalidArgumentError,
  listDatasets,
  loadDataset,
  logistic,
  logisticFamily,
  lorenz,
  lotkaVolterra,
  type OdeSystem,
  odebenchLinear,
  polynomialTerms,
  rossler,
  twoBody,
  twoBodyInvariants,
  UnknownDatasetError,
  vanDerPol,
} from "../src/index.js";
import { maxAbsDiff } from "./matrices.js";

/** Evaluates true equations in the polynomial vocabulary at a state. */
function evalTruth(eqs: Record<string, Record<string, number>>, names: string[], x: number[]): number[] {
  const value = (term: string) =>
    term === "1"
      ? 1
      : term.split("*").reduce((acc, factor) => {
          const [v, e] = factor.split("^");
          return acc * x[names.indexOf(v)] ** (e ? Number(e) : 1);
        }, 1);
  return names.map((n) => Object.entries(eqs[n]).reduce((s, [term, c]) => s + c * value(term), 0));
}

describe("term vocabulary", () => {
  it("formats monomials in variable order with ^ exponents", () => {
    expect(formatMonomial(["x", "y", "z"], [0, 0, 0])).toBe("1");
    expect(formatMonomial(["x", "y", "z"], [2, 1, 0])).toBe("x^2*y");
    expect(formatMonomial(["x", "y", "z"], [1, 0, 1])).toBe("x*z");
    expect(polynomialTerms(["x", "y", "z"], 2)).toEqual([
      "1",
      "x",
      "y",
      "z",
      "x^2",
      "x*y",
      "x*z",
      "y^2",
      "y*z",
      "z^2",
    ]);
  });

  it("gives Lorenz's true equations exactly as in the issue", () => {
    const tr = lorenz.generate({ t1: 1 });
    expect(tr.trueEquations).toEqual({
      x: { x: -10, y: 10 },
      y: { x: 28, y: -1, "x*z": -1 },
      z: { "x*y": 1, z: -8 / 3 },
    });
    expect(tr.vocabulary).toBe("polynomial");
  });

  // The true equations must reproduce the right-hand side that generates the data.
  const polynomial: OdeSystem[] = [
    lorenz,
    rossler,
    vanDerPol,
    lotkaVolterra,
    duffing,
    logistic,
    ...odebenchLinear,
  ] as OdeSystem[];
  for (const sys of polynomial) {
    it(`${sys.name}: true equations equal the right-hand side at random states`, () => {
      const p = sys.defaultParams;
      const truth = sys.truth(p);
      expect(truth.vocabulary).toBe("polynomial");
      const f = sys.rhs(p);
      const d = new Float64Array(sys.names.length);
      for (let k = 0; k < 5; k++) {
        const x = sys.names.map((_, i) => Math.sin(3.1 * k + i) * 2);
        f(0, Float64Array.from(x), d);
        const e = evalTruth(truth.equations!, sys.names, x);
        for (let i = 0; i < x.length; i++) expect(e[i]).toBeCloseTo(d[i], 12);
        for (const term of Object.values(truth.equations!).flatMap(Object.keys)) {
          expect(polynomialTerms(sys.names, 3)).toContain(term);
        }
      }
    });
  }

  it("marks the pendulum as extended vocabulary and two-body as not representable", () => {
    const p = dampedPendulum.generate({ t1: 1 });
    expect(p.vocabulary).toBe("extended");
    expect(p.trueEquations?.omega["sin(theta)"]).toBeCloseTo(-9.81, 12);
    const b = twoBody.generate({ t1: 1 });
    expect(b.trueEquations).toBeNull();
    expect(b.note).toMatch(/not polynomial/);
    expect(duffing.generate({ t1: 1, params: { gamma: 0.3 } }).trueEquations).toBeNull();
  });
});

describe("ODEBench linear systems", () => {
  for (const sys of odebenchLinear as OdeSystem[]) {
    it(`${sys.name}: generated data match the closed form to 1e-9 relative`, () => {
      const tr = sys.generate();
      expect(tr.t.length).toBe(1001);
      const exact = sys.exact!(tr.t, tr.x0, tr.params);
      const scale = Math.max(1, ...exact.flat().map(Math.abs));
      expect(maxAbsDiff(tr.x, exact) / scale).toBeLessThan(1e-9);
    });
  }
});

describe("generate", () => {
  it("returns the documented layout: t[i], x[i] = state at t[i], names", () => {
    const tr = lorenz.generate({ t0: 0, t1: 2, dt: 0.01 });
    expect(tr.t.length).toBe(201);
    expect(tr.x.length).toBe(201);
    expect(tr.x[0]).toEqual([1, 1, 1]);
    expect(tr.names).toEqual(["x", "y", "z"]);
    expect(tr.t[200]).toBe(2);
  });

  it("is deterministic by seed, and different seeds give different noise", () => {
    const a = vanDerPol.generate({ t1: 5, noise: 0.05, seed: 7 });
    const b = vanDerPol.generate({ t1: 5, noise: 0.05, seed: 7 });
    const c = vanDerPol.generate({ t1: 5, noise: 0.05, seed: 8 });
    expect(a.x).toEqual(b.x);
    expect(maxAbsDiff(a.x, c.x)).toBeGreaterThan(1e-3);
    expect(maxAbsDiff(a.clean, c.clean)).toBe(0);
  });

  it("adds noise with σ = level × per-dimension std", () => {
    const tr = lorenz.generate({ t1: 50, noise: 0.1, seed: 1 });
    for (let j = 0; j < 3; j++) {
      const col = tr.clean.map((r) => r[j]);
      const mean = col.reduce((s, v) => s + v, 0) / col.length;
      const std = Math.sqrt(col.reduce((s, v) => s + (v - mean) ** 2, 0) / col.length);
      const res = tr.x.map((r, i) => r[j] - tr.clean[i][j]);
      const rstd = Math.sqrt(res.reduce((s, v) => s + v * v, 0) / res.length);
      expect(rstd / (0.1 * std)).toBeGreaterThan(0.95);
      expect(rstd / (0.1 * std)).toBeLessThan(1.05);
    }
  });

  it("conserves the two-body energy and angular momentum to 1e-9", () => {
    const tr = twoBody.generate();
    const e0 = twoBodyInvariants(tr.x[0]);
    for (const s of tr.x) {
      const e = twoBodyInvariants(s);
      expect(Math.abs(e.energy - e0.energy)).toBeLessThan(1e-9);
      expect(Math.abs(e.angularMomentum - e0.angularMomentum)).toBeLessThan(1e-9);
    }
  });

  it("rejects unknown parameters and wrong-sized x0", () => {
    expect(() => lorenz.generate({ params: { sgima: 1 } as never })).toThrow(InvalidArgumentError);
    expect(() => lorenz.generate({ x0: [1, 2] })).toThrow(/x0 has 2 entries/);
  });

  it("logisticFamily draws per-trajectory parameters reproducibly and matches the closed form", () => {
    const fam = logisticFamily({ n: 5, seed: 3, t1: 5, dt: 0.05 });
    expect(fam).toHaveLength(5);
    expect(new Set(fam.map((f) => f.params.r)).size).toBe(5);
    expect(logisticFamily({ n: 5, seed: 3, t1: 5, dt: 0.05 })[4].params).toEqual(fam[4].params);
    for (const tr of fam) {
      expect(maxAbsDiff(tr.x, logistic.exact!(tr.t, tr.x0, tr.params))).toBeLessThan(1e-9);
      expect(tr.trueEquations!.x["x^2"]).toBeCloseTo(-tr.params.r / tr.params.K, 12);
    }
  });
});

describe("registry", () => {
  it("lists every dataset with a description and citation", () => {
    const list = listDatasets();
    expect(list.map((d) => d.name)).toContain("lorenz");
    for (const d of list) {
      expect(d.description.length).toBeGreaterThan(10);
      expect(d.citation).toMatch(/\d{4}/);
      expect(["ode", "pde"]).toContain(d.kind);
    }
  });

  it("loads by name, and an unknown name is a typed error", () => {
    const tr = loadDataset("lorenz", { t1: 1 });
    expect(tr.x.length).toBe(101);
    expect(() => loadDataset("lorentz")).toThrow(UnknownDatasetError);
  });
});

describe("registry (PDE)", () => {
  it("lists kdv and burgers as pde datasets and loads them", () => {
    const kinds = Object.fromEntries(listDatasets().map((d) => [d.name, d.kind]));
    expect(kinds.kdv).toBe("pde");
    expect(kinds.burgers).toBe("pde");
    const b = loadDataset("burgers", { nx: 64, nt: 3, endTime: 0.2 });
    expect(b.u).toHaveLength(3);
    expect(b.u[0]).toHaveLength(64);
  });
});
