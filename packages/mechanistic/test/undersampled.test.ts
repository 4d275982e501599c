import { describe, expect, it } from "vitest";
import { HELD_OUT_3 } from "../bench/held-out-3.js";
import { HELD_OUT_4 } from "../bench/held-out-4.js";
import { discoverDraw } from "./helpers.js";

/*
 * Clean draws of the robustness bench (`HELD_OUT=3|4 WIDE=1 DRAWS=2 NOISE=0 DRAW_SEED=5000`) with 200 samples at
 * about one per time scale: the smoothing reads the unresolved motion as 0.2–18% noise, so they take the noisy-data
 * path, where the refined residual is the refinement's own integration error, 10⁻²–10⁻⁴ of the noise estimate, and
 * the significance test kept terms that fit it (polish.ts `negligible`). Both failed before.
 */

describe("clean data at about one sample per time scale, read as noisy", () => {
  it("Schnakenberg: no term that moves the fitted states less than the clean floor (x³ in dy/dt at ~10⁻⁵ before)", async () => {
    const { r, missing, spurious } = await discoverDraw(HELD_OUT_3, "Schnakenberg", {
      params: { a: 0.042946478730998924, b: 0.7390562175773083 },
      x0: [1.840057461662218, 0.7594634912442415],
      dt: 0.16557723877661343,
      t1: 32.94987051654607,
    });
    expect(Math.min(...r.noise)).toBeGreaterThan(0.05); // the premise: read as noisy
    expect({ missing, spurious }).toEqual({ missing: [], spurious: [] });
  }, 120_000);

  it("Hindmarsh–Rose: without y² and y²·z fitting integration error, dz/dt is the truth (before: {x, z, z², z³})", async () => {
    const { r, missing, spurious } = await discoverDraw(HELD_OUT_4, "Hindmarsh", {
      params: {
        a: 1.2188975929748267,
        b: 2.3145331197883934,
        c: 1.0942938308697194,
        d: 3.67797795124352,
        r: 0.022858137325383724,
        s: 4.769705856591463,
        xR: -1.177928143069148,
        I: 2.4998177264351398,
      },
      x0: [0.3423417415469885, -6.767433263361454, 3.289450089680031],
      dt: 0.2885049677467975,
      t1: 57.412488581612706,
    });
    expect(Math.min(...r.noise)).toBeGreaterThan(1e-3); // the premise: read as noisy
    expect({ missing, spurious }).toEqual({ missing: [], spurious: [] });
    expect(r.warnings).toEqual([]);
  }, 600_000);
});
