import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HELD_OUT_9 } from "../bench/held-out-9.js";
import {
  CANCELLATION,
  CANCELLING_TERMS,
  cancellation,
  cancellationWarnings,
  type StateSamples,
} from "../src/discover/cancellation.js";
import { type Library, polynomialLibrary } from "../src/library.js";
import { familyOf } from "./helpers.js";

/** A trajectory's samples as the measure reads them (clean: the smoothed state is the sample). */
function samples(t: ArrayLike<number>, x: readonly (readonly number[])[]): StateSamples {
  const dim = x[0].length;
  return {
    t,
    smoothed: Array.from({ length: dim }, (_, d) => ({ value: Float64Array.from(x, (row) => row[d]) })),
  };
}

/** A coefficient row of `library` from term names. */
function row(library: Library, terms: Record<string, number>): number[] {
  return library.names.map((name) => terms[name] ?? 0);
}

describe("the cancellation warning", () => {
  // The autocatalator's clean draw 1097 (bench set 9, 500 samples): the wrong model the search returned, unwarned.
  const family = familyOf(HELD_OUT_9, "autocatalator");
  const ds = family.system.generate({
    params: {
      mu: 0.5540957220294513,
      kappa: 2.3754105027765036,
      sigma: 0.05016049130354077,
      delta: 0.19384135942906144,
    },
    x0: [0.5650215634342912, 1.7403552776511253, 2.1620099483697337],
    dt: 0.01535975495502651,
    t1: 7.664517722558229,
  });
  const library = polynomialLibrary(ds.names, { degree: 3 });
  const states = [samples(ds.t, ds.x)];

  it("names the dense equation of the autocatalator's wrong model, and not its true model", () => {
    const wrong = [
      row(library, {
        "1": 1224.88,
        a: -2460.05,
        b: -99.27,
        c: -449.96,
        "a^2": 1626.64,
        "a*b": 87.75,
        "a*c": 458.83,
        "b^2": 2.03,
        "b*c": 18.23,
        "c^2": 41.56,
        "a^3": -343.87,
        "a^2*c": -90.06,
      }),
      row(library, {
        "a*b": -969.94,
        "b*c": 150.36,
        "a^2": 1066.19,
        "a^3": -769.06,
        "a^2*b": 876.9,
        "a*b^2": 66.58,
      }),
      row(library, { b: 5.16, c: -5.16 }),
    ];
    const measured = cancellation(library, wrong, states);
    expect(measured[0].terms).toBe(12);
    expect(measured[0].ratio).toBeGreaterThan(400);
    const [warning] = cancellationWarnings(library, wrong, states, 3);
    expect(warning).toMatch(
      /^da\/dt has 12 terms, the largest \d+ times the size of the whole right-hand side: /,
    );
    expect(warning).not.toContain("db/dt"); // 6 terms: below the density bar whatever its ratio
    expect(warning).toContain("or longer data, or use a smaller degree (now 3).");

    const truth = ds.trueEquations as Record<string, Record<string, number>>;
    const trueModel = ds.names.map((name) => row(library, truth[name]));
    expect(cancellationWarnings(library, trueModel, states, 3)).toEqual([]);
    expect(Math.max(...cancellation(library, trueModel, states).map((c) => c.ratio))).toBeLessThan(20);
  });

  it("measures what a direct evaluation of the library gives, and warns exactly past both bars", () => {
    const wide = polynomialLibrary(["x", "y"], { degree: 4 }); // 15 terms
    // On the curve y = x² + 1 the terms y, x² and 1 are dependent: K·(y − x² − 1) adds large terms that cancel exactly.
    const draw = fc.record({
      xs: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 5, maxLength: 30 }),
      free: fc.array(fc.double({ min: 0.5, max: 3, noNaN: true }), { minLength: 30, maxLength: 30 }),
      onCurve: fc.boolean(),
      cancelling: fc.double({ min: 1e2, max: 1e5, noNaN: true }),
      flat: fc.array(fc.oneof(fc.constant(0), fc.double({ min: -1, max: 1, noNaN: true })), {
        minLength: 2 * wide.size,
        maxLength: 2 * wide.size,
      }),
    });
    let warned = 0;
    fc.assert(
      fc.property(draw, ({ xs, free, onCurve, cancelling, flat }) => {
        const x = xs.map((a, i) => [a, onCurve ? a * a + 1 : free[i]]);
        const model = [flat.slice(0, wide.size), flat.slice(wide.size)];
        if (onCurve) {
          const at = (name: string) => wide.names.indexOf(name);
          model[0][at("y")] += cancelling;
          model[0][at("x^2")] -= cancelling;
          model[0][at("1")] -= cancelling;
        }
        const states = [
          samples(
            x.map((_, i) => i),
            x,
          ),
        ];
        const measured = cancellation(wide, model, states);
        const theta = wide.evaluate(x);
        model.forEach((r, d) => {
          // Reference: columns of the evaluated library, scaled and summed.
          const used = r.flatMap((c, j) => (c !== 0 ? [j] : []));
          const column = (j: number) => x.map((_, i) => r[j] * theta.data[i * wide.size + j]);
          const rms = (v: number[]) => Math.sqrt(v.reduce((s, e) => s + e * e, 0));
          const total = x.map((_, i) => used.reduce((s, j) => s + column(j)[i], 0));
          const largest = Math.max(0, ...used.map((j) => rms(column(j))));
          const expected = largest === 0 ? 0 : largest / rms(total);
          expect(measured[d].terms).toBe(used.length);
          // Past 1e8 the sum is rounding residue, whose size depends on the order of summation.
          if (expected > 1e8) expect(measured[d].ratio).toBeGreaterThan(1e8);
          else if (expected === 0) expect(measured[d].ratio).toBe(0);
          else expect(measured[d].ratio / expected).toBeCloseTo(1, 9);
        });
        const flagged = measured.filter((c) => c.terms >= CANCELLING_TERMS && c.ratio >= CANCELLATION).length;
        const warnings = cancellationWarnings(wide, model, states, 4);
        expect(warnings).toHaveLength(flagged > 0 ? 1 : 0);
        if (flagged > 0) warned++;
      }),
      { numRuns: 300 },
    );
    expect(warned).toBeGreaterThan(20); // the drawn models reach both sides of the bars
  });
});
