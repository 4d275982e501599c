import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dopri5 } from "@mechanist/datasets";
import { describe, expect, it } from "vitest";
import { parseGrid, parseInit } from "../src/equation/inputs.js";
import { main } from "../src/main.js";
import { mechanist, sink } from "./run-cli.js";

/** The CLI in this process (for error paths: no subprocess start-up per case). */
async function inProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const [out, err] = [sink(), sink()];
  const code = await main(args, out, err);
  return { code, stdout: out.text, stderr: err.text };
}

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
    expect(() => parseInit("u=x", 2)).toThrow(/value of u, "x", is not a finite decimal number/);
    expect(() => parseInit("u=0,u'=1e309", 2)).toThrow(/value of u', "1e309", is not a finite/);
    expect(() => parseInit("v=1", 2)).toThrow(/not of the form/);
    expect(() => parseInit("u=1=2", 2)).toThrow(/not of the form/);
    expect(parseGrid("0:10:0.01").t).toHaveLength(1001);
    const grid = parseGrid("1:2:0.3").t;
    expect(grid).toHaveLength(4);
    for (const [i, v] of grid.entries()) expect(v).toBeCloseTo(1 + 0.3 * i, 14);
    expect(parseGrid("0:1:0.1").t).toHaveLength(11);
    expect(() => parseGrid("0:1")).toThrow(/START:END:STEP/);
  });
});

const W = Math.sqrt(4 - 0.0225);
const oscillator = (s: number) => Math.exp(-0.15 * s) * (Math.cos(W * s) + (0.15 / W) * Math.sin(W * s));
function maxError(
  out: { t: number[]; u: number[][] },
  exact: (t: number) => number,
  relative = false,
): number {
  return Math.max(
    ...out.t.map((s, i) => {
      const e = Math.abs(((out.u[i] as number[])[0] as number) - exact(s));
      return relative ? e / Math.abs(exact(s)) : e;
    }),
  );
}

describe("mechanist solve with defaults (the fourth-order scheme)", () => {
  it("u'' + 0.3u' + 4u = 0 (u=1, u'=0) at h = 0.01 within 1e-6, observed order ≥ 3.5 from h = 0.02", () => {
    const at = (h: number) =>
      maxError(solveJson(["u'' + 0.3u' + 4u = 0", "--init", "u=1,u'=0", "--t", `0:10:${h}`]), oscillator);
    const fine = at(0.01);
    const coarse = at(0.02);
    expect(fine).toBeLessThan(1e-6);
    expect(Math.log2(coarse / fine)).toBeGreaterThanOrEqual(3.5);
  });
  it("u' - u = 0 on [0, 10] at h = 0.01 within 1e-5 relative everywhere", () => {
    const out = solveJson(["u' - u = 0", "--init", "u=1", "--t", "0:10:0.01"]);
    expect(out.t).toHaveLength(1001);
    expect(maxError(out, Math.exp, true)).toBeLessThan(1e-5);
  });
  it("u' + 2*t*u = 0 on [0, 2] within 1e-7", () => {
    const out = solveJson(["u' + 2*t*u = 0", "--init", "u=1", "--t", "0:2:0.01"]);
    expect(maxError(out, (s) => Math.exp(-s * s))).toBeLessThan(1e-7);
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
        ...out.t.map((_, i) => Math.abs(((out.u[i] as number[])[0] as number) - (ref.x[i] as number[])[0]!)),
      );
      expect(err).toBeLessThan(1e-3);
      const lines = readFileSync(csv, "utf8").trim().split("\n");
      expect(lines[0]).toBe("t,u,du,d2u,d3u");
      expect(lines).toHaveLength(1002);
      // Every value round-trips exactly: the CSV holds the doubles --json prints, not a rounding of them.
      const rows = lines.slice(1).map((l) => l.split(",").map(Number));
      expect(rows.map((r) => r[0])).toEqual(out.t);
      expect(rows.map((r) => r.slice(1))).toEqual(out.u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("--out FILE.json holds what --json prints; other extensions exit 2 before solving", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mechanist-solve-"));
    try {
      const args = ["solve", "u' + u = 0", "--init", "u=1", "--t", "0:1:0.1"];
      const file = join(dir, "sol.json");
      const r = await inProcess([...args, "--json", "--out", file]);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(file, "utf8")).toBe(r.stdout);
      const bad = await inProcess([...args, "--out", join(dir, "sol.npy")]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/unsupported extension "\.npy"; use \.csv .* or \.json/);
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
  it("a solve that misses its initial values or the equation exits 2 with what to change", async () => {
    // the published rows on a growing solution: u(10) = 177 instead of e^10, u(0) dragged from 1
    const growing = await inProcess([
      "solve",
      "u' - u = 0",
      "--init",
      "u=1",
      "--t",
      "0:10:0.01",
      "--scheme",
      "published",
    ]);
    expect(growing.code).toBe(2);
    expect(growing.stdout).toBe("");
    expect(growing.stderr).toMatch(
      /misses the initial values by 0\.\d+ \(relative; tolerance 0\.001\).*drop --scheme published/,
    );
    // a grid far too coarse for either scheme
    for (const scheme of ["high", "published"]) {
      const coarse = await inProcess([
        "solve",
        "u'' + 0.3u' + 4u = 0",
        "--init",
        "u=1,u'=0",
        "--t",
        "0:10:2",
        "--scheme",
        scheme,
      ]);
      expect(coarse.code).toBe(2);
      expect(coarse.stderr).toMatch(/misses the (initial values|equation) by .*smaller STEP in --t/);
    }
  });
  it("equations whose exact solution makes a term vanish everywhere (polynomial solutions) solve, on both schemes", async () => {
    // u' = 0, u'' = 0, u''' = 0: the derivative terms are exactly zero, so the solution's rounding noise is all
    // there is to measure; the gate must judge it against the solution's size, not against the noise itself.
    const cases = [
      { eq: "u' = 0", init: "u=1", exact: () => 1 },
      { eq: "2*u' = 0*u", init: "u=-5", exact: () => -5 },
      { eq: "u'' = 0", init: "u=0,u'=1", exact: (t: number) => t },
      { eq: "u'' = 0", init: "u=3,u'=0", exact: () => 3 },
      { eq: "u''' = 0", init: "u=0,u'=0,u''=2", exact: (t: number) => t * t },
    ];
    for (const scheme of ["high", "published"])
      for (const c of cases) {
        const r = await inProcess([
          "solve",
          c.eq,
          "--init",
          c.init,
          "--t",
          "0:2:0.05",
          "--scheme",
          scheme,
          "--json",
        ]);
        expect(`${c.eq} ${scheme}: ${r.stderr}`).toBe(`${c.eq} ${scheme}: `);
        const out = JSON.parse(r.stdout) as { t: number[]; u: number[][] };
        const miss = Math.max(...out.t.map((t, i) => Math.abs(out.u[i]![0]! - c.exact(t))));
        expect(miss).toBeLessThan(1e-9);
      }
  });
  it("--scheme published keeps the papers' rows (3.27e-4 on the oscillator at h = 0.01)", () => {
    const out = solveJson([
      "u'' + 0.3u' + 4u = 0",
      "--init",
      "u=1,u'=0",
      "--t",
      "0:10:0.01",
      "--scheme",
      "published",
    ]);
    expect(maxError(out, oscillator)).toBeCloseTo(3.27e-4, 6);
  });
  it("the default scheme needs all initial values and rejects --smoothness (exit 2)", async () => {
    const noInit = await inProcess(["solve", "u'' + u = 0", "--init", "u=1", "--t", "0:1:0.1"]);
    expect(noInit.code).toBe(2);
    expect(noInit.stderr).toMatch(/give --init for u, u'.*--scheme published/);
    const sm = await inProcess([
      "solve",
      "u' + u = 0",
      "--init",
      "u=1",
      "--t",
      "0:1:0.1",
      "--smoothness",
      "continuous",
    ]);
    expect(sm.code).toBe(2);
    expect(sm.stderr).toMatch(/--scheme published/);
    const rk4 = await inProcess([
      "solve",
      "u' + u = 0",
      "--init",
      "u=1",
      "--t",
      "0:1:0.1",
      "--scheme",
      "rk4",
    ]);
    expect(rk4.code).toBe(2);
    // without initial values the published least-squares solve still runs
    const noIv = await inProcess(["solve", "u' + u = 1", "--t", "0:1:0.1", "--scheme", "published"]);
    expect(noIv.code).toBe(0);
  });

  it("bad input exits with code 2 and a message on stderr", () => {
    const malformed = mechanist(["solve", "u'' + 0.3u' + 4u = (t", "--t", "0:1:0.1"]);
    expect(malformed.code).toBe(2);
    expect(malformed.stdout).toBe("");
    expect(malformed.stderr).toContain(`u'' + 0.3u' + 4u = (t\n  ${" ".repeat(21)}^`);
    const nonlinear = mechanist(["solve", "u*u' = 0", "--t", "0:1:0.1"]);
    expect(nonlinear.code).toBe(2);
    expect(nonlinear.stderr).toMatch(/not linear/);
    expect(mechanist(["solve", "u' + u = 0", "--init", "u'=1", "--t", "0:1:0.1"]).code).toBe(2);
    expect(mechanist(["solve", "u' + u = 0", "--t", "0:1"]).code).toBe(2);
    const backend = mechanist(["solve", "u' + u = 0", "--t", "0:1:0.1", "--backend", "nosuch"]);
    expect(backend.code).toBe(2);
    expect(backend.stderr).toMatch(
      /--backend: unknown backend "nosuch".*registered: cpu.*npm i @mechanist\/neurlp-nosuch/,
    );
  });
});
