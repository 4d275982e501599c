import { describe, expect, it } from "vitest";
import { FAMILIES } from "../bench/families.js";
import { HELD_OUT } from "../bench/held-out.js";
import { compareToTruth, discover } from "../src/index.js";
import { structure } from "./helpers.js";

interface Case {
  family: string;
  /** Parameters and initial state (default: the family's own in bench/families.ts). */
  params?: Record<string, number>;
  x0?: number[];
  samples: number;
  t1: number;
  noise: number;
  seed: number;
  /** Library degree (default: the family's). */
  degree?: number;
  /** Largest relative coefficient error accepted once the structure is exact. */
  tolerance: number;
}

/** Discovers the case with the defaults and returns the structural comparison with the truth. */
async function structureOf(c: Case) {
  const f = [...FAMILIES, ...HELD_OUT].find((family) => family.label === c.family);
  if (!f) throw new Error(`the ${c.family} family is missing from bench/families.ts and bench/held-out.ts`);
  const ds = f.system.generate({
    params: c.params ?? f.params,
    x0: c.x0 ?? f.x0,
    dt: c.t1 / (c.samples - 1),
    t1: c.t1,
    noise: c.noise,
    seed: c.seed,
  });
  const r = await discover({ t: ds.t, x: ds.x }, { variables: f.system.names, degree: c.degree ?? f.degree });
  const cmp = compareToTruth(
    r.variables,
    r.terms,
    r.coefficients,
    ds.trueEquations as Record<string, Record<string, number>>,
  );
  return {
    structure: structure(cmp),
    maxRelativeError: cmp.maxRelativeError,
    warnings: r.warnings,
  };
}

/**
 * Failure classes of noisy discovery, one case each (a few seconds apiece); each test fails if its class returns.
 * The parameters are random draws of the robustness bench (bench/robustness.ts) that the pipeline once got wrong.
 */
const CASES: Array<[string, Case]> = [
  // Backward elimination on the limit cycle's nearly collinear degree-3 library stopped at a dense dy/dt.
  [
    "Brusselator at 1% noise (1501 samples): exact structure, coefficients within 2%",
    { family: "Brusselator", samples: 1501, t1: 15, noise: 0.01, seed: 12, tolerance: 0.02 },
  ],
  // The window-objective BIC ranked a dense 7-term dx/dt 72 below the true 3-term one, and only supports within
  // 2·ln(n) of it were refined: the truth never reached the trajectory likelihood, which prefers it by ~100.
  [
    "Brusselator dx/dt on the limit cycle (1%, 2000 samples): sparser supports reach the trajectory judge",
    {
      family: "Brusselator",
      params: { a: 1.110143452897668, b: 2.8774963718354702 },
      x0: [0.8555866424143315, 2.140703360788524],
      samples: 2000,
      t1: 27.264622910879552,
      noise: 0.01,
      seed: 5107,
      tolerance: 0.02,
    },
  ],
  // The debias lost μx − A x(x² + y²) (≈ 0 on the limit cycle) and the reselection only looked at the
  // state that the rotation-only model produced, where those terms are invisible; the data objective proposes them.
  [
    "Hopf at 5% noise: growth terms seen only in the transient are recovered",
    {
      family: "Hopf",
      params: { mu: 0.3239138311631978, omega: 1.3841551233008507, A: 1.194580155953765 },
      x0: [0.14388426778279245, -0.10427079794555903],
      samples: 5000,
      t1: 30.846660141833127,
      noise: 0.05,
      seed: 1147,
      tolerance: 0.1,
    },
  ],
  // On a cycle of amplitude ≈ 1 the window objective ranked {x, y³} just above the true {x³, y³} for dx/dt (window
  // residuals 1.025 vs 1.029 × the floor); the path kept one support per size, so the truth, which the trajectory
  // likelihood prefers by 134, was never refined. Now each size's near ties are candidates as well.
  [
    "cubic oscillator at 5% noise: x³ and its near tie x both reach the trajectory judge",
    {
      family: "cubic oscillator",
      params: { a: 0.13833864047750832, b: 1.8705270897299051 },
      x0: [1.4985924100875856, 0.283129989746958],
      samples: 1000,
      t1: 17.200765901361592,
      noise: 0.05,
      seed: 9050,
      tolerance: 0.15,
    },
  ],
  // Above 12 terms there was no best-subset path, only the stepwise result: a dense model missing 1 − (b + 1)x in
  // dx/dt and bx in dy/dt was never challenged. The greedy path (forward, backward, single swaps; subset.ts) proposes the sparse truth.
  [
    "Brusselator with a degree-4 library (15 terms) at 5% noise: large libraries get candidates too",
    { family: "Brusselator", samples: 501, t1: 10, noise: 0.05, seed: 12, degree: 4, tolerance: 0.02 },
  ],
];

describe("noisy discovery regression", () => {
  it.each(CASES)("%s", async (_title, c) => {
    const r = await structureOf(c);
    expect(r.structure).toEqual({ missing: [], spurious: [] });
    expect(r.maxRelativeError).toBeLessThan(c.tolerance);
    // The data identify these structures: no near-tie warning.
    expect(r.warnings).toEqual([]);
  });

  // Damped oscillations inside one well of the double well decay to x* ≈ −1.31, so x v ≈ x* v: the true damping −δ v
  // and a spurious δ′ x v fit the 500 samples within 0.5 of each other in the refined BIC. The data cannot decide;
  // the result must say so instead of presenting one of the two as found.
  it("Duffing in one well at 5% (500 samples): −δ v and δ′ x v are not told apart, and a warning says so", async () => {
    const r = await structureOf({
      family: "Duffing (held out)",
      params: {
        delta: 0.10828122317092492,
        alpha: -1.2408889138698578,
        beta: 0.7232503983238712,
        gamma: 0,
        omega: 1.234296873677522,
      },
      x0: [-1.4006790043786168, -0.19946694048121572],
      samples: 500,
      t1: 18.641477926634252,
      noise: 0.05,
      seed: 3147,
      tolerance: 1,
    });
    expect(r.warnings).toHaveLength(1);
    // The true dv/dt support is among the alternatives named.
    expect(r.warnings[0]).toMatch(/barely distinguish.*dv\/dt on \{x, v, x\^3\}/);
  });
});
