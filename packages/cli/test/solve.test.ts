import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dopri5 } from "@mechanist/datasets";
import { describe, expect, it } from "vitest";
import { parseGrid, parseInit } from "../src/equation/inputs.js";
import { mechanist } from "./run-cli.js";

function solveJson(args: string[]): { t: number[]; u: number[][]; backend: string; seconds: number } {
  const r = mechanist(["solve", ...args, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe("solve inputs", () => {
  it("reads --init and --t", () => {
    expect(parseInit("u=1, u'=-0.5,u''=2e-3", 3)).toEqual([1, -0.5, 0.002]);
    expect(parseInit("u^(1)=2,u=1", 2)).toEqual([1, 2]);
    expect(() => parseInit("u''=1", 2)).toThrow(/orders 0..1/);
    expect(() => parseInit("u'=1", 2)).toThrow(/order 0 is missing/);
    expect(() => parseInit("u=x", 2)).toThrow(/not of the form/);
    expect(parseGrid("0:10:0.01").t).toHaveLength(1001);
    const grid = parseGrid("1:2:0.3").t;
    expect(grid).toHaveLength(4);
    for (const [i, v] of grid.entries()) expect(v).toBeCloseTo(1 + 0.3 * i, 14);
    expect(parseGrid("0:1:0.1").t).toHaveLength(11);
    expect(() => parseGrid("0:1")).toThrow(/START:END:STEP/);
  });
});

describe("mechanist solve (subprocess)", () => {
  it("u'' + 0.3u' + 4u = 0 matches the closed form within 1e-3, with exactly the four JSON keys", () => {
    const out = solveJson(["u'' + 0.3u' + 4u = 0", "--init", "u=1,u'=0", "--t", "0:10:0.01"]);
    expect(Object.keys(out).sort()).toEqual(["backend", "seconds", "t", "u"]);
    expect(out.backend).toBe("cpu");
    expect(out.seconds).toBeGreaterThan(0);
    expect(out.t).toHaveLength(1001);
    expect(out.t[1000]).toBeCloseTo(10, 12);
    expect(out.u).toHaveLength(1001);
    for (const row of out.u) expect(row).toHaveLength(3);
    const w = Math.sqrt(4 - 0.0225);
    const exact = (s: number) => Math.exp(-0.15 * s) * (Math.cos(w * s) + (0.15 / w) * Math.sin(w * s));
    const err = Math.max(...out.t.map((s, i) => Math.abs(((out.u[i] as number[])[0] as number) - exact(s))));
    expect(err).toBeLessThan(1e-3);
  });
  it("u' + 2*t*u = 0 (time-varying coefficient) matches exp(−t²)", () => {
    const out = solveJson(["u' + 2*t*u = 0", "--init", "u=1", "--t", "0:3:0.001"]);
    const err = Math.max(
      ...out.t.map((s, i) => Math.abs(((out.u[i] as number[])[0] as number) - Math.exp(-s * s))),
    );
    expect(err).toBeLessThan(1e-3);
  });
  it("u''' + u' = sin(t) matches a dopri5 reference; --out writes the CSV", () => {
    const dir = mkdtempSync(join(tmpdir(), "mechanist-solve-"));
    try {
      const csv = join(dir, "sol.csv");
      const args = ["u''' + u' = sin(t)", "--init", "u=0,u'=1,u''=0", "--t", "0:10:0.01", "--out", csv];
      const out = solveJson(args);
      const ref = dopri5(
        (t, y, dy) => {
          dy[0] = y[1] as number;
          dy[1] = y[2] as number;
          dy[2] = Math.sin(t) - (y[1] as number);
        },
        [0, 1, 0],
        out.t,
        { rtol: 1e-10, atol: 1e-12 },
      );
      const err = Math.max(
        ...out.t.map((_, i) => Math.abs(((out.u[i] as number[])[0] as number) - (ref.y[i] as number[])[0]!)),
      );
      expect(err).toBeLessThan(1e-3);
      const lines = readFileSync(csv, "utf8").trim().split("\n");
      expect(lines[0]).toBe("t,u,du,d2u,d3u");
      expect(lines).toHaveLength(1002);
      const last = (lines[1001] as string).split(",").map(Number);
      expect(last[0]).toBeCloseTo(10, 10);
      expect(last[1]).toBeCloseTo((out.u[1000] as number[])[0] as number, 9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("prints a readable table without --json", () => {
    const r = mechanist(["solve", "u' + u = 0", "--init", "u=1", "--t", "0:1:0.01"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s+t\s+u\s+du$/m);
    expect(r.stdout).toMatch(/rows/);
  });
  it("warns on stderr when a grid too coarse misses the initial values", () => {
    const coarse = mechanist([
      "solve",
      "u'' + 0.3u' + 4u = 0",
      "--init",
      "u=1,u'=0",
      "--t",
      "0:10:2",
      "--json",
    ]);
    expect(coarse.code).toBe(0);
    expect(coarse.stderr).toMatch(/misses the initial values .*too coarse/);
    JSON.parse(coarse.stdout); // stdout stays exactly the JSON object
  });

  it("bad input exits with code 2 and a message on stderr", () => {
    const malformed = mechanist(["solve", "u'' + 0.3u' + 4u = (t", "--t", "0:1:0.1"]);
    expect(malformed.code).toBe(2);
    expect(malformed.stdout).toBe("");
    expect(malformed.stderr).toContain("u'' + 0.3u' + 4u = (t\n  " + " ".repeat(21) + "^");
    const nonlinear = mechanist(["solve", "u*u' = 0", "--t", "0:1:0.1"]);
    expect(nonlinear.code).toBe(2);
    expect(nonlinear.stderr).toMatch(/not linear/);
    expect(mechanist(["solve", "u' + u = 0", "--init", "u'=1", "--t", "0:1:0.1"]).code).toBe(2);
    expect(mechanist(["solve", "u' + u = 0", "--t", "0:1"]).code).toBe(2);
    const backend = mechanist(["solve", "u' + u = 0", "--t", "0:1:0.1", "--backend", "nosuch"]);
    expect(backend.code).toBe(2);
    expect(backend.stderr).toMatch(/registered backends: .*cpu/);
  });
});
