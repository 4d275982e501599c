import { describe, expect, it } from "vitest";
import { FAMILIES } from "../bench/families.js";
import { compareToTruth, discover } from "../src/index.js";

/**
 * The case that the backward elimination got wrong before the best-subset reselection (polish.ts, subset.ts):
 * the Brusselator's limit cycle makes the degree-3 library nearly collinear, and at 1% noise discovery returned a
 * dense dy/dt (2 true terms missing, 14 spurious). A few seconds; it fails if that class of failure returns.
 */
describe("noisy discovery regression", () => {
  it("Brusselator at 1% noise (1501 samples): exact structure, coefficients within 2%", async () => {
    const f = FAMILIES.find((family) => family.label === "Brusselator");
    if (!f) throw new Error("the Brusselator family is missing from bench/families.ts");
    const ds = f.system.generate({ params: f.params, x0: f.x0, dt: f.dt, t1: 15, noise: 0.01, seed: 12 });
    const r = await discover({ t: ds.t, x: ds.x }, { variables: f.system.names, degree: f.degree });
    const cmp = compareToTruth(
      r.variables,
      r.terms,
      r.coefficients,
      ds.trueEquations as Record<string, Record<string, number>>,
    );
    expect({ missing: cmp.missing, spurious: cmp.spurious.map((s) => `${s.variable}: ${s.term}`) }).toEqual({
      missing: [],
      spurious: [],
    });
    expect(cmp.maxRelativeError).toBeLessThan(0.02);
  });
});
