import { mkdirSync, writeFileSync } from "node:fs";
import { disposeBackends, registerBackend, type SolveOptions, solveODE } from "@mechanist/neurlp";
import { createWebGPUBackend } from "../src/index.js";

/**
 * `pnpm bench`: forward and forward+backward solve times (median of reps) of the WebGPU backend
 * (Dawn on Mesa lavapipe — a CPU emulation of a GPU, so these are not GPU numbers) against the
 * cpu backend, and accuracy vs the Float64 cpu solution with 0/1/2 refinement sweeps.
 */
registerBackend("webgpu-df32", () => createWebGPUBackend({ name: "webgpu-df32", arithmetic: "df32" }), {
  priority: -1,
});
registerBackend("webgpu-f32", () => createWebGPUBackend({ name: "webgpu-f32", arithmetic: "f32" }), {
  priority: -1,
});

function problem(B: number, N: number) {
  // B damped oscillators u'' + c1 u' + c0 u = 0 (K = 3) with per-element coefficients, h = 0.01
  const coefficients = Array.from({ length: B }, (_, b) => [
    [[[1 + 0.5 * Math.sin(b), 0.1 + 0.05 * Math.cos(b), 1]]],
  ]);
  return {
    coefficients,
    rhs: [[[0]]],
    initial: Array.from({ length: B }, (_, b) => [[[Math.cos(b), 1]]]),
    steps: 0.01,
    nSteps: N,
  };
}

async function time(fn: () => Promise<unknown>, reps: number): Promise<number> {
  await fn(); // warm-up: pipeline compilation, buffer pool
  const ts: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn();
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)]!;
}

const rows: Array<Record<string, string | number>> = [];
const backends = ["cpu", "webgpu-df32", "webgpu-f32"];
for (const [B, N] of [
  [512, 128],
  [1, 1024],
  [1, 4096],
  [1, 16384],
] as const) {
  const x = problem(B, N);
  for (const backend of backends) {
    const opts: SolveOptions = { backend, smoothness: "central" };
    const reps = N >= 16384 ? 2 : 5;
    const fwd = await time(() => solveODE(x as never, opts), reps);
    const g = { shape: [B, N, 1, 3], data: new Float64Array(B * N * 3).fill(1) };
    const fb = await time(async () => (await solveODE(x as never, opts)).vjp(g), reps);
    rows.push({
      case: `B=${B} N=${N} K=3`,
      backend,
      forwardMs: +fwd.toFixed(1),
      forwardBackwardMs: +fb.toFixed(1),
    });
    console.log(rows[rows.length - 1]);
  }
}

const accuracy: Array<Record<string, string | number>> = [];
for (const N of [1000, 4096]) {
  const x = { coefficients: [[[[[1, 0, 1]]]]], rhs: [[[0]]], initial: [[[[0, 1]]]], steps: 0.01, nSteps: N };
  for (const sm of ["central", "continuous"] as const) {
    const ref = (await solveODE(x as never, { backend: "cpu", smoothness: sm })).u.data;
    let scale = 0;
    for (const v of ref) scale = Math.max(scale, Math.abs(v));
    for (const backend of ["webgpu-df32", "webgpu-f32"]) {
      for (const refine of [0, 1, 2]) {
        let rel: number | string;
        try {
          const u = (await solveODE(x as never, { backend, smoothness: sm, refine })).u.data;
          let e = 0;
          for (let i = 0; i < u.length; i++) e = Math.max(e, Math.abs(u[i]! - ref[i]!));
          rel = Number.isFinite(e) ? +(e / scale).toExponential(2) : "non-finite";
        } catch (err) {
          rel = `${(err as Error).name}`;
        }
        accuracy.push({ problem: `harmonic N=${N} h=0.01 ${sm}`, backend, refine, relErrVsFloat64: rel });
        console.log(accuracy[accuracy.length - 1]);
      }
    }
  }
}

await disposeBackends();
const machine = "2-core Debian 12 VM, Node 20, Mesa 25.0.7 lavapipe (llvmpipe, LLVM 15) via webgpu 0.6.2";
console.log(`\n${machine}\n| case | backend | forward ms | forward+backward ms |\n|---|---|---|---|`);
for (const r of rows) console.log(`| ${r.case} | ${r.backend} | ${r.forwardMs} | ${r.forwardBackwardMs} |`);
console.log("\n| problem | backend | refine | rel. error vs Float64 |\n|---|---|---|---|");
for (const a of accuracy) console.log(`| ${a.problem} | ${a.backend} | ${a.refine} | ${a.relErrVsFloat64} |`);
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/webgpu.json",
  JSON.stringify({ machine, date: new Date().toISOString(), timings: rows, accuracy }, null, 2),
);
process.exit(0);
