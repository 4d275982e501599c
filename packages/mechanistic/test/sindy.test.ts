import { fromRows, lstsq } from "@mechanist/autodiff";
import { describe, expect, it } from "vitest";
import { finiteDifference, smoothDerivative } from "../src/derivatives.js";
import { customTerm, polynomialLibrary } from "../src/library.js";
import { formatEquation } from "../src/model.js";
import { sindy } from "../src/stlsq.js";
import { lorenzModel, maxRelativeError, sample, supportMatches } from "./helpers.js";

describe("polynomial library", () => {
  it("orders and names monomials like pysindy", () => {
    const lib = polynomialLibrary(["x", "y", "z"]);
    expect(lib.names).toEqual(["1", "x", "y", "z", "x^2", "x*y", "x*z", "y^2", "y*z", "z^2"]);
    const cubic = polynomialLibrary(["x", "y", "z"], { degree: 3 });
    expect(cubic.size).toBe(20);
    expect(cubic.names).toContain("x^2*y");
    expect(cubic.names).toContain("x*y*z");
    const m = cubic.evaluate([[2, 3, 5]]);
    expect(m.data[cubic.names.indexOf("x^2*y")]).toBe(12);
  });
  it("accepts custom terms and rejects duplicates", () => {
    const lib = polynomialLibrary(["x"], {
      degree: 1,
      custom: [customTerm("sin(x)", (s) => Math.sin(s[0]))],
    });
    expect(lib.names).toEqual(["1", "x", "sin(x)"]);
    expect(lib.isPolynomial).toBe(false);
    expect(() => lib.extend([customTerm("x", (s) => s[0])])).toThrow(/appears twice/);
  });
});

describe("derivatives", () => {
  it("finite differences are exact for quadratics on a non-uniform grid", () => {
    const t = [0, 0.1, 0.25, 0.3, 0.5, 0.8];
    const d = finiteDifference(
      t,
      t.map((s) => 3 * s * s - s + 2),
    );
    t.forEach((s, i) => {
      expect(d[i]).toBeCloseTo(6 * s - 1, 10);
    });
  });
  it("the local cubic smoother is exact for cubics", () => {
    const t = Array.from({ length: 30 }, (_, i) => i * 0.1 + 0.01 * Math.sin(i));
    const { value, derivative } = smoothDerivative(
      t,
      t.map((s) => s ** 3 - 2 * s),
    );
    t.forEach((s, i) => {
      expect(value[i]).toBeCloseTo(s ** 3 - 2 * s, 8);
      expect(derivative[i]).toBeCloseTo(3 * s * s - 2, 7);
    });
  });
  it("rejects non-increasing time with a message", () => {
    expect(() => finiteDifference([0, 1, 1], [1, 2, 3])).toThrow(/increase strictly/);
  });
});

describe("lstsq", () => {
  it("solves an overdetermined consistent system exactly", () => {
    const a = fromRows([
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
    ]);
    const b = fromRows([[1], [3], [5], [7]]);
    const x = lstsq(a, b);
    expect(x.data[0]).toBeCloseTo(1, 12);
    expect(x.data[1]).toBeCloseTo(2, 12);
  });
});

describe("formatEquation", () => {
  it("prints signs and names", () => {
    expect(formatEquation("x", ["1", "x", "y"], [0, -10, 10])).toBe("dx/dt = -10.00 x + 10.00 y");
    expect(formatEquation("y", ["1", "x*z"], [0.5, -1])).toBe("dy/dt = 0.50 - 1.00 x*z");
    expect(formatEquation("z", ["x"], [0])).toBe("dz/dt = 0");
    expect(formatEquation("z", ["x"], [0.0123])).toBe("dz/dt = 0.0123 x");
  });
});

describe("SINDy baseline (STLSQ)", () => {
  it("recovers Lorenz from clean data with smoothed derivatives", () => {
    const truth = lorenzModel();
    const traj = sample(truth, [-8, 7, 27], 0.01, 2001);
    const { model } = sindy([traj], { derivative: "smooth" });
    expect(supportMatches(model.coefficients, truth.coefficients)).toBe(true);
    expect(maxRelativeError(model.coefficients, truth.coefficients)).toBeLessThan(0.01);
  });
  it("plain finite differences are biased but find the support", () => {
    const truth = lorenzModel();
    const traj = sample(truth, [-8, 7, 27], 0.01, 2001);
    const { model } = sindy([traj]);
    expect(supportMatches(model.coefficients, truth.coefficients)).toBe(true);
    expect(maxRelativeError(model.coefficients, truth.coefficients)).toBeLessThan(0.06);
  });
});
