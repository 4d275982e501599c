import { matrix } from "@mechanist/autodiff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CompressedRows, compressRows, subsetFit } from "../src/discover/subset.js";
import { denseSubsetFit } from "./dense-subset-fit.js";

/**
 * A regression of `rows` × `terms` from integers in [−50, 50] (scaled), with some columns copied from earlier ones
 * (exactly dependent: the zero-pivot rule) or copied with a change of 1e-10 or 1e-13 (pivots either side of the rule's 1e-12),
 * some scaled by 1e-9 (tiny but independent) and some left zero.
 */
const regression = fc.integer({ min: 1, max: 16 }).chain((terms) =>
  fc.record({
    terms: fc.constant(terms),
    rows: fc.integer({ min: terms + 1, max: 3 * terms + 8 }),
    values: fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 600, maxLength: 600 }),
    kinds: fc.array(fc.constantFrom("plain", "plain", "plain", "copy", "near", "twin", "tiny", "zero"), {
      minLength: terms,
      maxLength: terms,
    }),
    active: fc.array(fc.boolean(), { minLength: terms, maxLength: terms }),
  }),
);

function compressed(p: { terms: number; rows: number; values: number[]; kinds: string[] }): CompressedRows {
  const a = matrix(p.rows, p.terms);
  const b = new Float64Array(p.rows);
  const at = (i: number, j: number) => p.values[(i * 37 + j * 11) % p.values.length] / 7;
  for (let i = 0; i < p.rows; i++) {
    for (let j = 0; j < p.terms; j++) {
      const kind = p.kinds[j];
      const previous = j > 0 ? a.data[i * p.terms + j - 1] : 0;
      const own = at(i, j);
      a.data[i * p.terms + j] =
        kind === "zero"
          ? 0
          : kind === "copy"
            ? previous
            : kind === "near" || kind === "twin"
              ? previous + (kind === "near" ? 1e-10 : 1e-13) * own
              : own * (kind === "tiny" ? 1e-9 : 1);
    }
    b[i] = at(i, p.terms + 3) + 0.25 * at(i + 5, 2);
  }
  return compressRows(a, b);
}

describe("subsetFit (staircase Householder on the compressed rows)", () => {
  it("gives the dense QR's coefficients and RSS bit for bit on random supports", () => {
    fc.assert(
      fc.property(regression, (p) => {
        const z = compressed(p);
        const fast = subsetFit(z, p.active);
        const dense = denseSubsetFit(z, p.active);
        expect(fast.rss).toBe(dense.rss);
        fast.coefficients.forEach((v, j) => {
          expect(v).toBe(dense.coefficients[j]);
        });
      }),
      { numRuns: 400 },
    );
  });

  it("recovers a planted exact solution on the chosen columns and zeros elsewhere", () => {
    const terms = 9;
    const rows = 40;
    const a = matrix(rows, terms);
    const b = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      const t = i / rows;
      for (let j = 0; j < terms; j++) a.data[i * terms + j] = Math.cos((j + 1) * 3 * t) + 0.1 * j * t;
      b[i] = 2 * a.data[i * terms + 1] - 0.5 * a.data[i * terms + 6];
    }
    const active = Array.from({ length: terms }, (_, j) => j === 1 || j === 4 || j === 6);
    const fit = subsetFit(compressRows(a, b), active);
    expect(fit.coefficients[1]).toBeCloseTo(2, 10);
    expect(fit.coefficients[4]).toBeCloseTo(0, 10);
    expect(fit.coefficients[6]).toBeCloseTo(-0.5, 10);
    expect(fit.coefficients.filter((_, j) => !active[j]).every((v) => v === 0)).toBe(true);
    expect(fit.rss).toBeLessThan(1e-20);
  });
});
