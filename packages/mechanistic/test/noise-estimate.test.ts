/**
 * The reported noise level is an unbiased σ relative to each variable's standard deviation — the scale on which
 * `addNoise` and the CLI's `--noise` specify it. It read ~1.25× the true level (the 7-point cubic's residual divided by
 * the window's mean leverage, √(3/7), where the centre sample's is √(2/3)) and was relative to the RMS, so a variable
 * far from zero reported a fraction of its noise.
 */
import { addNoise } from "@mechanist/datasets";
import { describe, expect, it } from "vitest";
import { prepareData } from "../src/discover/prepare.js";
import { discover } from "../src/index.js";

/** A smooth 2-D signal, one column offset far from zero, with noise `level` × each column's std. */
function noisy(level: number, seed: number, offset: number) {
  const t = Array.from({ length: 2000 }, (_, i) => i * 0.01);
  const clean = t.map((s) => [Math.cos(s) + 0.3 * Math.sin(2.3 * s), offset + Math.sin(s)]);
  return { t, x: addNoise(clean, level, seed) };
}

describe("reported noise level", () => {
  it("is within 10% of the level added, relative to the spread, at any offset", () => {
    for (const level of [0.005, 0.01, 0.02, 0.05])
      for (const seed of [1, 2, 3])
        for (const offset of [0, 100]) {
          const data = prepareData([noisy(level, seed, offset)], 2, "auto");
          for (const v of data.noise) {
            expect(v / level).toBeGreaterThan(0.9);
            expect(v / level).toBeLessThan(1.1);
          }
        }
  });
  it("is what discover() returns", async () => {
    const r = await discover(noisy(0.02, 4, 0), { variables: ["x", "y"], refine: false });
    expect(r.noise.map((v) => Math.abs(v / 0.02 - 1) < 0.1)).toEqual([true, true]);
  });
});
