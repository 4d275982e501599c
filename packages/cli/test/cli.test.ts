import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDataset, toCsv } from "@mechanist/datasets";
import { describe, expect, it } from "vitest";
import { mechanist } from "./run-cli.js";

describe("mechanist CLI (subprocess)", () => {
  it("--help and --version", () => {
    const help = mechanist(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/discover/);
    expect(mechanist(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it("bad flags exit with code 2 and say what to fix", () => {
    const r = mechanist(["discover", "--degree", "two"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--degree must be an integer/);
    expect(mechanist(["discover", "--nope"]).code).toBe(2);
    expect(mechanist(["frobnicate"]).stderr).toMatch(/unknown command/);
    expect(mechanist(["discover", "--system", "nosuch"]).stderr).toMatch(/unknown system/);
  });
  it("forecast (defaults, 10 epochs) beats persistence and linear extrapolation by > 10×", () => {
    const r = mechanist(["forecast", "--epochs", "10", "--json", "--quiet"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.nmse).toBeLessThan(out.persistenceNmse / 10);
    expect(out.nmse).toBeLessThan(out.linearExtrapolationNmse / 10);
    expect(typeof out.linearAutoregressionNmse).toBe("number");
  });
  it("discover --json on a small Lotka–Volterra problem", () => {
    const r = mechanist(["discover", "--system", "lotka-volterra", "--t1", "10", "--json", "--quiet"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.variables).toEqual(["x", "y"]);
    expect(out.terms).toContain("x*y");
    expect(out.coefficients).toHaveLength(2);
    const j = out.terms.indexOf("x*y");
    expect(out.coefficients[0][j]).toBeCloseTo(-0.1, 3);
    expect(out.coefficients[1][j]).toBeCloseTo(0.075, 3);
    expect(out.equations[0]).toMatch(/^dx\/dt = 1\.00 x - 0\.10(00)? x\*y$/);
  });
  it("discover's text header gives a built-in system's added noise beside the estimate", () => {
    const r = mechanist([
      "discover",
      "--system",
      "lotka-volterra",
      "--t1",
      "10",
      "--noise",
      "0.01",
      "--quiet",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      / samples, dt = [\d.]+, noise 1\.0% added \(estimated x \d+\.\d%, y \d+\.\d%\); library: /,
    );
  });
  it("discover --json prints exactly one object with the six contract keys, warnings, standard errors and inclusion probabilities (--dataset)", () => {
    const r = mechanist(["discover", "--dataset", "van-der-pol", "--t1", "10", "--json"]);
    expect(r.code).toBe(0);
    // stdout is exactly one JSON object and a newline; the progress lines went to stderr.
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(
      [
        "coefficients",
        "equations",
        "loss",
        "seconds",
        "terms",
        "variables",
        "warnings",
        "standardErrors",
        "inclusionProbabilities",
        "selection",
      ].sort(),
    );
    expect(out.selection.rule).toBe("auto");
    expect(out.selection.description).toMatch(/^auto: /);
    expect(out.warnings).toEqual([]);
    // Inclusion probabilities are fractions of bags; the well-determined Van der Pol terms are kept in most.
    for (const row of out.inclusionProbabilities) for (const p of row) expect(p >= 0 && p <= 1).toBe(true);
    out.coefficients.forEach((row: number[], d: number) => {
      row.forEach((c, j) => {
        if (c !== 0) expect(out.inclusionProbabilities[d][j]).toBeGreaterThan(0.5);
      });
    });
    // A standard error for every active coefficient, none for the others.
    out.coefficients.forEach((row: number[], d: number) => {
      row.forEach((c, j) => {
        expect(out.standardErrors[d][j] > 0).toBe(c !== 0);
      });
    });
    expect(out.variables).toEqual(["x", "y"]);
    expect(out.coefficients).toHaveLength(out.variables.length);
    for (const row of out.coefficients) {
      expect(row).toHaveLength(out.terms.length);
      for (const c of row) expect(Number.isFinite(c)).toBe(true);
    }
    expect(out.equations).toHaveLength(2);
    expect(out.equations[0]).toMatch(/^dx\/dt = /);
    expect(out.equations[1]).toMatch(/^dy\/dt = /);
    expect(Number.isFinite(out.loss) && out.loss >= 0).toBe(true);
    expect(out.seconds).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/round 1/);
  });
  it("discover --json reports the rule that chose the model, and a numeric --threshold is that rule", () => {
    const r = mechanist([
      "discover",
      "--system",
      "lotka-volterra",
      "--t1",
      "10",
      "--threshold",
      "0.2",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.selection).toEqual({ rule: "threshold", threshold: 0.2, description: "threshold: |ξ| ≥ 0.2" });
    // Every kept coefficient clears the threshold (here −0.1·x·y goes, and without it nothing else clears it).
    for (const row of out.coefficients) for (const c of row) expect(c === 0 || Math.abs(c) >= 0.2).toBe(true);
    expect(out.warnings.join(" ")).toMatch(/smaller threshold \(now 0\.2\)/);
  });
  it("discover uses irregularly sampled CSV data as is and names variables from the header", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    try {
      // Damped oscillator pos' = vel, vel' = -4 pos - 0.3 vel sampled at uneven times (closed form).
      const w = Math.sqrt(4 - 0.0225);
      const pos = (s: number) => Math.exp(-0.15 * s) * (Math.cos(w * s) + (0.15 / w) * Math.sin(w * s));
      const vel = (s: number) => -(4 / w) * Math.exp(-0.15 * s) * Math.sin(w * s);
      const lines = ["t,pos,vel"];
      let t = 0;
      for (let i = 0; t < 10; i++) {
        lines.push(`${t},${pos(t)},${vel(t)}`);
        t += 0.005 + (0.02 * ((i * 7919) % 13)) / 12; // steps between 0.005 and 0.025
      }
      const file = join(dir, "irregular.csv");
      writeFileSync(file, `${lines.join("\n")}\n`);
      const r = mechanist(["discover", "--data", file, "--json", "--quiet"]);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.variables).toEqual(["pos", "vel"]);
      const at = (d: number, term: string) => out.coefficients[d][out.terms.indexOf(term)];
      expect(at(0, "vel")).toBeCloseTo(1, 3);
      expect(at(1, "pos")).toBeCloseTo(-4, 3);
      expect(at(1, "vel")).toBeCloseTo(-0.3, 3);
      expect(out.equations[0]).toMatch(/^dpos\/dt = /);
      // The text report's header gives the noise estimated per variable: a file's own noise is unknown, not 0%.
      const text = mechanist(["discover", "--data", file, "--quiet"]);
      const header = text.stdout.split("\n").find((l) => l.includes(" samples, dt = ")) ?? "";
      expect(header).toMatch(/, estimated noise pos \d+\.\d%, vel \d+\.\d%; library: /);
      expect(header).not.toContain("added");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("bad CSV data exits with code 2 and names the line", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    try {
      const rows = Array.from(
        { length: 40 },
        (_, i) => `${0.1 * i},${Math.sin(0.1 * i)},${Math.cos(0.1 * i)}`,
      );
      const cases: [string, (r: string[]) => string[], RegExp][] = [
        ["unsorted", (r) => [...r.slice(0, 5), r[6], r[5], ...r.slice(7)], /line 8: .*sort the rows by t/],
        ["duplicate", (r) => [...r.slice(0, 7), r[6], ...r.slice(8)], /line 9: duplicate time/],
        ["missing", (r) => [...r.slice(0, 8), "0.8,,0.5", ...r.slice(9)], /line 10, column 5: .*missing/],
        [
          "non-numeric",
          (r) => [...r.slice(0, 9), "0.9,abc,0.5", ...r.slice(10)],
          /line 11, column 5: .*"abc"/,
        ],
        ["short", (r) => r.slice(0, 5), /only 5 samples \(data ends at line 6\)/],
      ];
      for (const [name, edit, message] of cases) {
        const file = join(dir, `${name}.csv`);
        writeFileSync(file, `t,x,y\n${edit(rows).join("\n")}\n`);
        const r = mechanist(["discover", "--data", file, "--json"]);
        expect(r.code, name).toBe(2);
        expect(r.stdout, name).toBe("");
        expect(r.stderr, name).toMatch(message);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("discover --data reads a CSV and --out writes results", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    try {
      const ds = loadDataset("damped-harmonic-oscillator", {}) as {
        t: number[];
        x: number[][];
        names: string[];
      };
      const file = join(dir, "osc.csv");
      writeFileSync(file, toCsv({ t: ds.t, x: ds.x, names: ds.names }));
      const out = join(dir, "out");
      const r = mechanist(["discover", "--data", file, "--out", out, "--quiet"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Discovered equations/);
      const saved = JSON.parse(readFileSync(join(out, "result.json"), "utf8"));
      expect(saved.equations).toHaveLength(2);
      expect(Number.isFinite(saved.loss)).toBe(true);
      expect(readFileSync(join(out, "equations.txt"), "utf8").trim().split("\n")).toEqual(saved.equations);
      const checkpoint = JSON.parse(readFileSync(join(out, "checkpoint.json"), "utf8"));
      expect(checkpoint).toBeTypeOf("object");
      for (const svg of ["simulation.svg", "losses.svg"])
        expect(readFileSync(join(out, svg), "utf8")).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
      // The checkpoint is the one --resume reads: resuming finishes without repeating rounds.
      const resumed = mechanist(["discover", "--data", file, "--out", out, "--resume", "--json", "--quiet"]);
      expect(resumed.code).toBe(0);
      expect(JSON.parse(resumed.stdout).equations).toEqual(saved.equations);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("datasets lists the systems", () => {
    const r = mechanist(["datasets"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/lorenz/);
  });
});
