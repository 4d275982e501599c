/**
 * Noise is judged against each variable's motion (its spread), not its RMS. A variable that moves by 0.6% about a
 * large value showed noise of 1% of its motion as 6·10⁻⁵ of its RMS: below the clean floor, so noisy data were
 * selected by the clean rules (Lotka–Volterra near its centre gained a constant and x² in dx/dt, with no warning),
 * while the smoothing, which judges by the spread, had smoothed them.
 */
import { addNoise } from "@mechanist/datasets";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FAMILIES } from "../bench/families.js";
import { isNoisy, prepareData } from "../src/discover/prepare.js";
import { discoverDraw } from "./helpers.js";

/** A smooth 2-D signal shifted by `offset`, with noise `level` × each column's standard deviation. */
function shifted(level: number, seed: number, offset: number) {
  const t = Array.from({ length: 800 }, (_, i) => i * 0.02);
  const clean = t.map((s) => [offset + Math.cos(s) + 0.3 * Math.sin(2.3 * s), offset + Math.sin(s)]);
  return { t, x: level > 0 ? addNoise(clean, level, seed) : clean };
}

describe("noise relative to the motion", () => {
  it("the selection's noise level and the clean/noisy decision do not move with an offset", () => {
    const level = fc.oneof(fc.constant(0), fc.double({ min: 0.003, max: 0.05, noNaN: true }));
    fc.assert(
      fc.property(
        level,
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (l, seed, c) => {
          const base = prepareData([shifted(l, seed, 0)], 2, "auto");
          const moved = prepareData([shifted(l, seed, c)], 2, "auto");
          expect(isNoisy(moved)).toBe(isNoisy(base));
          expect(isNoisy(base)).toBe(l > 0);
          moved.selectionNoise.forEach((v, d) => {
            expect(Math.abs(v - base.selectionNoise[d])).toBeLessThanOrEqual(
              1e-3 * base.selectionNoise[d] + 1e-9,
            );
          });
        },
      ),
      { numRuns: 30 },
    );
  });

  // Populations within 1% of the centre (20, 7.5): the motion is 0.6–0.7% of the RMS. Read against the RMS, 0.2% and
  // 1% noise were clean data (certified so at 0.2%) and ended on dx/dt = {1, x², x·y} without a warning.
  for (const noise of [0.002, 0.01])
    it(`Lotka–Volterra near its centre at ${noise * 100}% noise: exact structure`, async () => {
      const { r, missing, spurious } = await discoverDraw(FAMILIES, "Lotka", {
        params: { alpha: 0.9, beta: 0.12, delta: 0.06, gamma: 1.2 },
        x0: [20 * 1.008, 7.5 * 0.995],
        dt: 30 / 999,
        t1: 30,
        noise,
        seed: 7,
      });
      expect(r.noise.every((v) => Math.abs(v / noise - 1) < 0.2)).toBe(true);
      expect({ missing, spurious }).toEqual({ missing: [], spurious: [] });
    }, 120_000);
});
