/**
 * The one-pass input check (`withinBounds`, core/limits.ts) that lets a clean input skip the finite,
 * positivity and magnitude scans: it must accept exactly what those checks accept, and an input it
 * flags must still get the precise error of the separate checks (first offending element named).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { randomInputs } from "../src/conformance/random.js";
import { MAX_MAGNITUDE, MIN_COEFFICIENT, withinBounds } from "../src/core/limits.js";
import { buildProblem } from "../src/core/problem.js";

const SPECIAL = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  0,
  -0,
  1e151,
  -1e200,
  MAX_MAGNITUDE,
  1e-151,
  -1e-300,
  MIN_COEFFICIENT,
  5e-324,
  -0.5,
];

/** The separate checks, written element by element as the definition. */
function accepted(x: number, min: number, positive: boolean): boolean {
  const a = Math.abs(x);
  return Number.isFinite(x) && a <= MAX_MAGNITUDE && (x === 0 || a >= min) && (!positive || x > 0);
}

describe("one-pass input validation", () => {
  it("withinBounds accepts exactly the arrays whose every element passes the separate checks", () => {
    const value = fc.oneof(fc.constantFrom(...SPECIAL), fc.double({ min: -10, max: 10, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 12 }),
        fc.constantFrom(0, MIN_COEFFICIENT),
        fc.boolean(),
        (xs, min, positive) => {
          const want = xs.every((x) => accepted(x, min, positive));
          expect(withinBounds(Float64Array.from(xs), min, positive)).toBe(want);
        },
      ),
      { numRuns: 2000 },
    );
  });

  const spec = { B: 2, N: 6, E: 1, D: 1, K: 3, nIvSteps: 1, nIv: 2 };
  const cases: Array<["coefficients" | "rhs" | "initial" | "steps", number, RegExp]> = [
    ["coefficients", Number.NaN, /coefficients: element \[1, 2, 0, 0, 1\] is NaN; inputs must be finite/],
    ["coefficients", 1e-200, /coefficients: element \[1, 2, 0, 0, 1\] = 1e-200 is below/],
    ["rhs", Number.POSITIVE_INFINITY, /rhs: element \[1, 2, 0\] is Infinity/],
    ["rhs", -1e200, /rhs: element \[1, 2, 0\] = -1e\+200 is above/],
    ["initial", 1e151, /initial: element \[1, 0, 0, 1\] = 1e\+151 is above/],
    ["steps", 0, /steps\[1, 2\] = 0: step sizes must be > 0/],
    ["steps", -0.1, /steps\[1, 2\] = -0.1: step sizes must be > 0/],
    ["steps", 1e160, /steps: element \[1, 2\] = 1e\+160 is above/],
  ];
  /** Where the bad value goes: batch element 1, grid point / step 2 (initial: its last element). */
  const AT = { coefficients: [1, 2, 0, 0, 1], rhs: [1, 2, 0], initial: [1, 0, 0, 1], steps: [1, 2] };
  const flatIndex = (shape: number[], idx: number[]) => idx.reduce((acc, i, a) => acc * shape[a]! + i, 0);
  for (const [name, bad, message] of cases) {
    it(`a flagged input gets the separate check's message: ${name} = ${bad}`, () => {
      const inputs = randomInputs(3, spec);
      const target = inputs[name] as { shape: number[]; data: Float64Array };
      target.data[flatIndex(target.shape, AT[name])] = bad;
      expect(() => buildProblem(inputs)).toThrow(message);
    });
  }

  it("a clean problem builds the same whether or not the one pass is used (its data are the inputs)", () => {
    const inputs = randomInputs(5, spec);
    const p = buildProblem(inputs);
    expect(p.coefficients.data).toBe(inputs.coefficients.data);
    expect(p.steps.data).toBe(inputs.steps.data);
  });

  it("one step size is checked the same as a number or as a rank-0 array (a negative one was accepted)", () => {
    const base = randomInputs(6, spec);
    for (const bad of [-0.1, 0, Number.NaN]) {
      for (const steps of [bad, { shape: [], data: [bad] }]) {
        expect(() => buildProblem({ ...base, steps })).toThrow(/steps/);
      }
    }
    const p = buildProblem({ ...base, steps: { shape: [], data: [0.25] } });
    expect(Array.from(p.steps.data)).toEqual(new Array(spec.N - 1).fill(0.25));
  });
});
