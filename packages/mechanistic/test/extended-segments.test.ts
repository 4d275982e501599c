import { describe, expect, it } from "vitest";
import type { Family } from "../bench/families.js";
import { HELD_OUT_8 } from "../bench/held-out-8.js";
import { SEGMENT_FACTOR } from "../src/discover/extended-segments.js";
import { prepareData } from "../src/discover/prepare.js";
import { refinedBic, refineTrajectories } from "../src/discover/refine.js";
import { segmentLength } from "../src/discover/timescale.js";
import { polynomialLibrary } from "../src/library.js";
import { discoverDraw, familyOf } from "./helpers.js";

type Truth = Record<string, Record<string, number>>;
type Draw = Parameters<Family["system"]["generate"]>[0];

/**
 * Draws of the robustness bench (`HELD_OUT=8 WIDE=1 DRAWS=2 NOISE=1,5`, 5% noise, 500 samples) that the selection
 * over the default segments got wrong. Stuart–Landau with shear, from 1.7× the cycle's radius: dx/dt without the
 * radial terms μx, −Ax³, −Axy², which cancel on the cycle where the orbit spends all but its first time units.
 */
const stuartLandau1147: Draw = {
  params: {
    mu: 0.649461444769986,
    omega: 2.4855103267356755,
    A: 0.9830629873555153,
    beta: 1.9352825179696085,
  },
  x0: [0.1442152315475638, -1.351028321976681],
  dt: 0.027813173208072153,
  t1: 13.878773430828005,
  noise: 0.05,
  seed: 1147,
};

/** SIRS with recruitment and disease deaths, one outbreak into the endemic state: dS/dt on {1, S², R², S·I}. */
const sirs1147: Draw = {
  params: {
    L: 0.014288151784939692,
    beta: 0.37282654901035134,
    mu: 0.009830629873555154,
    omega: 0.025803766906261447,
    gamma: 0.10253998042549939,
    alpha: 0.012706600418547166,
  },
  x0: [0.9300774614792318, 0.015576495629502463, 0.04646450886502862],
  dt: 0.32929728397416447,
  t1: 164.31934470310807,
  noise: 0.05,
  seed: 1147,
};

describe("selection over longer segments (noisy data)", () => {
  it("the free segment starts let a model without the radial terms beat the truth, and longer segments do not", () => {
    const f = familyOf(HELD_OUT_8, "Stuart");
    const ds = f.system.generate(stuartLandau1147);
    const library = polynomialLibrary(f.system.names, { degree: f.degree });
    const row = (terms: Record<string, number>) => library.names.map((name) => terms[name] ?? 0);
    const truth = f.system.names.map((name) => row((ds.trueEquations as Truth)[name]));
    // The model the selection over the default segments returned (as it refined it there).
    const rotation = [
      row({ y: -2.65, "x^2*y": 2.2, "y^3": 2.15 }),
      row({ x: 2.37, y: 0.63, "x^3": -1.67, "x^2*y": -0.96, "x*y^2": -1.83, "y^3": -0.97 }),
    ];
    const prepared = prepareData([{ t: ds.t, x: ds.x }], 2, "auto");
    const y = ds.x.map((r) => Float64Array.from(r));
    const bic = (c: number[][], segment: number) => {
      const support = c.map((r) => r.map((v) => v !== 0));
      const options = { scale: prepared.sigma, segment, substeps: 4 };
      const fit = refineTrajectories(
        library,
        { t: [ds.t], y: [y], guess: [prepared.states] },
        c,
        support,
        options,
      );
      if (!fit?.converged) throw new Error(`no converged refinement over ${segment}-sample segments`);
      return refinedBic(fit);
    };
    const short = segmentLength(prepared.trajectories);
    const long = SEGMENT_FACTOR * (short - 1) + 1;
    expect(bic(rotation, short)).toBeLessThan(bic(truth, short));
    expect(bic(truth, long)).toBeLessThan(bic(rotation, long) - 20);
  }, 60_000);

  it.each([
    ["Stuart", stuartLandau1147],
    ["SIRS", sirs1147],
  ])(
    "%s, 5 percent noise, seed 1147: exact",
    async (label, draw) => {
      const { missing, spurious } = await discoverDraw(HELD_OUT_8, label, draw);
      expect({ missing, spurious }).toEqual({ missing: [], spurious: [] });
    },
    120_000,
  );
});
