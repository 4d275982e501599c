/**
 * The trajectory refinement starts from the debias result. When that model cannot be integrated through even the
 * shortest segments (a dense debias result on spikes 5 samples wide: Hindmarsh–Rose, 1% noise, 500 samples, draw 3107
 * of bench/held-out-4.ts), the old pipeline returned it unrefined and unreselected — 48 terms. Rule "auto" now
 * restarts the refinement from the best subsets of a window objective with half-length windows.
 */
import { describe, expect, it } from "vitest";
import { FAMILIES } from "../bench/families.js";
import { WindowObjective } from "../src/discover/objective.js";
import { resolveSettings } from "../src/discover/options.js";
import { polish } from "../src/discover/polish.js";
import { prepareData } from "../src/discover/prepare.js";
import { buildWindows } from "../src/discover/windows.js";
import { resolveLibrary } from "../src/library.js";
import { resolveRule } from "../src/stlsq.js";

describe("refinement start", () => {
  it("a debias result that blows up between samples is replaced by the window objective's best subsets", async () => {
    const f = FAMILIES.find((x) => x.label === "Van der Pol");
    if (!f) throw new Error("Van der Pol is missing from bench/families.ts");
    const ds = f.system.generate({ params: f.params, x0: f.x0, dt: 0.02, t1: 16 });
    const names = f.system.names;
    const settings = resolveSettings({});
    const library = resolveLibrary({ degree: 3 }, 2, names);
    const data = prepareData([{ t: ds.t, x: ds.x, names }], 2, "auto");
    const win = buildWindows(data.trajectories, settings.window, settings.subgrid);
    const objective = await WindowObjective.create(win, library, data.stateScale, data.derivativeScale);
    // Every term at +10: x' ≈ 10x³ + … leaves any finite range within one segment.
    const explosive = names.map(() => library.names.map(() => 10));
    try {
      const result = await polish({
        library,
        trajectories: data.trajectories,
        coefficients: explosive,
        rule: resolveRule("auto", undefined),
        pruneTolerance: settings.pruneTolerance,
        sigma: data.sigma,
        noisy: false,
        selectionNoise: data.selectionNoise,
        automaticSelection: true,
        stateScale: data.stateScale,
        derivativeScale: data.derivativeScale,
        spread: data.observedScale.spread,
        window: settings.window,
        subgrid: settings.subgrid,
        dataObjective: objective,
      });
      const truth = ds.trueEquations as Record<string, Record<string, number>>;
      const support = names.map((_v, d) => library.names.filter((_, j) => result?.coefficients[d][j] !== 0));
      expect(support).toEqual(names.map((v) => library.names.filter((t) => t in truth[v])));
    } finally {
      objective.dispose();
    }
  }, 30_000);
});
