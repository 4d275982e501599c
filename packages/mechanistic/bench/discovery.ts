/**
 * Full-scale discovery results for the README: every system at its datasets default size, clean and with
 * 1% noise, plus robustness cases; MNN discovery against plain SINDy (STLSQ on finite differences).
 * Prints a table and writes bench-results/discovery.json. Run: pnpm bench
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadDataset } from "@mechanist/datasets";
import { compareToTruth, discover, sindy } from "../src/index.js";

interface Case {
  label: string;
  system: string;
  degree: number;
  noise: number;
  options?: Record<string, unknown>;
}

const cases: Case[] = [];
for (const noise of [0, 0.01]) {
  cases.push({ label: "Lorenz", system: "lorenz", degree: 2, noise });
  cases.push({ label: "Van der Pol", system: "van-der-pol", degree: 3, noise });
  cases.push({ label: "Lotka–Volterra", system: "lotka-volterra", degree: 2, noise });
  cases.push({ label: "Damped oscillator", system: "damped-harmonic-oscillator", degree: 2, noise });
}
cases.push({ label: "Lorenz, degree 3", system: "lorenz", degree: 3, noise: 0 });
cases.push({ label: "Lorenz, degree 3", system: "lorenz", degree: 3, noise: 0.01 });
cases.push({
  label: "Lorenz ρ=20 σ=8, x0=(−5,3,15), dt=0.005",
  system: "lorenz",
  degree: 2,
  noise: 0.01,
  options: { params: { rho: 20, sigma: 8 }, x0: [-5, 3, 15], dt: 0.005, t1: 30 },
});
cases.push({
  label: "Van der Pol μ=2, dt=0.02",
  system: "van-der-pol",
  degree: 3,
  noise: 0.01,
  options: { params: { mu: 2 }, dt: 0.02, t1: 40 },
});
const only = process.env.CASES;

const rows: Array<Record<string, unknown>> = [];
for (const c of cases) {
  if (only && !c.label.toLowerCase().includes(only.toLowerCase())) continue;
  const ds = loadDataset(c.system, { ...(c.options ?? {}), noise: c.noise, seed: 1 }) as {
    t: number[];
    x: number[][];
    names: string[];
    trueEquations: Record<string, Record<string, number>>;
  };
  const r = await discover(ds, { degree: c.degree });
  const cmp = compareToTruth(r.variables, r.terms, r.coefficients, ds.trueEquations);
  const s = sindy([ds], { degree: c.degree });
  const scmp = compareToTruth(r.variables, r.terms, s.model.coefficients, ds.trueEquations);
  const row = {
    case: c.label,
    noise: c.noise,
    samples: ds.t.length,
    degree: c.degree,
    found: `${cmp.terms.length - cmp.missing.length}/${cmp.terms.length}`,
    maxErrorPct: cmp.maxRelativeError * 100,
    spurious: cmp.spurious.length,
    maxSpurious: Math.max(0, ...cmp.spurious.map((q) => Math.abs(q.coefficient))),
    wallTimeS: r.wallTimeMs / 1000,
    sindyMaxErrorPct: scmp.maxRelativeError * 100,
    sindySpurious: scmp.spurious.length,
    equations: r.equations,
  };
  rows.push(row);
  console.log(
    `| ${row.case} | ${(c.noise * 100).toFixed(0)}% | ${row.samples} | ${row.degree} | ${row.found} | ${row.maxErrorPct.toFixed(3)}% | ${row.spurious} | ${row.wallTimeS.toFixed(1)} s | ${row.sindyMaxErrorPct.toFixed(2)}% / ${row.sindySpurious} |`,
  );
}
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/discovery.json",
  `${JSON.stringify({ machine: "2-core Debian 12 VM, Node 20", rows }, null, 2)}\n`,
);
