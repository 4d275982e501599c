/**
 * The near-alternative warning's advice works: a chemostat's single transient into its equilibrium relaxes along the
 * conserved direction s + x/Y → s_in, where the feed terms {1, s} of ds/dt are nearly proportional to x, so at 1%
 * noise discovery ends on ds/dt = {x, s·x, x²} instead of D·s_in − D·s − (k/Y)·s·x (1.8 apart in the refined BIC),
 * warns that the data barely tell them apart, and says to add trajectories from other initial states. With one more,
 * started off that direction, the structure is exact and the warning is gone.
 */
import { describe, expect, it } from "vitest";
import { HELD_OUT_6 } from "../bench/held-out-6.js";
import { compareToTruth, discover } from "../src/index.js";
import { familyOf, structure } from "./helpers.js";

const chemostat = familyOf(HELD_OUT_6, "chemostat");
const params = { D: 0.2566, sin: 118.09, k: 0.012337, Y: 0.5431 };
const run = (x0: number[], seed: number) =>
  chemostat.system.generate({ params, x0, dt: 0.02, t1: 20, noise: 0.01, seed });

describe("more trajectories resolve what the near-alternative warning flags", () => {
  it("chemostat at 1% noise: one transient warns, two give the exact structure without a warning", async () => {
    const first = run([28.1, 40.67], 3010);
    const second = run([45, 20.3], 4010);
    const names = chemostat.system.names;
    const truth = first.trueEquations as Record<string, Record<string, number>>;
    const one = await discover({ t: first.t, x: first.x }, { variables: names, degree: 2 });
    expect(one.warnings.some((w) => w.includes("add trajectories from other initial states"))).toBe(true);
    const two = await discover(
      [
        { t: first.t, x: first.x },
        { t: second.t, x: second.x },
      ],
      { variables: names, degree: 2 },
    );
    const cmp = compareToTruth(two.variables, two.terms, two.coefficients, truth);
    expect(structure(cmp)).toEqual({ missing: [], spurious: [] });
    expect(two.warnings).toEqual([]);
  }, 120_000);
});
