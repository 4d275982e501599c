import { describe, expect, it } from "vitest";
import { FAMILIES } from "../bench/families.js";
import { correctedScale } from "../src/discover/fitted-noise.js";
import { prepareData } from "../src/discover/prepare.js";
import { refinedBic, refineTrajectories } from "../src/discover/refine.js";
import { segmentLength } from "../src/discover/timescale.js";
import { polynomialLibrary } from "../src/library.js";
import { meanAndSpread } from "../src/scale.js";

const spread = (a: number[]) => meanAndSpread(a).spread;

/**
 * Lorenz, 200 samples over 15.7 time units at 5% noise (the robustness bench's draw 13147 at LENGTHS=200): the grid
 * is coarse for the dynamics, so the smoothing's 7-point cubic reads the unresolved motion as noise, and weighted by
 * that σ the refined BIC barely tells dy/dt = ρx − y − xz from the same without −y (the pipeline dropped −y).
 */
function coarseLorenz() {
  const lorenz = FAMILIES.find((f) => f.label === "Lorenz");
  if (!lorenz) throw new Error("Lorenz is missing from bench/families.ts");
  const draw = {
    params: { sigma: 7.617963375337422, rho: 27.528275643475354, beta: 2.6141565797151998 },
    x0: [-2.0067844683205953, -3.9180140461608803, 15.386516597732246],
    dt: 0.07892954296633677,
    t1: 15.706979050301015,
    noise: 0.05,
    seed: 13147,
  };
  const ds = lorenz.system.generate(draw);
  const library = polynomialLibrary(lorenz.system.names, { degree: 2 });
  const equations = ds.trueEquations as Record<string, Record<string, number>>;
  const truth = lorenz.system.names.map((name) => library.names.map((term) => equations[name][term] ?? 0));
  const withoutY = truth.map((row, d) => row.map((c, j) => (d === 1 && library.names[j] === "y" ? 0 : c)));
  const prepared = prepareData([{ t: ds.t, x: ds.x }], 3, "auto");
  const data = { t: [ds.t], y: [ds.x.map((r) => Float64Array.from(r))], guess: [prepared.states] };
  const segment = segmentLength(prepared.trajectories);
  const refine = (c: number[][], scale: Float64Array) =>
    refineTrajectories(
      library,
      data,
      c,
      c.map((r) => r.map((v) => v !== 0)),
      { scale, segment, substeps: 14 },
    );
  const noise = Float64Array.from(lorenz.system.names, (_, d) => draw.noise * spread(ds.x.map((r) => r[d])));
  return { truth, withoutY, data, segment, refine, estimated: prepared.sigma, noise };
}

describe("noise estimate corrected by the refined fit", () => {
  it("puts the weights near the noise where the smoothing over-estimated it, and the truth wins again", () => {
    const { truth, withoutY, data, segment, refine, estimated, noise } = coarseLorenz();
    // The smoothing reads twice the noise or more on every component (1.25× is its calibrated scale).
    for (const [d, s] of estimated.entries()) expect(s).toBeGreaterThan(2 * noise[d]);
    const before = refine(truth, estimated);
    const beforeWithout = refine(withoutY, estimated);
    if (!before || !beforeWithout) throw new Error("the refinement failed");
    // Weak evidence for −y (below 6, the strength the pruning asks for) …
    expect(refinedBic(beforeWithout) - refinedBic(before)).toBeLessThan(6);

    const corrected = correctedScale(before, data, estimated, estimated, segment);
    if (!corrected) throw new Error("no correction");
    for (const [d, s] of corrected.entries()) {
      expect(s / (1.25 * noise[d])).toBeGreaterThan(0.75);
      expect(s / (1.25 * noise[d])).toBeLessThan(1.33);
    }
    const after = refine(truth, corrected);
    const afterWithout = refine(withoutY, corrected);
    if (!after || !afterWithout) throw new Error("the refinement failed");
    // … and strong evidence with the corrected weights.
    expect(refinedBic(afterWithout) - refinedBic(after)).toBeGreaterThan(20);
  });

  it("leaves weights alone that the fit's residual confirms, and corrects at most 4×", () => {
    const { truth, data, segment, refine, estimated, noise } = coarseLorenz();
    const calibrated = Float64Array.from(noise, (s) => 1.25 * s);
    const fit = refine(truth, calibrated);
    if (!fit) throw new Error("the refinement failed");
    expect(correctedScale(fit, data, calibrated, calibrated, segment)).toBeNull();
    const huge = Float64Array.from(estimated, (s) => 100 * s);
    const capped = correctedScale(fit, data, huge, huge, segment);
    if (!capped) throw new Error("no correction of a 100× over-estimate");
    for (const [d, s] of capped.entries()) expect(s).toBeCloseTo(huge[d] / 4, 10);
  });
});
