import { describe, expect, it } from "vitest";
import { ensembleSindy } from "../src/esindy.js";
import { sindy } from "../src/stlsq.js";
import { lorenzModel, maxRelativeError, sample, supportMatches } from "./helpers.js";

describe("ensemble SINDy (bagging)", () => {
  it("on clean Lorenz every bag keeps exactly the true terms and the median matches plain SINDy", () => {
    const truth = lorenzModel();
    const traj = sample(truth, [-8, 7, 27], 0.01, 1501);
    const e = ensembleSindy([traj], { bags: 20 });
    const truthRows = truth.coefficients;
    e.inclusionProbabilities.forEach((row, d) => {
      row.forEach((p, j) => {
        expect(p).toBe(truthRows[d][j] !== 0 ? 1 : 0);
      });
    });
    expect(supportMatches(e.model.coefficients, truthRows)).toBe(true);
    const plain = sindy([traj], { derivative: "smooth" });
    expect(maxRelativeError(e.model.coefficients, plain.model.coefficients)).toBeLessThan(1e-2);
  });
  it("the same seed gives the same ensemble; bad options are refused", () => {
    const traj = sample(lorenzModel(), [-8, 7, 27], 0.01, 401);
    const noisy = {
      ...traj,
      x: traj.x.map((s, i) => Array.from(s, (v, d) => v + 0.3 * Math.sin(37 * i + d))),
    };
    const a = ensembleSindy([noisy], { bags: 8, seed: 3 });
    const b = ensembleSindy([noisy], { bags: 8, seed: 3 });
    expect(a.model.coefficients).toEqual(b.model.coefficients);
    expect(() => ensembleSindy([noisy], { bags: 0 })).toThrow(/bags/);
    expect(() => ensembleSindy([noisy], { inclusion: 2 })).toThrow(/inclusion/);
  });
});
