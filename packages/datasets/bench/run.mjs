// Benchmark: work–precision of RK4 (fixed steps) vs DOPRI5 (rtol sweep) on Lorenz and Van der Pol
// (error at the final time vs a tight DOPRI5 reference, f-evaluations, time), generation time of every
// registered dataset at its default settings, and KdV at the full LPSDA "KdV easy" configuration.
// Runs against the build (`pnpm bench` builds first).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dopri5, listDatasets, loadDataset, lorenz, rk4, vanDerPol } from "../dist/index.js";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const time = (fn, reps) => {
  fn(); // warm-up (JIT)
  const ms = [];
  let out;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    out = fn();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), out };
};

function workPrecision(system, T) {
  const f = system.rhs(system.defaultParams);
  const x0 = system.defaultX0;
  const ref = dopri5(f, x0, [0, T], { rtol: 1e-14, atol: 1e-14, maxSteps: 1e7 }).x[1];
  const errOf = (y) => Math.max(...y.map((v, i) => Math.abs(v - ref[i])));
  const rows = [];
  for (const dt of [0.01, 0.005, 0.0025, 0.001, 0.0005]) {
    const { ms, out } = time(() => rk4(f, x0, { t0: 0, t1: T, dt }), 7);
    rows.push({
      method: "rk4",
      setting: `dt=${dt}`,
      nfev: out.nfev,
      maxAbsError: errOf(out.x.at(-1)),
      medianMs: ms,
    });
  }
  for (const tol of [1e-4, 1e-6, 1e-8, 1e-10, 1e-12]) {
    const { ms, out } = time(() => dopri5(f, x0, [0, T], { rtol: tol, atol: tol * 1e-2, maxSteps: 1e7 }), 7);
    rows.push({
      method: "dopri5",
      setting: `rtol=${tol.toExponential(0)}, atol=${(tol * 1e-2).toExponential(0)}`,
      nfev: out.nfev,
      maxAbsError: errOf(out.x.at(-1)),
      medianMs: ms,
    });
  }
  const header = `${system.name} (${JSON.stringify(system.defaultParams)}), x0=(${x0.join(",")}), t ∈ [0, ${T}]; error at t=${T} vs DOPRI5 rtol=atol=1e-14`;
  console.log(header);
  console.table(
    rows.map((r) => ({ ...r, maxAbsError: r.maxAbsError.toExponential(2), medianMs: r.medianMs.toFixed(2) })),
  );
  return { system: system.name, params: system.defaultParams, x0, T, rows };
}

const precision = [workPrecision(lorenz, 5), workPrecision(vanDerPol, 20)];

// Every registered dataset at its defaults (ODE: DOPRI5 rtol 1e-10 on the default grid; PDE: one trajectory).
const generation = [];
for (const d of listDatasets()) {
  const reps = d.kind === "pde" ? 3 : 5;
  const { ms, out } = time(() => loadDataset(d.name, d.kind === "pde" ? { seed: 0 } : {}), reps);
  const shape =
    d.kind === "pde" ? `${out.u.length}×${out.u[0].length}` : `${out.t.length}×${out.names.length}`;
  generation.push({ name: d.name, kind: d.kind, shape, reps, medianMs: ms });
}
console.log("Generation at default settings (median; shape = times × variables, or frames × points)");
console.table(generation.map((g) => ({ ...g, medianMs: g.medianMs.toFixed(1) })));

const machine = `${os.cpus().length}-core ${os.type()} ${os.release()}, Node ${process.version}`;
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/datasets.json",
  `${JSON.stringify({ machine, date: new Date().toISOString(), workPrecision: precision, generation }, null, 2)}\n`,
);
console.log(`wrote bench-results/datasets.json (${machine})`);
