// Benchmark: conv1d forward + backward (input, weight and bias gradients) on the KdV models' shapes, ours
// (Float64, Float32; circular "same" padding, what the models use) against tfjs (zero "same" padding: it has
// no circular mode; the same arithmetic). Ours and tfjs alternate within each repetition, so both see
// the same machine load. Run: pnpm bench:conv (table; writes bench-results/autodiff-conv.json).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
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

function tfjs({ B, C, O, L, K }: Shape, backward: boolean): () => void {
  const x = tf.randomNormal([B, L, C]);
  const w = tf.randomNormal([K, C, O]);
  const b = tf.randomNormal([O]);
  const r = tf.randomNormal([B, L, O]);
  const f = (xx: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) =>
    tf.sum(tf.mul(tf.add(tf.conv1d(xx as tf.Tensor3D, ww as tf.Tensor3D, 1, "same"), bb), r));
  const grads = tf.grads(f);
  return () => {
    const outs = backward
      ? grads([x, w, b])
      : [tf.add(tf.conv1d(x as tf.Tensor3D, w as tf.Tensor3D, 1, "same"), b)];
    for (const g of outs) g.dataSync();
    tf.dispose(outs);
  };
}

const time = (fn: () => void): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Medians of REPS rounds, each round running every function once (so they share the load). */
function interleaved<K extends string>(fns: Record<K, () => void>): Record<K, number> {
  const keys = Object.keys(fns) as K[];
  for (const k of keys) for (let i = 0; i < 2; i++) fns[k](); // warm-up (JIT, wasm tier-up)
  const ts = new Map<K, number[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < REPS; i++) for (const k of keys) ts.get(k)?.push(time(fns[k]));
  return Object.fromEntries(keys.map((k) => [k, median(ts.get(k) ?? [])])) as Record<K, number>;
}

// tfjs-wasm has no Conv2DBackpropFilter kernel (conv1d's weight gradient), so forward is compared with
// tfjs-wasm and forward + backward with tfjs-cpu, the backend that has every kernel.
const load0 = loadavg()[0];
await tf.setBackend("wasm");
const forward = SHAPES.map((s) =>
  interleaved({ ours64: ours(s, "float64", false), ours32: ours(s, "float32", false), tfjs: tfjs(s, false) }),
);
await tf.setBackend("cpu");
const both = SHAPES.map((s) =>
  interleaved({ ours64: ours(s, "float64", true), ours32: ours(s, "float32", true), tfjs: tfjs(s, true) }),
);
const rows = SHAPES.flatMap((s, i) => {
  const name = `B${s.B} C${s.C}→${s.O} L${s.L} K${s.K}`;
  return [
    { case: `${name} fwd`, tfjsBackend: "wasm", ...forward[i] },
    { case: `${name} fwd+bwd`, tfjsBackend: "cpu", ...both[i] },
  ];
});
console.log(
  `\nconv1d, median ms of ${REPS} interleaved runs; ${cpus().length} cores, Node ${process.version}, load avg ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)}`,
);
console.log(
  "| case | ours f64 | ours f32 | tfjs (f32) | tfjs backend | f64 / tfjs | f32 / tfjs |\n|---|---:|---:|---:|---|---:|---:|",
);
for (const r of rows) {
  const x = (v: number) => `${(v / r.tfjs).toFixed(2)}x`;
  console.log(
    `| ${r.case} | ${r.ours64.toFixed(1)} | ${r.ours32.toFixed(1)} | ${r.tfjs.toFixed(1)} | ${r.tfjsBackend} | ${x(r.ours64)} | ${x(r.ours32)} |`,
  );
}
mkdirSync("bench-results", { recursive: true });
const out = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  reps: REPS,
  unit: "ms (median)",
  loadAvgStart: load0,
  loadAvgEnd: loadavg()[0],
  rows,
};
writeFileSync("bench-results/autodiff-conv.json", `${JSON.stringify(out, null, 2)}\n`);
console.log("wrote bench-results/autodiff-conv.json");
