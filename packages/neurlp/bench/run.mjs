// NeuRLP benchmarks: scaling in N (time, memory), block vs dense, accuracy vs step size (with RK4),
// throughput at the discovery size, per-call overhead of the entry points. Runs the built package (`pnpm bench` builds first).
// Prints markdown tables and writes bench-results/neurlp.json. Medians of ≥ 5 runs after a warm-up.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import {
  allocatedBufferBytes,
  clearBufferPool,
  prepareODE,
  solveODE,
  terminateWorkers,
} from "../dist/index.js";
import { solveDense } from "../dist/reference/index.js";
import { overheadSection } from "./overhead.mjs";
import { loglogSlope, rand } from "./stats.mjs";

const RUNS = 5;
const quick = process.argv.includes("--quick");
// `--only=3` (or `--only=1,2`) runs a subset of the sections and writes neurlp-only-<sections>.json
const onlyArg = process.argv.find((a) => a.startsWith("--only="));
const only = onlyArg ? new Set(onlyArg.slice(7).split(",")) : null;
const section = (n) => !only || only.has(String(n));
const gc = globalThis.gc ?? (() => {});

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/**
 * Median wall-clock and CPU (user + system, this thread) milliseconds. At least `runs` runs, more for
 * fast cases (up to ~0.5 s or 50 runs), after one warm-up run (JIT, buffer pool). On a shared machine
 * the CPU time is the steadier number for single-thread work; wall time is what a user waits.
 */
async function timeIt(fn, runs = RUNS) {
  const w0 = performance.now();
  await fn();
  const first = performance.now() - w0;
  const n = Math.max(runs, Math.min(50, Math.ceil(500 / Math.max(first, 1e-3))));
  const wall = [];
  const cpu = [];
  for (let i = 0; i < n; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  return { wall: median(wall), cpu: median(cpu), runs: n };
}

/** B coupled systems of D first-order ODEs padded to K = 3, time-varying coefficients, h = 0.01. */
function problem(B, N, D, seed = 1) {
  const K = 3;
  const r = rand(seed);
  const c = new Float64Array(B * N * D * D * K);
  for (let i = 0; i < B * N; i++) {
    for (let e = 0; e < D; e++) {
      for (let d = 0; d < D; d++) {
        const o = ((i * D + e) * D + d) * K;
        if (d === e) {
          c[o] = 0.5 + 0.2 * r();
          c[o + 1] = 1;
        } else c[o] = 0.1 * (r() - 0.5);
      }
    }
  }
  return {
    coefficients: { shape: [B, N, D, D, K], data: c },
    rhs: { shape: [B, N, D], data: new Float64Array(B * N * D).map(() => r() - 0.5) },
    initial: { shape: [B, 1, D, 2], data: new Float64Array(B * D * 2).map(() => r()) },
    steps: 0.01,
  };
}

const fmt = (x, d = 2) => (x === null || x === undefined ? "–" : Number(x).toFixed(d));
const results = {
  machine: {
    description: "2-core Debian 12 VM, Node 20",
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    loadavgAtStart: loadavg(),
  },
  scaling: [],
  dense: [],
  accuracy: [],
  throughput: [],
  overhead: null,
};

// ---------------------------------------------------------------------------------------------
// (1) time and memory vs N
const Ns = quick ? [32, 128, 512] : [32, 128, 512, 2048, 8192];
const MAX_BAND_BYTES = 600 * 2 ** 20;
const MAX_WORK = 4e9; // B·N·n³ above this is skipped as too slow for a benchmark run
if (section(1)) {
  console.log("\n## (1) Forward time and memory vs N (K = 3, central rows, Float64, single thread)\n");
  console.log(
    "| B | D | N | forward ms (wall / cpu) | fwd+bwd ms (wall / cpu) | band MB (analytic) | allocated MB (measured) |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const D of [1, 3]) {
    for (const B of [1, 64, 512]) {
      for (const N of Ns) {
        const n = 3 * D;
        const bandBytes = B * N * n * 3 * n * 8;
        if (bandBytes > MAX_BAND_BYTES || B * N * n ** 3 > MAX_WORK) {
          results.scaling.push({
            B,
            D,
            N,
            skipped: bandBytes > MAX_BAND_BYTES ? "band > 600 MB" : "too slow",
          });
          console.log(
            `| ${B} | ${D} | ${N} | skipped (${bandBytes > MAX_BAND_BYTES ? "band > 600 MB" : "too slow"}) | | | |`,
          );
          continue;
        }
        const inputs = problem(B, N, D);
        const g = { shape: [B, N, D, 3], data: new Float64Array(B * N * D * 3).fill(1) };
        const fwd = await timeIt(async () => (await solveODE(inputs)).dispose());
        const both = await timeIt(async () => {
          const s = await solveODE(inputs);
          await s.vjp(g);
          s.dispose();
        });
        // memory: bytes of band, factor and vectors one forward allocates with an empty buffer pool
        clearBufferPool();
        gc();
        const before = allocatedBufferBytes();
        const held = await solveODE(inputs);
        const allocMB = (allocatedBufferBytes() - before) / 2 ** 20;
        held.dispose();
        const row = {
          B,
          D,
          N,
          forwardMs: fwd.wall,
          forwardCpuMs: fwd.cpu,
          forwardBackwardMs: both.wall,
          forwardBackwardCpuMs: both.cpu,
          runs: fwd.runs,
          bandMB: bandBytes / 2 ** 20,
          allocatedMB: allocMB,
        };
        results.scaling.push(row);
        console.log(
          `| ${B} | ${D} | ${N} | ${fmt(fwd.wall)} / ${fmt(fwd.cpu)} | ${fmt(both.wall)} / ${fmt(both.cpu)} | ${fmt(row.bandMB, 1)} | ${fmt(allocMB, 1)} |`,
        );
      }
    }
  }
  console.log(
    "\nFitted log-log exponent of forward CPU time and allocated memory vs N (N ≥ 128; 1 = linear):\n",
  );
  console.log("| B | D | time exponent | memory exponent |");
  console.log("|---|---|---|---|");
  results.exponents = [];
  for (const D of [1, 3]) {
    for (const B of [1, 64, 512]) {
      const pts = results.scaling.filter((r) => r.B === B && r.D === D && r.forwardMs && r.N >= 128);
      if (pts.length < 2) continue;
      const e = loglogSlope(
        pts.map((p) => p.N),
        pts.map((p) => p.forwardCpuMs),
      );
      const m = loglogSlope(
        pts.map((p) => p.N),
        pts.map((p) => Math.max(p.allocatedMB, 1e-6)),
      );
      results.exponents.push({ B, D, timeExponent: e, memoryExponent: m, Ns: pts.map((p) => p.N) });
      console.log(`| ${B} | ${D} | ${fmt(e)} | ${fmt(m)} |`);
    }
  }

  // block vs dense reference (B = 1)
  console.log("\n## Block-banded vs dense reference (B = 1, forward, ms)\n");
  console.log("| D | N | unknowns | block ms (cpu) | dense ms (cpu) | max abs diff |");
  console.log("|---|---|---|---|---|---|");
  for (const D of [1, 3]) {
    for (const N of [32, 128, 512]) {
      const size = N * D * 3;
      if (size > 2000) {
        results.dense.push({ D, N, skipped: `dense ${size}² too slow` });
        console.log(
          `| ${D} | ${N} | ${size} | | skipped (dense ${size}×${size} Cholesky too slow in JS) | |`,
        );
        continue;
      }
      const inputs = problem(1, N, D);
      const block = await timeIt(async () => (await solveODE(inputs)).dispose());
      const dense = await timeIt(() => solveDense(inputs));
      const a = (await solveODE(inputs)).u.data;
      const b = solveDense(inputs).u.data;
      let diff = 0;
      for (let i = 0; i < a.length; i++) diff = Math.max(diff, Math.abs(a[i] - b[i]));
      results.dense.push({ D, N, unknowns: size, blockMs: block.cpu, denseMs: dense.cpu, maxAbsDiff: diff });
      console.log(
        `| ${D} | ${N} | ${size} | ${fmt(block.cpu, 3)} | ${fmt(dense.cpu, 1)} | ${diff.toExponential(1)} |`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// (2) accuracy vs step size: u'' + u = 0, u(0) = 0, u'(0) = 1 on [0, 10]
function rk4Harmonic(h, N) {
  let x = 0;
  let v = 1;
  let err = 0;
  for (let s = 1; s < N; s++) {
    const f = (a, b) => [b, -a];
    const k1 = f(x, v);
    const k2 = f(x + (h / 2) * k1[0], v + (h / 2) * k1[1]);
    const k3 = f(x + (h / 2) * k2[0], v + (h / 2) * k2[1]);
    const k4 = f(x + h * k3[0], v + h * k3[1]);
    x += (h / 6) * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
    v += (h / 6) * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
    err = Math.max(err, Math.abs(x - Math.sin(s * h)));
  }
  return err;
}
if (section(2)) {
  console.log("\n## (2) Accuracy vs step size: u'' + u = 0 on [0, 10], max |u − sin t|\n");
  console.log("| h | N | NeuRLP central | NeuRLP continuous | RK4 (same N) |");
  console.log("|---|---|---|---|---|");
  for (const h of [0.2, 0.1, 0.05, 0.025, 0.0125]) {
    const N = Math.round(10 / h) + 1;
    const inputs = {
      coefficients: [[[[[1, 0, 1]]]]],
      rhs: [[[0]]],
      initial: [[[[0, 1]]]],
      steps: h,
      nSteps: N,
    };
    const row = { h, N };
    for (const sm of ["central", "continuous"]) {
      const { u } = await solveODE(inputs, { smoothness: sm });
      let e = 0;
      for (let s = 0; s < N; s++) e = Math.max(e, Math.abs(u.data[s * 3] - Math.sin(s * h)));
      row[sm] = e;
    }
    row.rk4 = rk4Harmonic(h, N);
    results.accuracy.push(row);
    console.log(
      `| ${h} | ${N} | ${row.central.toExponential(2)} | ${row.continuous.toExponential(2)} | ${row.rk4.toExponential(2)} |`,
    );
  }
  const hs = results.accuracy.map((r) => r.h);
  results.accuracySlopes = {
    central: loglogSlope(
      hs,
      results.accuracy.map((r) => r.central),
    ),
    continuous: loglogSlope(
      hs,
      results.accuracy.map((r) => r.continuous),
    ),
    rk4: loglogSlope(
      hs,
      results.accuracy.map((r) => r.rk4),
    ),
  };
  console.log(
    `\nFitted order (log-log slope): central ${fmt(results.accuracySlopes.central)}, continuous ${fmt(results.accuracySlopes.continuous)}, RK4 ${fmt(results.accuracySlopes.rk4)}`,
  );
}

// ---------------------------------------------------------------------------------------------
// (3) throughput at B = 512, N = 128, K = 3, D = 1
if (section(3)) {
  console.log("\n## (3) Throughput at B = 512, N = 128, K = 3, D = 1 (central, Float64)\n");
  console.log(
    "| mode | wall ms per batch (median) | process cpu ms (all threads) | batches/s (wall) | systems/s (wall) |",
  );
  console.log("|---|---|---|---|---|");
  {
    const B = 512;
    const N = 128;
    const inputs = problem(B, N, 1, 7);
    const g = { shape: [B, N, 1, 3], data: new Float64Array(B * N * 3).fill(1) };
    const modes = [
      ["forward, 1 thread", async () => (await solveODE(inputs)).dispose()],
      [
        "forward + backward, 1 thread",
        async () => {
          const s = await solveODE(inputs);
          await s.vjp(g);
          s.dispose();
        },
      ],
      ["forward, 2 workers", async () => (await solveODE(inputs, { workers: 2 })).dispose()],
      [
        "forward + backward, 2 workers",
        async () => {
          const s = await solveODE(inputs, { workers: 2 });
          await s.vjp(g);
          s.dispose();
        },
      ],
    ];
    const prepared = await prepareODE({
      coefficients: [[[[[0, 1, 0]]]]],
      steps: 0.01,
      nSteps: N,
      nIvSteps: 1,
      nIv: 1,
      batch: B,
    });
    const rhs = { shape: [B, N, 1], data: new Float64Array(B * N).map((_, i) => Math.sin(i)) };
    const iv = { shape: [B, 1, 1, 1], data: new Float64Array(B).fill(0.5) };
    modes.push([
      "factor cache (prepareODE, coefficients [0,1,0]): solve",
      () => prepared.solve({ rhs, initial: iv }),
    ]);
    for (const [mode, fn] of modes) {
      const t = await timeIt(fn, 15);
      const ms = t.wall;
      results.throughput.push({
        mode,
        ms,
        cpuMs: t.cpu,
        runs: t.runs,
        batchesPerSecond: 1000 / ms,
        systemsPerSecond: (1000 / ms) * B,
      });
      console.log(
        `| ${mode} | ${fmt(ms)} | ${fmt(t.cpu)} | ${fmt(1000 / ms, 1)} | ${Math.round((1000 / ms) * B)} |`,
      );
    }
    prepared.dispose();
  }
}
if (section(4)) results.overhead = await overheadSection(quick ? { rounds: 5, burst: 100 } : {});
await terminateWorkers();
results.machine.loadavgAtEnd = loadavg();
console.log(
  `\nLoad average at start ${results.machine.loadavgAtStart.map((x) => x.toFixed(1)).join(", ")}, at end ${results.machine.loadavgAtEnd.map((x) => x.toFixed(1)).join(", ")} (the machine is shared).`,
);
mkdirSync(new URL("../bench-results/", import.meta.url), { recursive: true });
if (section(4)) {
  console.log("\n### (4) Work–precision: published rows, high-order scheme, Dormand–Prince\n");
  const { workPrecision } = await import("./work-precision.mjs");
  const rows = await workPrecision(timeIt, quick);
  console.log("| problem | method | setting | max error | wall ms | cpu ms |\n|---|---|---|---|---|---|");
  for (const r of rows)
    console.log(
      `| ${r.problem} | ${r.method} | ${r.setting} | ${r.error.toExponential(2)} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} |`,
    );
  results.workPrecision = rows;
}

const outName = only ? `neurlp-only-${[...only].join("-")}.json` : "neurlp.json";
writeFileSync(
  new URL(`../bench-results/${outName}`, import.meta.url),
  `${JSON.stringify(results, null, 2)}\n`,
);
console.log(`wrote bench-results/${outName}`);
