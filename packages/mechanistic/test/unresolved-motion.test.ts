/**
 * A poor fit on data that do not resolve their fastest motion says so: Sprott's case E in a bursting regime (the
 * eleventh held-out set, 1% noise, 500 samples) has x climb from 0.5 to 108 and fall back within about one sample.
 * The noise reads right (1%), so the only earlier warning was the poor fit's "larger degree or longer window",
 * advice that cannot help.
 */
import { describe, expect, it } from "vitest";
import { HELD_OUT_11 } from "../bench/held-out-11.js";
import { resolveSettings } from "../src/discover/options.js";
import { fitWarnings, largestSteps, UNRESOLVED_STEP } from "../src/discover/warnings.js";
import { polynomialLibrary } from "../src/index.js";
import { discoverDraw } from "./helpers.js";

const trajectory = (x: number[][]) => ({ t: x.map((_, i) => i), x, names: ["a", "b"] });

describe("largest change between consecutive samples", () => {
  it("is taken within each trajectory, over the variable's range in all of them", () => {
    // a: range 0–10 over both; steps 1, 2 in the first, 6 in the second (3 → 10 is between trajectories, not a step).
    // b: constant, so no range to measure against.
    const steps = largestSteps(
      [
        trajectory([
          [0, 5],
          [1, 5],
          [3, 5],
        ]),
        trajectory([
          [10, 5],
          [4, 5],
        ]),
      ],
      2,
    );
    expect(steps).toEqual([0.6, 0]);
  });
});

describe("the unresolved-motion warning", () => {
  const library = polynomialLibrary(["x", "y"], { degree: 2 });
  const settings = resolveSettings({});
  const unresolved = (error: number, steps: number[], noise = [0.01, 0.01]) =>
    fitWarnings(library, settings, [error, 0.01], 2, 1000, noise, steps).filter((w) =>
      /between two consecutive samples/.test(w),
    );
  it("names the variable with the largest step, only with a poor fit and a step above UNRESOLVED_STEP", () => {
    expect(unresolved(0.5, [0.2, 0.8])).toHaveLength(1);
    expect(unresolved(0.5, [0.2, 0.8])[0]).toMatch(/^y changes by 80% of its range between two consecutive/);
    expect(unresolved(Number.POSITIVE_INFINITY, [0.9, 0.6])[0]).toMatch(/^x changes by 90%/);
    expect(unresolved(0.5, [UNRESOLVED_STEP, 0.1])).toEqual([]);
    expect(unresolved(0.05, [0.9, 0.9])).toEqual([]);
  });
  it("gives way to the noise reading, which says why the samples are too sparse", () => {
    expect(unresolved(0.5, [0.9, 0.1], [0.3, 0.01])).toEqual([]);
  });
  it("Sprott E bursting at 1% noise: the model diverges and x's burst is named", async () => {
    const { r } = await discoverDraw(HELD_OUT_11, "Sprott E", {
      params: { b: 1.2831018971279264, c: 1.180876832176, d: 4.934779725968838 },
      x0: [0.06939555551386586, 0.003047263374758847, 4.221266033132027],
      dt: 0.10902753116129961,
      t1: 54.40473804948851,
      noise: 0.01,
      seed: 3010,
    });
    expect(r.noise.every((v) => v < 0.02)).toBe(true);
    expect(r.warnings[0]).toMatch(/fits the data poorly: its re-simulation diverges/);
    expect(r.warnings[1]).toMatch(/^x changes by 100% of its range between two consecutive samples/);
  }, 120_000);
});
