/**
 * Property test of solveODE's input validation: random problems, some with a wrong shape, a bad value (NaN, ±∞,
 * null, a boolean, a string, an overflowing or subnormal number), a bad step count or a bad option. Whatever comes
 * in, solveODE resolves with finite values of the right shape or rejects with a typed MechanistError; an input
 * holding a non-number never yields a result.
 */
import { MechanistError } from "@mechanist/autodiff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveODE } from "../src/index.js";

const BAD_VALUES = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -Number.POSITIVE_INFINITY,
  null,
  true,
  "1",
  undefined,
  {},
];
const EXTREME_VALUES = [1e308, -1e300, 1e-310, 1e200];

interface Dims {
  B: number;
  N: number;
  D: number;
  K: number;
}

/** A dense input of `shape`, good values in [−3, 3] unless a bad or extreme value is injected somewhere. */
function denseArb(shape: number[], positive = false) {
  const size = shape.reduce((a, b) => a * b, 1);
  // Values on a 1e-3 grid: fc.double's favourite subnormals would make nearly every problem invalid.
  const good = positive
    ? fc.integer({ min: 1, max: 500 }).map((n) => n / 1000)
    : fc.integer({ min: -3000, max: 3000 }).map((n) => n / 1000);
  return fc.record({
    data: fc.array(good, { minLength: size, maxLength: size }),
    injection: fc.oneof(
      { weight: 10, arbitrary: fc.constant(null) },
      {
        weight: 1,
        arbitrary: fc.record({ at: fc.nat(), value: fc.constantFrom(...BAD_VALUES, ...EXTREME_VALUES) }),
      },
    ),
    typed: fc.boolean(),
  });
}

/** The shape an input should have, sometimes perturbed (one axis off by one, or one axis dropped). */
function shapeArb(shape: number[]) {
  return fc.oneof(
    { weight: 20, arbitrary: fc.constant(shape) },
    { weight: 1, arbitrary: fc.nat(shape.length - 1).map((i) => shape.map((s, j) => (j === i ? s + 1 : s))) },
    { weight: 1, arbitrary: fc.nat(shape.length - 1).map((i) => shape.filter((_, j) => j !== i)) },
  );
}

function inputArb(shape: number[], positive = false) {
  return shapeArb(shape).chain((s) =>
    denseArb(s, positive).map(({ data, injection, typed }) => {
      const values: unknown[] = data.slice();
      const bad = injection !== null && values.length > 0 && BAD_VALUES.includes(injection.value as never);
      if (injection !== null && values.length > 0) values[injection.at % values.length] = injection.value;
      const asTyped = typed && !bad;
      return { input: { shape: s, data: asTyped ? Float64Array.from(values as number[]) : values }, bad };
    }),
  );
}

const problemArb = fc
  .record({
    B: fc.integer({ min: 1, max: 2 }),
    N: fc.integer({ min: 3, max: 8 }),
    D: fc.integer({ min: 1, max: 2 }),
    K: fc.integer({ min: 2, max: 4 }),
  })
  .chain((d: Dims) =>
    fc.record({
      dims: fc.constant(d),
      coefficients: inputArb([d.B, d.N, d.D, d.D, d.K]),
      rhs: inputArb([d.B, d.N, d.D]),
      initial: inputArb([d.B, 1, d.D, d.K - 1]),
      steps: fc.oneof(
        { weight: 4, arbitrary: inputArb([d.B, d.N - 1], true) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(0.1, 0, -0.1, Number.NaN, Number.POSITIVE_INFINITY, 1e200).map((s) => ({
            input: s,
            bad: Number.isNaN(s) || !Number.isFinite(s),
          })),
        },
      ),
      nSteps: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(undefined, d.N) },
        { weight: 1, arbitrary: fc.constantFrom(0, -1, 2.5, "5", 1e9, d.N + 1) },
      ),
      scheme: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(undefined, "published", "high") },
        fc.constant("bogus"),
      ),
      smoothness: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(undefined, "central", "continuous") },
        fc.constant("smooth"),
      ),
    }),
  );

type Problem = typeof problemArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * The counterexample fast-check found to an older oracle that took D from the unperturbed dimensions:
 * coefficients [1, 4, 2, 3, 4] (E = 2 equations in D = 3 unknowns) with initial values [1, 1, 3, 3] is a
 * valid problem, and its solution is [1, 4, 3, 4].
 */
function fewerEquationsThanUnknowns(): Problem {
  const valid = <T>(input: T) => ({ input, bad: false });
  const coefficients = new Array<number>(96).fill(0);
  for (const at of [71, 79, 87]) coefficients[at] = -0.001;
  return {
    dims: { B: 1, N: 4, D: 2, K: 4 },
    coefficients: valid({ shape: [1, 4, 2, 3, 4], data: coefficients }),
    rhs: valid({ shape: [1, 4, 2], data: new Array<number>(8).fill(0) }),
    initial: valid({ shape: [1, 1, 3, 3], data: new Array<number>(9).fill(0) }),
    steps: valid({ shape: [1, 3], data: [0.001, 0.001, 0.001] }),
    nSteps: undefined,
    scheme: undefined,
    smoothness: undefined,
  } as Problem;
}

describe("solveODE validation properties", () => {
  it("any input resolves to finite values of the right shape or rejects with a typed error", async () => {
    let solved = 0;
    await fc.assert(
      fc.asyncProperty(problemArb, async (p) => {
        const inputs = {
          coefficients: p.coefficients.input,
          rhs: p.rhs.input,
          initial: p.initial.input,
          steps: p.steps.input,
          ...(p.nSteps !== undefined ? { nSteps: p.nSteps } : {}),
        };
        const options = { scheme: p.scheme, smoothness: p.smoothness } as Record<string, unknown>;
        const anyBad = p.coefficients.bad || p.rhs.bad || p.initial.bad || p.steps.bad;
        let solution: Awaited<ReturnType<typeof solveODE>> | undefined;
        try {
          solution = await solveODE(inputs as never, options as never);
        } catch (e) {
          expect(e, String((e as Error)?.stack)).toBeInstanceOf(MechanistError);
          return;
        }
        expect(anyBad, "a non-number or non-finite input gave a result").toBe(false);
        // B may grow by one: an input with a batch axis of B + 1 broadcasts against the others' B = 1.
        const { B } = p.dims;
        expect([B, B + 1]).toContain(solution.u.shape[0]);
        // u is [B, N, D, K] with N, D and K the coefficients' axes: a perturbed D or K is still a valid
        // problem (E equations need not number D), and a perturbed N passes only if every input agrees.
        const [, n, , d, k] = p.coefficients.input.shape;
        expect(solution.u.shape.slice(1)).toEqual([n, d, k]);
        expect(solution.u.data.length).toBe(solution.u.shape.reduce((a, b) => a * b, 1));
        for (const v of solution.u.data) expect(Number.isFinite(v)).toBe(true);
        solution.dispose();
        solved++;
      }),
      { numRuns: 400, examples: [[fewerEquationsThanUnknowns()]] },
    );
    // The generator must also produce solvable problems, or the property says nothing about results.
    expect(solved).toBeGreaterThan(40);
  });
});
