// Benchmark: conv1d forward, and forward + backward (input, weight and bias gradients), on the KdV models'
// shapes: ours (Float64, Float32; circular "same" padding, what the models use) against tfjs-wasm (Float32, zero
// "same" padding: it has no circular mode; the same arithmetic). Ours and tfjs alternate within each repetition
// (both see the same machine load) and both CPU time and wall time are reported. Run: pnpm bench:conv (table; writes bench-results/autodiff-conv.json).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import * as tf from "@tensorflow/tfjs";
import { getThreadsCount } from "@tensorflow/tfjs-backend-wasm";
import { conv1d, type DType, Rng, randn } from "../src/index.js";

const REPS = Number(process.env.REPS ?? 9);
const SHAPES = [
  { B: 16, C: 10, O: 24, L: 256, K: 9 },
  { B: 16, C: 24, O: 24, L: 256, K: 9 },
  { B: 8, C: 64, O: 64, L: 256, K: 9 },
];
type Shape = (typeof SHAPES)[number];

function ours({ B, C, O, L, K }: Shape, dtype: DType, backward: boolean): () => void {
  const rng = new Rng(3);
  const x = randn([B, C, L], rng, { dtype, requiresGrad: backward });
  const w = randn([O, C, K], rng, { dtype, requiresGrad: backward });
  const b = randn([O], rng, { dtype, requiresGrad: backward });
  const r = randn([B, O, L], rng, { dtype });
  return () => {
    const y = conv1d(x, w, b, { padding: "same", paddingMode: "circular" });
    if (!backward) return;
    y.backward(r);
    x.grad = w.grad = b.grad = null;
  };
}

/**
 * tfjs-wasm: forward conv1d + bias; the backward as fast as tfjs-wasm runs it. tf.grads of conv1d fails there
 * (no Conv2DBackpropFilter kernel) and its Conv2DBackpropInput is a plain loop several times slower than its
 * XNNPACK forward Conv2D, so both gradients are forward convolutions: dx = conv1d(dy, the kernel flipped and
 * transposed) ("same" stays "same" for odd K), dW[j, c, o] = Σ_{b,t} xpad[b, t + j, c] · dy[b, t, o], a valid
 * convolution of xpadᵀ [C, L + K − 1, B] with dyᵀ [L, B, O] as the filter; db is a sum. `tfjsGradients`
 * checks this against tfjs-cpu's own tf.grads.
 */
function tfjsStep(x: tf.Tensor3D, w: tf.Tensor3D, b: tf.Tensor1D, dy: tf.Tensor3D | null): tf.Tensor[] {
  return tf.tidy(() => {
    const y = tf.add(tf.conv1d(x, w, 1, "same"), b);
    if (!dy) return [y];
    const K = w.shape[0];
    if (K % 2 === 0) throw new Error("the flipped-kernel input gradient assumes an odd kernel");
    const pl = (K - 1) >> 1;
    const dx = tf.conv1d(dy, tf.transpose(tf.reverse(w, 0), [0, 2, 1]) as tf.Tensor3D, 1, "same");
    const xpadT = tf.transpose(
      tf.pad(x, [
        [0, 0],
        [pl, K - 1 - pl],
        [0, 0],
      ]),
      [2, 1, 0],
    ) as tf.Tensor3D;
    const dw = tf.transpose(
      tf.conv1d(xpadT, tf.transpose(dy, [1, 0, 2]) as tf.Tensor3D, 1, "valid"),
      [1, 0, 2],
    );
    return [y, dx, dw, tf.sum(dy, [0, 1])];
  });
}

function tfjs({ B, C, O, L, K }: Shape, backward: boolean): () => void {
  const x = tf.randomNormal([B, L, C]) as tf.Tensor3D;
  const w = tf.randomNormal([K, C, O]) as tf.Tensor3D;
  const b = tf.randomNormal([O]) as tf.Tensor1D;
  const r = tf.randomNormal([B, L, O]) as tf.Tensor3D;
  return () => {
    const outs = tfjsStep(x, w, b, backward ? r : null);
    for (const g of outs) g.dataSync();
    tf.dispose(outs);
  };
}

/** The wasm composite's gradients against tfjs-cpu's tf.grads (the reference tfjs backend), max rel. error. */
async function tfjsGradients(): Promise<number> {
  const [B, C, O, L, K] = [2, 5, 7, 24, 9];
  await tf.setBackend("cpu");
  const x = tf.randomNormal([B, L, C]) as tf.Tensor3D;
  const w = tf.randomNormal([K, C, O]) as tf.Tensor3D;
  const b = tf.randomNormal([O]) as tf.Tensor1D;
  const r = tf.randomNormal([B, L, O]) as tf.Tensor3D;
  const f = (xx: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) =>
    tf.sum(tf.mul(tf.add(tf.conv1d(xx as tf.Tensor3D, ww as tf.Tensor3D, 1, "same"), bb), r));
  const want = tf
    .grads(f)([x, w, b])
    .map((t) => t.dataSync());
  await tf.setBackend("wasm");
  const got = tfjsStep(x, w, b, r)
    .slice(1)
    .map((t) => t.dataSync());
  return Math.max(
    ...want.map((ref, i) => {
      const scale = Math.max(...ref.map(Math.abs));
      return Math.max(...ref.map((v, k) => Math.abs(v - got[i][k]))) / scale;
    }),
  );
}

/** Wall time and this process's CPU time (user + system) of one call, in ms. */
function time(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
type Timing = { wall: number; cpu: number };

/**
 * Medians of REPS rounds, each round running every function once (so they share the load). Both sides run
 * on one thread of this process, so its CPU time is the cost of each call even when other jobs share the
 * cores (the wall time then also counts the time slices others got).
 */
function interleaved<K extends string>(fns: Record<K, () => void>): Record<K, Timing> {
  const keys = Object.keys(fns) as K[];
  for (const k of keys) for (let i = 0; i < 2; i++) fns[k](); // warm-up (JIT, wasm tier-up)
  const ts = new Map<K, Timing[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < REPS; i++) for (const k of keys) ts.get(k)?.push(time(fns[k]));
  const pick = (k: K): Timing => {
    const t = ts.get(k) ?? [];
    return { wall: median(t.map((v) => v.wall)), cpu: median(t.map((v) => v.cpu)) };
  };
  return Object.fromEntries(keys.map((k) => [k, pick(k)])) as Record<K, Timing>;
}

const load0 = loadavg()[0];
const check = await tfjsGradients();
if (!(check < 1e-4)) throw new Error(`tfjs-wasm composite gradients differ from tfjs-cpu's by ${check}`);
await tf.setBackend("wasm");
const forward = SHAPES.map((s) =>
  interleaved({ ours64: ours(s, "float64", false), ours32: ours(s, "float32", false), tfjs: tfjs(s, false) }),
);
const both = SHAPES.map((s) =>
  interleaved({ ours64: ours(s, "float64", true), ours32: ours(s, "float32", true), tfjs: tfjs(s, true) }),
);
const rows = SHAPES.flatMap((s, i) => {
  const name = `B${s.B} C${s.C}→${s.O} L${s.L} K${s.K}`;
  return [
    { case: `${name} fwd`, ...forward[i] },
    { case: `${name} fwd+bwd`, ...both[i] },
  ];
});
const threads = getThreadsCount();
console.log(
  `\nconv1d, median CPU ms (wall ms) of ${REPS} interleaved runs against tfjs-wasm ${tf.version_core} (${threads} thread; its gradients checked against tfjs-cpu: max rel. error ${check.toExponential(1)}); ${cpus()[0]?.model}, ${cpus().length} cores, Node ${process.version}, load avg ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)}`,
);
console.log(
  "| case | ours f64 | ours f32 | tfjs-wasm (f32) | f64 / tfjs | f32 / tfjs |\n|---|---:|---:|---:|---:|---:|",
);
for (const r of rows) {
  const v = (t: Timing) => `${t.cpu.toFixed(1)} (${t.wall.toFixed(1)})`;
  const x = (t: Timing) => `${(t.cpu / r.tfjs.cpu).toFixed(2)}x (${(t.wall / r.tfjs.wall).toFixed(2)}x)`;
  console.log(
    `| ${r.case} | ${v(r.ours64)} | ${v(r.ours32)} | ${v(r.tfjs)} | ${x(r.ours64)} | ${x(r.ours32)} |`,
  );
}
mkdirSync("bench-results", { recursive: true });
const out = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model,
  cpus: cpus().length,
  tfjs: tf.version_core,
  tfjsBackend: "wasm",
  tfjsGradientCheck: check,
  reps: REPS,
  unit: "ms (median of CPU time and of wall time)",
  tfjsThreads: threads,
  loadAvgStart: load0,
  loadAvgEnd: loadavg()[0],
  rows,
};
writeFileSync("bench-results/autodiff-conv.json", `${JSON.stringify(out, null, 2)}\n`);
console.log("wrote bench-results/autodiff-conv.json");
