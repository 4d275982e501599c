import { mkdirSync, writeFileSync } from "node:fs";
import { disposeBackends, getBackend, solveODE } from "@mechanist/neurlp";
import { registerGpujs } from "@mechanist/neurlp-gpujs";
import { registerWebGPU } from "@mechanist/neurlp-webgpu";
import { registerTfjs } from "../src/index.js";

/**
 * `pnpm bench` (in packages/neurlp-tfjs): every NeuRLP backend runnable in Node on the same
 * problems, forward and forward+backward, median of `reps` after one warm-up. Prints a table and
 * writes bench-results/backends.json. Machine: 2-core Debian 12 VM, Node 20, no GPU (WebGPU runs on
 * Mesa lavapipe, a CPU emulation).
 */
const LONG_LIMIT_MS = 10_000; // a warm-up slower than this is reported once, without repeats

registerTfjs({ tfBackend: "cpu", name: "tfjs-cpu" });
registerTfjs({ tfBackend: "wasm", name: "tfjs-wasm" });
registerGpujs({ mode: "cpu", name: "gpujs-cpu" });
registerGpujs({ mode: "webasm", name: "gpujs-webasm" });
registerWebGPU({ name: "webgpu" });
let gpujsWebgpu = false;
try {
  const { create, globals } = await import("webgpu");
  Object.assign(globalThis, globals);
  const gpu = create([]);
  Object.defineProperty(globalThis, "navigator", { value: { gpu, userAgent: "node" }, configurable: true });
  gpujsWebgpu = (await gpu.requestAdapter()) !== null;
  if (gpujsWebgpu) registerGpujs({ mode: "webgpu", name: "gpujs-webgpu" });
} catch {
  gpujsWebgpu = false;
}

function problem(B: number, N: number) {
  // B damped oscillators u'' + c1 u' + c0 u = 0 (D = 1, K = 3), per-element coefficients, h = 0.01
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

async function time(fn: () => Promise<unknown>, reps: number): Promise<{ ms: number; runs: number }> {
  const t0 = performance.now();
  await fn();
  if (performance.now() - t0 > LONG_LIMIT_MS) return { ms: performance.now() - t0, runs: 1 };
  const ts: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn();
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  return { ms: ts[Math.floor(ts.length / 2)]!, runs: reps };
}

const names = [
  "cpu",
  "tfjs-cpu",
  "tfjs-wasm",
  "gpujs-cpu",
  "gpujs-webasm",
  ...(gpujsWebgpu ? ["gpujs-webgpu"] : []),
  "webgpu",
];
const sizes: Array<[number, number]> = [
  [512, 128],
  [8, 2000],
];
const rows: Array<Record<string, string | number>> = [];
for (const [B, N] of sizes) {
  const x = problem(B, N);
  const ref = (await solveODE(x, { backend: "cpu" })).u.data;
  for (const backend of names) {
    try {
      await getBackend(backend);
    } catch (e) {
      rows.push({ backend, B, N, error: String((e as Error).message).slice(0, 120) });
      continue;
    }
    let maxErr = 0;
    const fwd = await time(async () => {
      const { u } = await solveODE(x, { backend });
      let e = 0;
      let m = 0;
      for (let i = 0; i < u.data.length; i++) {
        e = Math.max(e, Math.abs(u.data[i]! - ref[i]!));
        m = Math.max(m, Math.abs(ref[i]!));
      }
      maxErr = e / m;
    }, 3);
    const gradU = { shape: [B, N, 1, 3], data: new Float64Array(B * N * 3).fill(1 / N) };
    const fb = await time(async () => {
      const s = await solveODE(x, { backend });
      await s.vjp(gradU);
    }, 3);
    const row = {
      backend,
      B,
      N,
      forwardMs: +fwd.ms.toFixed(1),
      forwardBackwardMs: +fb.ms.toFixed(1),
      runs: fwd.runs,
      relErrVsCpu: +maxErr.toExponential(2),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
}
await disposeBackends();

console.log("\n| backend | B | N | forward (ms) | forward+backward (ms) | max rel. error vs cpu (Float64) |");
console.log("|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(
    r.error
      ? `| ${r.backend} | ${r.B} | ${r.N} | not available: ${r.error} | | |`
      : `| ${r.backend} | ${r.B} | ${r.N} | ${r.forwardMs}${r.runs === 1 ? " (1 run)" : ""} | ${r.forwardBackwardMs} | ${r.relErrVsCpu} |`,
  );
}
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/backends.json",
  `${JSON.stringify({ machine: "2-core Debian 12 VM, Node 20, no GPU (WebGPU = Mesa lavapipe)", date: new Date().toISOString(), rows }, null, 2)}\n`,
);
process.exit(0);
