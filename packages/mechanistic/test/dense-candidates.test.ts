import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundDenseCandidates, DENSE_CANDIDATES, DENSE_ROW } from "../src/discover/dense-candidates.js";

const TERMS = 35;
const size = (row: readonly number[]) => row.filter((c) => c !== 0).length;
const support = (row: readonly number[]) => row.map((c) => (c !== 0 ? 1 : 0)).join("");

/** A candidate row of a 35-term library: `k` active terms at seeded positions, coefficients nonzero. */
const row = fc
  .tuple(
    fc.integer({ min: 1, max: TERMS }),
    fc.array(fc.integer({ min: 0, max: TERMS - 1 }), { minLength: TERMS }),
  )
  .map(([k, order]) => {
    const positions = [...new Set([...order, ...Array.from({ length: TERMS }, (_, j) => j)])].slice(0, k);
    const r = new Array<number>(TERMS).fill(0);
    positions.forEach((j, i) => {
      r[j] = 0.5 + i;
    });
    return r;
  });
// Duplicated supports (the same row from two objectives) are common in the reselection: draw some.
const rows = fc
  .array(row, { minLength: 4, maxLength: 40, size: "max" })
  .chain((rs) =>
    fc
      .array(fc.integer({ min: 0, max: Math.max(0, rs.length - 1) }), { maxLength: 10 })
      .map((dups) => (rs.length === 0 ? rs : [...rs, ...dups.map((i) => rs[i].map((c) => c * 1.1))])),
  );

/** Reference: the sparsest DENSE_CANDIDATES distinct dense supports by a separate count (sizes, then first index). */
function expectedDense(rs: number[][]): Set<string> {
  const firstIndex = new Map<string, number>();
  rs.forEach((r, i) => {
    if (size(r) > DENSE_ROW && !firstIndex.has(support(r))) firstIndex.set(support(r), i);
  });
  const ranked = [...firstIndex.keys()].sort(
    (a, b) => a.split("1").length - b.split("1").length || firstIndex.get(a)! - firstIndex.get(b)!,
  );
  return new Set(ranked.slice(0, DENSE_CANDIDATES));
}

describe("the reselection's bound on dense candidates", () => {
  it("keeps every sparse candidate and the sparsest dense supports, in their order", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const out = boundDenseCandidates(rs);
        const keep = expectedDense(rs);
        const expected = rs.filter((r) => size(r) <= DENSE_ROW || keep.has(support(r)));
        expect(out).toEqual(expected);
        expect(new Set(out.filter((r) => size(r) > DENSE_ROW).map(support)).size).toBeLessThanOrEqual(
          DENSE_CANDIDATES,
        );
      }),
      { numRuns: 500 },
    );
  });

  it("changes nothing when the dense supports are within the budget", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        fc.pre(new Set(rs.filter((r) => size(r) > DENSE_ROW).map(support)).size <= DENSE_CANDIDATES);
        expect(boundDenseCandidates(rs)).toEqual(rs);
      }),
      { numRuns: 300 },
    );
  });

  it("drops the densest of nine dense supports, not the last one listed", () => {
    const make = (k: number) => Array.from({ length: TERMS }, (_, j) => (j < k ? 1 : 0));
    const sizes = [30, 14, 20, 31, 15, 16, 17, 18, 19];
    const out = boundDenseCandidates([make(5), ...sizes.map(make), make(3)]);
    // The nine dense sizes are 14–20, 30 and 31: the 31-term support goes, the 30-term one stays in place.
    expect(out.map(size)).toEqual([5, 30, 14, 20, 15, 16, 17, 18, 19, 3]);
  });
});
