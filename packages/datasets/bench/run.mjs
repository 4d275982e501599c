// Benchmark: RK4 vs DOPRI5 on Lorenz (accuracy vs f-evaluations and time) and KdV generation at the
// full LPSDA "KdV easy" configuration. Runs against the build (`pnpm bench` builds first).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dopri5, generateKdv, lorenz, rk4 } from "../dist/index.js";

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

const f = lorenz.rhs(lorenz.defaultParams);
const T = 5;
const ref = dopri5(f, [1, 1, 1], [0, T], { rtol: 1e-14, atol: 1e-14, maxSteps: 1e7 }).y[1];
const errOf = (y) => Math.max(...y.map((v, i) => Math.abs(v - ref[i])));

const rows = [];
for (const dt of [0.01, 0.005, 0.0025, 0.001, 0.0005]) {
  const { ms, out } = time(() => rk4(f, [1, 1, 1], { t0: 0, t1: T, dt }), 7);
  rows.push({
    method: "rk4",
    setting: `dt=${dt}`,
    nfev: out.nfev,
    maxAbsError: errOf(out.y.at(-1)),
    medianMs: ms,
  });
}
for (const tol of [1e-4, 1e-6, 1e-8, 1e-10, 1e-12]) {
  const { ms, out } = time(
    () => dopri5(f, [1, 1, 1], [0, T], { rtol: tol, atol: tol * 1e-2, maxSteps: 1e7 }),
    7,
  );
  rows.push({
    method: "dopri5",
    setting: `rtol=${tol}`,
    nfev: out.nfev,
    maxAbsError: errOf(out.y.at(-1)),
    medianMs: ms,
  });
}
console.log(
  `Lorenz (σ=10, ρ=28, β=8/3), x0=(1,1,1), t ∈ [0, ${T}]; error at t=${T} vs DOPRI5 rtol=atol=1e-14`,
);
console.table(
  rows.map((r) => ({ ...r, maxAbsError: r.maxAbsError.toExponential(2), medianMs: r.medianMs.toFixed(2) })),
);

const gen = time(() => lorenz.generate(), 5);
console.log(
  `lorenz.generate() default (10 001 points, t ∈ [0, 100], rtol 1e-10): median ${gen.ms.toFixed(1)} ms`,
);

const kdv = time(() => generateKdv({ seed: 0 }), 5);
const kdvRow = {
  config: "LPSDA KdV easy: L=128±10%, nx=256, nt=250 (last 140 kept), T=50±10%, hMax=0.02",
  medianMs: kdv.ms,
  frames: kdv.out.u.length,
  points: kdv.out.u[0].length,
};
console.log(`KdV generation (${kdvRow.config}): median ${kdv.ms.toFixed(0)} ms per trajectory`);

const machine = `${os.cpus().length}-core ${os.type()} ${os.release()}, Node ${process.version}`;
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/datasets.json",
  `${JSON.stringify({ machine, date: new Date().toISOString(), lorenz: rows, lorenzGenerateMs: gen.ms, kdv: kdvRow }, null, 2)}\n`,
);
console.log(`wrote bench-results/datasets.json (${machine})`);
