/**
 * Robustness matrix of `discover()` with its default settings (nothing tuned per system): systems, parameter
 * sets, initial states, sampling intervals and lengths × noise {0, 1%} × two library degrees. Measures true terms
 * found, spurious terms, the worst relative coefficient error and the wall time.
 * Prints a markdown table and writes bench-results/robustness.json (ROBUSTNESS_OUT overrides the file name).
 * Run: pnpm bench:robustness   (CASES=<substring> filters the configurations, NOISE=0|0.01 the noise level)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadDataset } from "@mechanist/datasets";
import { compareToTruth, discover } from "../src/index.js";

interface Config {
  label: string;
  system: string;
  /** Two library degrees: the smallest that contains the truth and one more (or 2 and 3). */
  degrees: [number, number];
  options: { params?: Record<string, number>; x0?: number[]; dt?: number; t1?: number };
}

export const configs: Config[] = [
  { label: "Lorenz default, t≤20", system: "lorenz", degrees: [2, 3], options: { t1: 20 } },
  {
    label: "Lorenz ρ=20 σ=8 x0=(−5,3,15) dt=0.005 t≤30",
    system: "lorenz",
    degrees: [2, 3],
    options: { params: { rho: 20, sigma: 8 }, x0: [-5, 3, 15], dt: 0.005, t1: 30 },
  },
  {
    label: "Lorenz ρ=35 β=2 x0=(2,−1,20) dt=0.02 t≤40",
    system: "lorenz",
    degrees: [2, 3],
    options: { params: { rho: 35, beta: 2 }, x0: [2, -1, 20], dt: 0.02, t1: 40 },
  },
  { label: "Rössler default dt=0.02 t≤100", system: "rossler", degrees: [2, 3], options: { dt: 0.02 } },
  {
    label: "Rössler a=0.1 c=4 x0=(2,0,0) dt=0.01 t≤60",
    system: "rossler",
    degrees: [2, 3],
    options: { params: { a: 0.1, c: 4 }, x0: [2, 0, 0], dt: 0.01, t1: 60 },
  },
  { label: "Van der Pol default", system: "van-der-pol", degrees: [3, 4], options: {} },
  {
    label: "Van der Pol μ=2 dt=0.02 t≤40",
    system: "van-der-pol",
    degrees: [3, 4],
    options: { params: { mu: 2 }, dt: 0.02, t1: 40 },
  },
  {
    label: "Van der Pol μ=0.5 x0=(0.5,1) dt=0.002 t≤10",
    system: "van-der-pol",
    degrees: [3, 4],
    options: { params: { mu: 0.5 }, x0: [0.5, 1], dt: 0.002, t1: 10 },
  },
  { label: "Lotka–Volterra default", system: "lotka-volterra", degrees: [2, 3], options: {} },
  {
    label: "Lotka–Volterra α=0.7 γ=1 x0=(4,8) dt=0.02 t≤40",
    system: "lotka-volterra",
    degrees: [2, 3],
    options: { params: { alpha: 0.7, gamma: 1 }, x0: [4, 8], dt: 0.02, t1: 40 },
  },
  { label: "Duffing unforced default", system: "duffing", degrees: [3, 4], options: {} },
  {
    label: "Duffing δ=0.1 x0=(−1.5,0) dt=0.02 t≤40",
    system: "duffing",
    degrees: [3, 4],
    options: { params: { delta: 0.1 }, x0: [-1.5, 0], dt: 0.02, t1: 40 },
  },
  { label: "Damped oscillator default", system: "damped-harmonic-oscillator", degrees: [2, 3], options: {} },
  {
    label: "Damped oscillator k=2 c=0.2 x0=(1,0) dt=0.002 t≤8",
    system: "damped-harmonic-oscillator",
    degrees: [2, 3],
    options: { params: { k: 2, c: 0.2 }, x0: [1, 0], dt: 0.002, t1: 8 },
  },
];

export interface Row {
  case: string;
  noise: number;
  degree: number;
  samples: number;
  found: string;
  missing: string[];
  spurious: number;
  maxSpurious: number;
  maxErrorPct: number;
  wallTimeS: number;
  pass: boolean;
  equations: string[];
}

async function main(): Promise<void> {
  const only = process.env.CASES?.toLowerCase();
  const noiseFilter = process.env.NOISE === undefined ? null : Number(process.env.NOISE);
  const rows: Row[] = [];
  console.log(
    "| case | noise | degree | samples | true terms found | spurious | max error | wall time | target |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const c of configs) {
    if (only && !c.label.toLowerCase().includes(only)) continue;
    for (const noise of [0, 0.01]) {
      if (noiseFilter !== null && noise !== noiseFilter) continue;
      for (const degree of c.degrees) {
        const ds = loadDataset(c.system, { ...c.options, noise, seed: 1 }) as {
          t: number[];
          x: number[][];
          names: string[];
          trueEquations: Record<string, Record<string, number>>;
        };
        const r = await discover({ t: ds.t, y: ds.x }, { variables: ds.names, degree });
        const cmp = compareToTruth(r.variables, r.terms, r.coefficients, ds.trueEquations);
        const tolerance = noise === 0 ? 0.02 : 0.05;
        const row: Row = {
          case: c.label,
          noise,
          degree,
          samples: ds.t.length,
          found: `${cmp.terms.length - cmp.missing.length}/${cmp.terms.length}`,
          missing: cmp.missing,
          spurious: cmp.spurious.length,
          maxSpurious: Math.max(0, ...cmp.spurious.map((q) => Math.abs(q.coefficient))),
          maxErrorPct: cmp.maxRelativeError * 100,
          wallTimeS: r.wallTimeMs / 1000,
          pass: cmp.missing.length === 0 && cmp.spurious.length === 0 && cmp.maxRelativeError <= tolerance,
          equations: r.equations,
        };
        rows.push(row);
        const err = Number.isFinite(row.maxErrorPct) ? `${row.maxErrorPct.toFixed(2)}%` : "missing";
        console.log(
          `| ${row.case} | ${noise * 100}% | ${degree} | ${row.samples} | ${row.found} | ${row.spurious}${row.spurious ? ` (max ${row.maxSpurious.toPrecision(2)})` : ""} | ${err} | ${row.wallTimeS.toFixed(1)} s | ${row.pass ? "ok" : "**FAIL**"} |`,
        );
      }
    }
  }
  const passed = rows.filter((r) => r.pass).length;
  const totalTime = rows.reduce((s, r) => s + r.wallTimeS, 0);
  console.log(
    `\n${passed}/${rows.length} cases meet the targets; total discovery time ${totalTime.toFixed(0)} s`,
  );
  mkdirSync("bench-results", { recursive: true });
  const file = process.env.ROBUSTNESS_OUT ?? "bench-results/robustness.json";
  writeFileSync(
    file,
    `${JSON.stringify({ machine: "2-core Debian 12 VM, Node 20 (shared with other jobs)", passed, total: rows.length, rows }, null, 2)}\n`,
  );
}

await main();
