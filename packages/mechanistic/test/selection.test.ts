import { loadDataset } from "@mechanist/datasets";
import { describe, expect, it } from "vitest";
import { resolveSettings } from "../src/discover/options.js";
import { fitWarnings, relativeSize, SUSPECT_NOISE } from "../src/discover/warnings.js";
import { discover, polynomialLibrary } from "../src/index.js";

interface Ds {
  t: number[];
  x: number[][];
  names: string[];
}

const lotkaVolterra = loadDataset("lotka-volterra", { t1: 10 }) as Ds;
const data = { t: lotkaVolterra.t, x: lotkaVolterra.x };
const xy = (r: { terms: string[]; coefficients: number[][] }) => r.coefficients[1][r.terms.indexOf("x*y")];

describe("threshold means what it says", () => {
  it("a number is the only rule: no coefficient below it survives, and it changes the model", async () => {
    const variables = lotkaVolterra.names;
    const strict = await discover(data, { variables, threshold: 0.1 });
    expect(strict.selection.rule).toBe("threshold");
    expect(strict.selection.threshold).toBe(0.1);
    for (const c of strict.coefficients.flat()) if (c !== 0) expect(Math.abs(c)).toBeGreaterThanOrEqual(0.1);
    // dy/dt = −1.5 y + 0.075 x*y: a threshold of 0.1 must remove the 0.075 term, one of 0.05 must keep it.
    expect(xy(strict)).toBe(0);
    const loose = await discover(data, { variables, threshold: 0.05 });
    expect(xy(loose)).toBeCloseTo(0.075, 4);
    // "auto" (the default) protects the term by its contribution and says so.
    const auto = await discover(data, { variables });
    expect(auto.selection.rule).toBe("auto");
    expect(auto.selection.description).toMatch(/contribution/);
    expect(xy(auto)).toBeCloseTo(0.075, 4);
  });
  it("rejects a threshold that is neither a number ≥ 0 nor auto", async () => {
    await expect(discover(data, { threshold: -1 })).rejects.toThrow(/"auto" or a finite number/);
    await expect(discover(data, { threshold: "high" as unknown as number })).rejects.toThrow(/"auto"/);
  });
});

describe("poor-fit warning", () => {
  it("Van der Pol at degree 2 (no cubic term) warns and suggests a larger degree; degree 3 does not", async () => {
    const ds = loadDataset("van-der-pol", { t1: 15 }) as Ds;
    const low = await discover({ t: ds.t, x: ds.x }, { variables: ds.names, degree: 2 });
    expect(low.warnings).toHaveLength(1);
    expect(low.warnings[0]).toMatch(/fits the data poorly.*larger degree \(now 2\).*window/);
    expect(Math.max(...low.simulationError)).toBeGreaterThan(0.15);
    const right = await discover({ t: ds.t, x: ds.x }, { variables: ds.names, degree: 3 });
    expect(right.warnings).toEqual([]);
    expect(Math.max(...right.simulationError)).toBeLessThan(0.01);
  });
  it("a variable constant in the data is measured against its size, not its (zero) spread", async () => {
    // x ≡ 1 sits beside y = cos t, which no polynomial in (x, y) of degree 2 reproduces: the warning is y's,
    // while x's error stays at rounding level (its std, ~1e-16, once turned a 1e-13 drift into 6.7e137%)
    const t = Array.from({ length: 500 }, (_, i) => i * 0.01);
    const r = await discover({ t, x: t.map((s) => [1, Math.cos(s)]) }, { variables: ["x", "y"] });
    expect(r.simulationError[0]).toBeLessThan(1e-9);
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toMatch(/strays from the data by \d+% of the spread of y /);
    expect(r.warnings[1]).toMatch(/^x is constant in the data: terms with x duplicate lower-degree terms/);
  });
  it("a variable constant in the data gets dx/dt = 0 and stays out of the R² averages", async () => {
    // (x, y) = (cos t, sin t) beside z ≡ 3.5: the least-squares fit of dz/dt is rounding error (it printed
    // dz/dt = −7.6e-15), and z's R² of a zero-variance derivative pulled the mean R² down to 0.58
    const t = Array.from({ length: 400 }, (_, i) => i * 0.05);
    const r = await discover(
      { t, x: t.map((s) => [Math.cos(s), Math.sin(s), 3.5]) },
      { variables: ["x", "y", "z"] },
    );
    expect(r.equations).toEqual(["dx/dt = -1.00 y", "dy/dt = 1.00 x", "dz/dt = 0"]);
    expect(r.coefficients[2].every((c) => c === 0)).toBe(true);
    expect(r.score).toBeGreaterThan(0.999);
    expect(r.trajectoryScore).toBeGreaterThan(0.999);
  });
  it("says when two variables are affine copies of each other (their terms stand for each other)", async () => {
    const t = Array.from({ length: 400 }, (_, i) => i * 0.01);
    const copy = await discover(
      { t, x: t.map((s) => [Math.exp(-s), 3 - 2 * Math.exp(-s)]) },
      { variables: ["u", "v"] },
    );
    expect(copy.warnings.filter((w) => /affine copy/.test(w))).toEqual([
      expect.stringMatching(/^v is an affine copy of u in the data/),
    ]);
    // independent variables: no such warning (nor a constant one)
    const apart = await discover(
      { t, x: t.map((s) => [Math.exp(-s), Math.exp(-2 * s)]) },
      { variables: ["u", "v"] },
    );
    expect(apart.warnings.filter((w) => /affine copy|constant in the data/.test(w))).toEqual([]);
  });
  it("states a huge relative error as a multiple, never as a many-digit percentage", () => {
    expect(relativeSize(0.456)).toBe("46% of");
    expect(relativeSize(9.99)).toBe("999% of");
    expect(relativeSize(25.4)).toBe("25 times");
    expect(relativeSize(6.7e135)).toBe("6.7e+135 times");
  });
  it("a library too large for the data is said so, and never gets 'larger degree' advice", async () => {
    // Lorenz at degree 3: 20 terms per equation; 36 samples are fewer than 2 per term, 41 are not.
    for (const [samples, oversized] of [
      [36, true],
      [41, false],
    ] as const) {
      const ds = loadDataset("lorenz", { dt: 0.02, t1: 0.02 * (samples - 1) }) as Ds;
      const r = await discover({ t: ds.t, x: ds.x }, { variables: ds.names, degree: 3 });
      const size = r.warnings.filter((w) => /terms per equation/.test(w));
      expect(size, `${samples} samples`).toEqual(
        oversized
          ? [
              `The library has 20 terms per equation but the data has only ${samples} samples (fewer than 2 per term): too few to identify a model of this size. Use a smaller degree or more samples.`,
            ]
          : [],
      );
      if (oversized) expect(r.warnings.join(" ")).not.toMatch(/larger degree/);
    }
  });
  it("a number threshold that removes the needed terms is named as a lever; auto is not", async () => {
    const ds = loadDataset("lotka-volterra", { t1: 15 }) as Ds;
    const strict = await discover({ t: ds.t, x: ds.x }, { variables: ds.names, threshold: 1e3 });
    expect(strict.coefficients.flat().every((c) => c === 0)).toBe(true);
    expect(strict.warnings).toHaveLength(1);
    expect(strict.warnings[0]).toMatch(/fits the data poorly.*or a smaller threshold \(now 1000\)\.$/);
    const auto = await discover({ t: ds.t, x: ds.x }, { variables: ds.names });
    expect(auto.warnings).toEqual([]);
  });
  it("a poor fit with an estimated noise far above the handled levels says the data may be undersampled", async () => {
    // Lorenz at dt = 0.12 (about one sample per time scale), 1% noise: the smoothing reads the motion as noise.
    const coarse = loadDataset("lorenz", { dt: 0.12, t1: 0.12 * 199, noise: 0.01, seed: 3 }) as Ds;
    const r = await discover({ t: coarse.t, x: coarse.x }, { variables: coarse.names });
    const worst = r.noise.indexOf(Math.max(...r.noise));
    expect(r.noise[worst]).toBeGreaterThan(SUSPECT_NOISE);
    expect(r.warnings[0]).toMatch(/fits the data poorly/);
    expect(r.warnings[1]).toMatch(
      new RegExp(`^The estimated noise of ${r.variables[worst]} is \\d+% of its spread.*sample more densely`),
    );
  });
  it("names the data only when the fit is poor and the estimated noise is above SUSPECT_NOISE", () => {
    const library = polynomialLibrary(["x", "y"], { degree: 2 });
    const settings = resolveSettings({});
    const suspect = (error: number, noise: number) =>
      fitWarnings(library, settings, [error, 0.01], 2, 1000, [0.01, noise]).filter((w) =>
        /estimated noise/.test(w),
      );
    expect(suspect(0.5, 0.3)).toHaveLength(1);
    expect(suspect(0.5, 0.3)[0]).toMatch(/^The estimated noise of y is 30% of its spread/);
    expect(suspect(0.5, 0.1)).toEqual([]);
    expect(suspect(0.05, 0.3)).toEqual([]);
    expect(suspect(Number.POSITIVE_INFINITY, 0.2)).toHaveLength(1);
  });
});

describe("uncertainty", () => {
  it("standard errors cover the true coefficients on noisy data and are 0 for inactive terms", async () => {
    const ds = loadDataset("lotka-volterra", { t1: 15, noise: 0.02, seed: 5 }) as Ds & {
      trueEquations: Record<string, Record<string, number>>;
    };
    const r = await discover({ t: ds.t, x: ds.x }, { variables: ds.names });
    const se = r.standardErrors ?? [];
    r.variables.forEach((v, d) => {
      r.terms.forEach((term, j) => {
        const c = r.coefficients[d][j];
        if (c === 0) {
          expect(se[d][j]).toBe(0);
          return;
        }
        expect(se[d][j]).toBeGreaterThan(0);
        // 4 standard errors: a false failure has probability < 1e-4 per coefficient if the errors are honest.
        expect(Math.abs(c - (ds.trueEquations[v][term] ?? 0))).toBeLessThan(4 * se[d][j]);
      });
    });
  });
});
