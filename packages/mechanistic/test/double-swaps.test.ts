import { describe, expect, it } from "vitest";
import { HELD_OUT_9 } from "../bench/held-out-9.js";
import { WindowObjective } from "../src/discover/objective.js";
import { resolveSettings } from "../src/discover/options.js";
import { prepareData } from "../src/discover/prepare.js";
import { bestSubset, subsetFit } from "../src/discover/subset.js";
import { buildWindows } from "../src/discover/windows.js";
import { polynomialLibrary } from "../src/library.js";
import { expectExactStructure } from "./helpers.js";

// The autocatalator a' = μ(κ + c) − ab² − a on a clean limit cycle (1000 samples over 5.1 time units): along the
// cycle 0.047·b − 0.0037·c³ stands in for μκ − a (window residual 1.5·10⁻⁸ of the target against the truth's
// 4.2·10⁻⁹). Forward selection and backward elimination both end at that support, and each single exchange back
// raises the residual to 10⁻⁶–10⁻⁵; only both exchanges at once reach the truth. Old code: da/dt = 0.0475 b + 0.91 c
// − a·b² − 0.0038 c³ (refined cost 1.6·10⁻⁷ against the truth's 5.8·10⁻¹⁵).
const draw = {
  params: {
    mu: 0.5297026248578914,
    kappa: 2.99153187032789,
    sigma: 0.055745483173523104,
    delta: 0.24566902571357785,
  },
  x0: [0.21805131273846803, 3.216274990646632, 3.655359546550439],
  dt: 0.005109330632018151,
  t1: 5.104221301386133,
};

function autocatalator() {
  const f = HELD_OUT_9.find((x) => x.label.startsWith("autocatalator"));
  if (!f) throw new Error("the autocatalator is missing from bench/held-out-9.ts");
  return { f, ds: f.system.generate(draw) };
}

describe("best-subset paths reach a support two exchanges away", () => {
  it("the greedy path's best 4-term da/dt on the autocatalator's clean cycle is the truth", async () => {
    const { f, ds } = autocatalator();
    const names = f.system.names;
    const library = polynomialLibrary(names, { degree: f.degree });
    expect(library.size).toBeGreaterThan(12); // the greedy path, not the exhaustive search
    const settings = resolveSettings({ degree: f.degree });
    const data = prepareData([{ t: ds.t, x: ds.x, names }], names.length, "auto");
    const win = buildWindows(data.trajectories, settings.window, settings.subgrid);
    const objective = await WindowObjective.create(win, library, data.stateScale, data.derivativeScale);
    try {
      await objective.prepareRefit();
      const z = objective.compressed(0);
      const all = new Array<boolean>(library.size).fill(true);
      const path = bestSubset(z, all, all).path ?? [];
      const fours = path.filter((p) => p.active.filter(Boolean).length === 4);
      const terms = (active: boolean[]) => library.names.filter((_, j) => active[j]).sort();
      expect(terms(fours[0].active)).toEqual(["1", "a", "a*b^2", "c"].sort());
      // The support the old path ended at is a worse fit: the truth is the path's choice on the merits.
      const decoy = library.names.map((n) => ["b", "c", "a*b^2", "c^3"].includes(n));
      expect(subsetFit(z, decoy).rss).toBeGreaterThan(3 * subsetFit(z, fours[0].active).rss);
    } finally {
      objective.dispose();
    }
  });

  it("clean autocatalator, 1000 samples: exact structure", async () => {
    const { f, ds } = autocatalator();
    await expectExactStructure(ds, f.degree, 1e-2);
  });
});
