import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AMBIGUOUS_BIC, type NearAlternative } from "../src/discover/polish.js";
import { ambiguityWarnings } from "../src/discover/warnings.js";
import { polynomialLibrary } from "../src/library.js";

const library = polynomialLibrary(["x", "y", "z"], { degree: 2 });

/** An alternative equation of the 10-term library: a nonempty support, and a BIC gap from far below to just under 6. */
const alternative = fc.record({
  equation: fc.integer({ min: 0, max: 2 }),
  coefficients: fc
    .array(fc.boolean(), { minLength: library.size, maxLength: library.size })
    .filter((on) => on.some(Boolean))
    .map((on) => on.map((v, j) => (v ? 0.5 + j : 0))),
  delta: fc.oneof(
    fc.double({ min: -1e5, max: -AMBIGUOUS_BIC, noNaN: true }),
    fc.double({ min: -AMBIGUOUS_BIC, max: AMBIGUOUS_BIC, maxExcluded: true, noNaN: true }),
  ),
});

/** The gaps the warning states, signed as the deltas are (better = negative). */
function statedGaps(text: string): number[] {
  return [...text.matchAll(/\((\d+(?:\.\d+)?) (better|worse)\)/g)].map(([, v, side]) =>
    side === "better" ? -Number(v) : Number(v),
  );
}

describe("the ambiguity warning names near ties only", () => {
  it("lists exactly the alternatives within AMBIGUOUS_BIC of the result, each with its gap", () => {
    fc.assert(
      fc.property(fc.array(alternative, { maxLength: 6 }), (alternatives: NearAlternative[]) => {
        const near = alternatives.filter((a) => Math.abs(a.delta) < AMBIGUOUS_BIC);
        const warnings = ambiguityWarnings(library, alternatives);
        if (near.length === 0) {
          expect(warnings).toEqual([]);
          return;
        }
        expect(warnings).toHaveLength(1);
        expect(statedGaps(warnings[0])).toEqual(near.map((a) => Number(a.delta.toFixed(1))));
        for (const gap of statedGaps(warnings[0])) expect(Math.abs(gap)).toBeLessThanOrEqual(AMBIGUOUS_BIC);
      }),
      { numRuns: 300 },
    );
  });

  it("says nothing of an alternative refined far below the result (a coarse Brusselator named one 68872.0 better)", () => {
    const far: NearAlternative = { equation: 0, coefficients: [1, 1, 0, 0, 0, 0, 0, 0, 0, 0], delta: -68872 };
    expect(ambiguityWarnings(library, [far])).toEqual([]);
  });
});
