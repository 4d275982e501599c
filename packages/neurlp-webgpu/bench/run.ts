import { mkdirSync, writeFileSync } from "node:fs";
import { disposeBackends, registerBackend, type SolveOptions, solveODE } from "@mechanist/neurlp";
import { createWebGPUBackend, type WebGPUBackendOptions } from "../src/index.js";

/**
 * `pnpm bench`: forward and forward+backward times (medians) of the WebGPU backend — sequential
 * banded Cholesky vs block cyclic reduction, double-float — against the cpu backend in the same
 * run; first-call (pipeline compilation) times; accuracy vs the Float64 cpu solution with 0/1/2
 * refinement sweeps. Dawn on Mesa lavapipe is a CPU emulation of a GPU: these are not GPU numbers.
 * Bounded to a few minutes: BENCH_QUICK=1 drops N = 16384.
 */
// Cold compilation for the first-call row: Mesa's on-disk shader cache would otherwise make every
// run after the first look cheap (read before Dawn loads the driver, at the first device request).
process.env.MESA_SHADER_CACHE_DISABLE ??= "true";

const variants: Record<string, WebGPUBackendOptions> = {
  "webgpu-seq": { solver: "sequential" },
  "webgpu-cr": { solver: "cyclic-reduction" },
  "webgpu-seq-f32": { solver: "sequential", arithmetic: "f32" },
  "webgpu-cr-f32": { solver: "cyclic-reduction", arithmetic: "f32" },
};
for (const [name, o] of Object.entries(variants)) {
  registerBackend(name, () => createWebGPUBackend({ ...o, name }), { priority: -1 });
}

function oscillators(B: number, N: number) {
  // B damped oscillators u'' + c1 u' + c0 u = 0 (K = 3) with per-element coefficients, h = 0.01
  return {
    coefficients: Array.from({ length: B }, (_, b) => [
      [[[1 + 0.5 * Math.sin(b), 0.1 + 0.05 * Math.cos(b), 1]]],
    ]),
    rhs: [[[0]]],
    initial: Array.from({ length: B }, (_, b) => [[[Math.cos(b), 1]]]),
    steps: 0.01,
    nSteps: N,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/**
 * Medians of wall-clock and of process CPU time (user + sys, all threads: lavapipe's workers run
 * inside this process). The machine is shared, so wall-clock is noisy; CPU time is not inflated by
 * other jobs (but sums the work of parallel threads).
 */
async function time(fn: () => Promise<unknown>, reps: number): Promise<{ wall: number; cpu: number }> {
  await fn(); // warm-up: pipeline compilation, buffer pool
  const ts: number[] = [];
  const cs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn();
    ts.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cs.push((d.user + d.system) / 1000);
  }
  return { wall: median(ts), cpu: median(cs) };
}

const t0 = performance.now();
const quick = process.env.BENCH_QUICK === "1";

// First call on a fresh device: WGSL → SPIR-V → LLVM compilation of every pipeline of the path.
const firstCall: Array<Record<string, string | number>> = [];
for (const solver of ["sequential", "cyclic-reduction"] as const) {
  const name = `first-${solver}`;
  registerBackend(name, () => createWebGPUBackend({ name, solver }), { priority: -1 });
  const x = oscillators(1, 256);
  let t = performance.now();
  const sol = await solveODE(x, { backend: name });
  const first = performance.now() - t;
  t = performance.now();
  await sol.vjp({ shape: sol.u.shape, data: new Float64Array(sol.u.data.length).fill(1) });
  const firstVjp = performance.now() - t;
  t = performance.now();
  await solveODE(x, { backend: name });
  const second = performance.now() - t;
  firstCall.push({
    solver,
    firstForwardMs: Math.round(first),
    firstBackwardMs: Math.round(firstVjp),
    secondForwardMs: Math.round(second),
  });
  console.log(firstCall[firstCall.length - 1]);
}

const rows: Array<Record<string, string | number>> = [];
const shapes: Array<[number, number]> = [
  [512, 128],
  [1, 1024],
  [1, 4096],
  ...(quick ? [] : ([[1, 16384]] as Array<[number, number]>)),
];
for (const [B, N] of shapes) {
  const x = oscillators(B, N);
  for (const backend of ["cpu", "webgpu-seq", "webgpu-cr"]) {
    const opts: SolveOptions = { backend, smoothness: "central" };
    const reps = N >= 16384 ? 5 : 7;
    const g = { shape: [B, N, 1, 3], data: new Float64Array(B * N * 3).fill(1) };
    const fwd = await time(async () => (await solveODE(x, opts)).dispose(), reps);
    const fb = await time(async () => {
      const s = await solveODE(x, opts);
      await s.vjp(g);
      s.dispose();
    }, reps);
    rows.push({
      case: `B=${B} N=${N} K=3`,
      backend,
      forwardMs: +fwd.wall.toFixed(1),
      forwardBackwardMs: +fb.wall.toFixed(1),
      forwardCpuMs: +fwd.cpu.toFixed(1),
      forwardBackwardCpuMs: +fb.cpu.toFixed(1),
    });
    console.log(rows[rows.length - 1]);
  }
}

const accuracy: Array<Record<string, string | number>> = [];
const problems: Array<[string, Parameters<typeof solveODE>[0], "central" | "continuous"]> = [];
for (const N of [1000, 4096]) {
  const harmonic = {
    coefficients: [[[[[1, 0, 1]]]]],
    rhs: [[[0]]],
    initial: [[[[0, 1]]]],
    steps: 0.01,
    nSteps: N,
  };
  problems.push([`harmonic N=${N} h=0.01 central`, harmonic, "central"]);
  problems.push([`harmonic N=${N} h=0.01 continuous`, harmonic, "continuous"]);
}
problems.push([
  "exponential u'=0.23u N=1000 central",
  { coefficients: [[[[[-0.23, 1, 0]]]]], rhs: [[[0]]], initial: [[[[4.78]]]], steps: 0.01, nSteps: 1000 },
  "central",
]);
for (const [label, x, sm] of problems) {
  const ref = (await solveODE(x, { backend: "cpu", smoothness: sm })).u.data;
  let scale = 0;
  for (const v of ref) scale = Math.max(scale, Math.abs(v));
  for (const backend of ["webgpu-seq", "webgpu-cr", "webgpu-seq-f32", "webgpu-cr-f32"]) {
    for (const refine of [0, 1, 2]) {
      let rel: number | string;
      try {
        const u = (await solveODE(x, { backend, smoothness: sm, iterativeRefinement: refine })).u.data;
        let e = 0;
        for (let i = 0; i < u.length; i++) e = Math.max(e, Math.abs(u[i]! - ref[i]!));
        rel = Number.isFinite(e) ? +(e / scale).toExponential(2) : "non-finite";
      } catch (err) {
        rel = (err as Error).name;
      }
      accuracy.push({ problem: label, backend, refine, relErrVsFloat64: rel });
      console.log(accuracy[accuracy.length - 1]);
    }
  }
}

await disposeBackends();
const totalS = Math.round((performance.now() - t0) / 1000);
const machine =
  "2-core Debian 12 VM (shared with other jobs), Node 20, Mesa 25.0.7 lavapipe (llvmpipe, LLVM 15) via webgpu 0.6.2";
console.log(`\n${machine}; total ${totalS} s`);
console.log("\n| solver | first forward ms | first backward ms | second forward ms |\n|---|---|---|---|");
for (const r of firstCall)
  console.log(`| ${r.solver} | ${r.firstForwardMs} | ${r.firstBackwardMs} | ${r.secondForwardMs} |`);
console.log("\n| case | backend | forward ms (CPU ms) | forward+backward ms (CPU ms) |\n|---|---|---|---|");
for (const r of rows) {
  console.log(
    `| ${r.case} | ${r.backend} | ${r.forwardMs} (${r.forwardCpuMs}) | ${r.forwardBackwardMs} (${r.forwardBackwardCpuMs}) |`,
  );
}
console.log("\n| problem | backend | refine | rel. error vs Float64 |\n|---|---|---|---|");
for (const a of accuracy) console.log(`| ${a.problem} | ${a.backend} | ${a.refine} | ${a.relErrVsFloat64} |`);
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/webgpu.json",
  JSON.stringify(
    { machine, date: new Date().toISOString(), totalS, firstCall, timings: rows, accuracy },
    null,
    2,
  ),
);
process.exit(0);
