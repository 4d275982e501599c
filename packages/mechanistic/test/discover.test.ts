import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDataset } from "@mechanist/datasets";
import { describe, expect, it } from "vitest";
import {
  compareToTruth,
  customTerm,
  type DiscoverProgress,
  discover,
  polynomialLibrary,
} from "../src/index.js";

function customLibrary() {
  return polynomialLibrary(["x", "y", "z"], {
    degree: 1,
    custom: [customTerm("sin(x)", (s) => Math.sin(s[0]))],
  });
}

interface Ds {
  t: number[];
  x: number[][];
  names: string[];
  trueEquations: Record<string, Record<string, number>>;
}

async function run(system: string, options: Record<string, unknown>, degree: number, threshold?: number) {
  const ds = loadDataset(system, { seed: 1, ...options }) as Ds;
  const r = await discover(ds, { degree, threshold });
  return {
    r,
    cmp: compareToTruth(r.variables, r.terms, r.coefficients, ds.trueEquations),
    threshold: threshold ?? 0.1,
  };
}

function expectRecovered(cmp: ReturnType<typeof compareToTruth>, tolerance: number, threshold: number): void {
  expect(cmp.missing).toEqual([]);
  expect(cmp.maxRelativeError).toBeLessThan(tolerance);
  for (const s of cmp.spurious) expect(Math.abs(s.coefficient)).toBeLessThan(threshold);
}

describe("discover (small scale)", () => {
  it("Lorenz, clean: 7 terms within 2%", async () => {
    const { r, cmp, threshold } = await run("lorenz", { t1: 20 }, 2);
    expectRecovered(cmp, 0.02, threshold);
    expect(cmp.terms).toHaveLength(7);
    expect(r.equations[0]).toMatch(/^dx\/dt = -10\.0\d x \+ 10\.0\d y$/);
    expect(r.score).toBeGreaterThan(0.999);
    expect(r.losses.at(-2)?.stage).toBe("debias");
    expect(r.losses.at(-1)?.stage).toBe("refine");
  });
  it("Lorenz, 1% noise, 2001 samples: within 5% (the window objective alone gave 7.2%)", async () => {
    const { cmp, threshold } = await run("lorenz", { t1: 20, noise: 0.01 }, 2);
    expectRecovered(cmp, 0.05, threshold);
    expect(cmp.spurious).toEqual([]);
  });
  it("Lorenz ρ=20 σ=8, x0=(−5,3,15), dt=0.005, 1% noise, degree 3: exact support within 5% (was 10.2%)", async () => {
    const { cmp, threshold } = await run(
      "lorenz",
      { t1: 30, dt: 0.005, x0: [-5, 3, 15], params: { rho: 20, sigma: 8 }, noise: 0.01 },
      3,
    );
    expectRecovered(cmp, 0.05, threshold);
    expect(cmp.spurious).toEqual([]);
  });
  it("without trajectory refinement the last stage is the debias (the previous pipeline)", async () => {
    const ds = loadDataset("lorenz", { t1: 10, noise: 0.01, seed: 1 }) as Ds;
    const r = await discover(ds, { refine: false });
    expect(r.losses.at(-1)?.stage).toBe("debias");
  });
  it("Lorenz with a degree-3 library", async () => {
    const { cmp, threshold } = await run("lorenz", { t1: 15 }, 3);
    expectRecovered(cmp, 0.02, threshold);
  });
  it("Lorenz with other parameters, initial state and sampling", async () => {
    const { cmp, threshold } = await run(
      "lorenz",
      { t1: 10, dt: 0.005, x0: [-5, 3, 15], params: { rho: 20, sigma: 8 } },
      2,
    );
    expectRecovered(cmp, 0.02, threshold);
  });
  it("Van der Pol (degree 3), clean", async () => {
    const { cmp, threshold } = await run("van-der-pol", {}, 3);
    expectRecovered(cmp, 0.02, threshold);
  });
  it("Lotka–Volterra, 1% noise (coefficients below the threshold are kept by contribution)", async () => {
    const { cmp, threshold } = await run("lotka-volterra", { noise: 0.01 }, 2);
    expectRecovered(cmp, 0.05, threshold);
  });
  it("damped oscillator, clean", async () => {
    const { cmp, threshold } = await run("damped-harmonic-oscillator", {}, 2);
    expectRecovered(cmp, 0.02, threshold);
  });
  it("simulate reproduces the data and several trajectories fit together", async () => {
    const a = loadDataset("van-der-pol", { t1: 10 }) as Ds;
    const b = loadDataset("van-der-pol", { t1: 10, x0: [0.5, -1] }) as Ds;
    const r = await discover([a, b], { degree: 3 });
    const cmp = compareToTruth(r.variables, r.terms, r.coefficients, a.trueEquations);
    expectRecovered(cmp, 0.02, 0.1);
    const sim = r.simulate(b.x[0], b.t.slice(0, 100));
    expect(Math.abs(sim.x[99][0] - b.x[99][0])).toBeLessThan(1e-3);
  });
});

describe("published denoiser", () => {
  it("trains jointly with ξ (gradients reach the MLP) and is saved in checkpoints", async () => {
    const ds = loadDataset("lorenz", { t1: 4, noise: 0.01, seed: 1 }) as Ds;
    const dir = mkdtempSync(join(tmpdir(), "mech-"));
    const file = join(dir, "ckpt.json");
    try {
      const r = await discover(ds, {
        variables: ds.names,
        denoiser: { hidden: [8] },
        init: "least-squares",
        rounds: 1,
        epochs: 5,
        tolerance: 0,
        debias: false,
        refine: false,
        checkpoint: file,
      });
      expect(r.losses).toHaveLength(1);
      const saved = JSON.parse(readFileSync(file, "utf8")) as { state: { denoiser: number[][] } };
      const layers = saved.state.denoiser;
      expect(layers.length).toBe(4); // two Linear layers: weight and bias each
      // The last layer starts at zero; after 5 Adam steps it must have moved.
      expect(layers[2].some((w) => w !== 0)).toBe(true);
      await expect(discover(ds, { library: customLibrary(), denoiser: true })).rejects.toThrow(
        /polynomial library/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("discover progress", () => {
  it("reports the coefficients and equations after every round, the debias and the refinement, in order", async () => {
    const ds = loadDataset("lotka-volterra", { t1: 10, noise: 0.01, seed: 2 }) as Ds;
    const events: DiscoverProgress[] = [];
    const r = await discover(ds, { rounds: 3, epochs: 10, onProgress: (p) => events.push(p) });
    const stages = events
      .filter((e) => e.stage !== "train")
      .map((e) => `${e.stage}${e.equations ? "+" : ""}`);
    const rounds = r.losses.filter((l) => l.stage === "train").length;
    expect(stages).toEqual([
      "init",
      ...Array.from({ length: rounds }, () => "threshold+"),
      "debias",
      "debias+",
      "refine",
      "refine+",
      "done+",
    ]);
    const thresholds = events.filter((e) => e.stage === "threshold");
    expect(thresholds.map((e) => e.round)).toEqual(Array.from({ length: rounds }, (_, i) => i + 1));
    for (const e of events.filter((e) => e.equations)) {
      expect(e.equations).toHaveLength(2);
      expect(e.equations?.[0]).toMatch(/^dx\/dt = /);
      expect(e.equations?.[1]).toMatch(/^dy\/dt = /);
      expect(e.coefficients?.map((row) => row.length)).toEqual([r.terms.length, r.terms.length]);
      // The thresholded model: as many non-zero coefficients as the event says are active.
      if (e.activeTerms !== undefined)
        expect(e.coefficients?.flat().filter((c) => c !== 0).length).toBe(e.activeTerms);
    }
    // Each round's snapshot is the thresholded model of that round's loss table entry.
    thresholds.forEach((e, i) => {
      expect(e.activeTerms).toBe(r.losses[i]?.activeTerms);
    });
    const last = events.at(-1);
    expect(last?.equations).toEqual(r.equations);
    expect(last?.coefficients).toEqual(r.coefficients);
    // The final snapshot carries every true Lotka–Volterra term.
    expect(compareToTruth(r.variables, r.terms, last?.coefficients ?? [], ds.trueEquations).missing).toEqual(
      [],
    );
  });
});

describe("discover checkpoints", () => {
  it("a run interrupted after its debias stage resumes at the refinement without training again", async () => {
    const ds = loadDataset("lotka-volterra", { t1: 10, noise: 0.01, seed: 3 }) as Ds;
    const dir = mkdtempSync(join(tmpdir(), "mech-"));
    const file = join(dir, "ckpt.json");
    try {
      const opts = { rounds: 2, epochs: 5, tolerance: 0 };
      const full = await discover(ds, opts);
      const stopAtRefine = (p: DiscoverProgress) => {
        if (p.stage === "refine") throw new Error("interrupted");
      };
      await expect(discover(ds, { ...opts, checkpoint: file, onProgress: stopAtRefine })).rejects.toThrow(
        "interrupted",
      );
      const saved = JSON.parse(readFileSync(file, "utf8")) as { state: { stage: string } };
      expect(saved.state.stage).toBe("debias");
      const stages: string[] = [];
      const resumed = await discover(ds, {
        ...opts,
        checkpoint: file,
        resume: true,
        onProgress: (p) => stages.push(p.stage),
      });
      expect(stages).not.toContain("train");
      expect(stages).not.toContain("debias");
      expect(stages).toContain("refine");
      expect(resumed.coefficients).toEqual(full.coefficients);
      expect(resumed.losses).toEqual(full.losses);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("an interrupted run resumed from its checkpoint gives the uninterrupted result", async () => {
    const ds = loadDataset("lotka-volterra", { t1: 10, noise: 0.01, seed: 2 }) as Ds;
    const dir = mkdtempSync(join(tmpdir(), "mech-"));
    const file = join(dir, "ckpt.json");
    try {
      const opts = { rounds: 3, epochs: 10, tolerance: 0 };
      const full = await discover(ds, opts);
      await expect(
        discover(ds, {
          ...opts,
          checkpoint: file,
          onProgress: (p) => {
            if (p.stage === "train" && p.round === 2 && p.epoch === 3) throw new Error("interrupted");
          },
        }),
      ).rejects.toThrow("interrupted");
      expect(existsSync(file)).toBe(true);
      const resumed = await discover(ds, { ...opts, checkpoint: file, resume: true });
      expect(resumed.resumedFromRound).toBe(1);
      expect(resumed.coefficients).toEqual(full.coefficients);
      expect(resumed.losses).toEqual(full.losses);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
