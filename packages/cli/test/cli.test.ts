import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDataset, toCsv } from "@mechanist/datasets";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
function mechanist(args: string[]) {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "--conditions", "source", join(root, "src/bin.ts"), ...args],
    { cwd: root, encoding: "utf8" },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

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
    expect(out.losses.length).toBeGreaterThan(1);
    expect(out.score).toBeGreaterThan(0.999);
    expect(out.wallTimeMs).toBeGreaterThan(0);
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
      const r = mechanist(["discover", "--data", file, "--out", join(dir, "out"), "--quiet"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Discovered equations/);
      const saved = JSON.parse(readFileSync(join(dir, "out", "results.json"), "utf8"));
      expect(saved.equations).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("solve prints the trajectory of u'' + 0.3u' + 4u = 0", () => {
    const r = mechanist([
      "solve",
      "--coefficients",
      "4,0.3,1",
      "--initial",
      "1,0",
      "--steps",
      "0.01",
      "--n",
      "201",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const { t, u } = JSON.parse(r.stdout);
    const w = Math.sqrt(4 - 0.0225);
    const exact = (s: number) => Math.exp(-0.15 * s) * (Math.cos(w * s) + (0.15 / w) * Math.sin(w * s));
    t.forEach((s: number, i: number) => {
      expect(Math.abs(u[i][0] - exact(s))).toBeLessThan(1e-3);
    });
  });
  it("datasets lists the systems", () => {
    const r = mechanist(["datasets"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/lorenz/);
  });
});
