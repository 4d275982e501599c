// Benchmark: matmul and one MLP training step, ours (Float64 and Float32) vs tfjs CPU and tfjs WASM backends.
// Run: pnpm bench  (prints a table; writes bench-results/autodiff.json). Medians of REPS runs after warm-up.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { Adam, type DType, MLP, matmul, mseLoss, noGrad, Rng, randn } from "../src/index.js";
import { wasmGemmConfig, wasmSimdAvailable } from "../src/wasm/gemm.js";

const REPS = Number(process.env.REPS ?? 9);
// Warm-up: at least WARMUP calls and WARMUP_MS of running, so JIT and wasm tier-up (V8 compiles the
// optimised wasm code on a background thread, slow to get a core on a loaded machine) are done first.
const WARMUP = 3;
const WARMUP_MS = 300;

// Wall-clock medians are the headline; CPU-time medians (process.cpuUsage) are kept alongside because the
// benchmark machine is shared: time spent descheduled by other processes counts in wall time only.
let lastCpuMedian = 0;
function median(fn: () => void): number {
  for (let i = 0, t0 = performance.now(); i < WARMUP || performance.now() - t0 < WARMUP_MS; i++) fn();
  const ts: number[] = [];
  const cs: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const [t0, c0] = [performance.now(), process.cpuUsage()];
    fn();
    const c = process.cpuUsage(c0);
    ts.push(performance.now() - t0);
    cs.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  lastCpuMedian = mid(cs);
  return mid(ts);
}

const MLP_SIZES = [64, 256, 256, 64];
const BATCH = 256;

function oursMatmul(n: number, dtype: DType): number {
  const rng = new Rng(1);
  const a = randn([n, n], rng, { dtype });
  const b = randn([n, n], rng, { dtype });
  return median(() => noGrad(() => matmul(a, b)));
}

function oursMlpStep(dtype: DType): number {
  const rng = new Rng(2);
  const model = new MLP(MLP_SIZES, { activation: "tanh", rng, dtype });
  const opt = new Adam(model.parameters(), { lr: 1e-3 });
  const x = randn([BATCH, MLP_SIZES[0]], rng, { dtype });
  const y = randn([BATCH, MLP_SIZES.at(-1)!], rng, { dtype });
  return median(() => {
    opt.zeroGrad();
    mseLoss(model.forward(x), y).backward();
    opt.step();
  });
}

function tfMatmul(n: number): number {
  const a = tf.randomNormal([n, n]);
  const b = tf.randomNormal([n, n]);
  const t = median(() => {
    const c = tf.matMul(a, b);
    c.dataSync();
    c.dispose();
  });
  tf.dispose([a, b]);
  return t;
}

function tfMlpStep(): number {
  const ws = MLP_SIZES.slice(1).map((n, i) =>
    tf.variable(tf.randomNormal([MLP_SIZES[i], n], 0, Math.sqrt(1 / n))),
  );
  const bs = MLP_SIZES.slice(1).map((n) => tf.variable(tf.zeros([n])));
  const x = tf.randomNormal([BATCH, MLP_SIZES[0]]);
  const y = tf.randomNormal([BATCH, MLP_SIZES.at(-1)!]);
  const opt = tf.train.adam(1e-3);
  const t = median(() => {
    const loss = opt.minimize(
      () => {
        let h: tf.Tensor = x;
        ws.forEach((w, i) => {
          h = tf.add(tf.matMul(h, w), bs[i]);
          if (i < ws.length - 1) h = tf.tanh(h);
        });
        return tf.losses.meanSquaredError(y, h) as tf.Scalar;
      },
      true,
      [...ws, ...bs],
    );
    loss?.dataSync();
    loss?.dispose();
  });
  tf.dispose([...ws, ...bs, x, y]);
  opt.dispose();
  return t;
}

/** The plain-JS kernel alone (wasm switched off), float64: what the wasm kernels replaced. */
function withoutWasm<T>(fn: () => T): T {
  wasmGemmConfig.enabled = false;
  try {
    return fn();
  } finally {
    wasmGemmConfig.enabled = true;
  }
}

/** What the wasm path spends copying: A and B in, C in and out (same sizes, same typed-array copies). */
function copyCost(n: number, dtype: DType): number {
  const Arr = dtype === "float32" ? Float32Array : Float64Array;
  const [a, b, c] = [new Arr(n * n).fill(1), new Arr(n * n).fill(2), new Arr(n * n)];
  const heap = new Arr(3 * n * n);
  return median(() => {
    heap.set(a, 0);
    heap.set(b, n * n);
    heap.set(c, 2 * n * n);
    c.set(heap.subarray(2 * n * n, 3 * n * n));
  });
}

type Row = {
  case: string;
  oursJs64: number;
  ours64: number;
  ours32: number;
  tfjsCpu: number;
  tfjsWasm: number;
};
const rows: Row[] = [];
const cpuRows: Row[] = [];
type Key = Exclude<keyof Row, "case">;
const put = (i: number, key: Key, ms: number) => {
  rows[i][key] = ms;
  cpuRows[i][key] = lastCpuMedian;
};
const cases: [string, (d: DType) => number, () => number][] = [
  ...[128, 256, 512].map((n): [string, (d: DType) => number, () => number] => [
    `matmul ${n}x${n}`,
    (d) => oursMatmul(n, d),
    () => tfMatmul(n),
  ]),
  [`MLP ${MLP_SIZES.join("-")} batch ${BATCH}: fwd+bwd+Adam`, oursMlpStep, tfMlpStep],
];

const load0 = loadavg()[0];
for (const [name] of cases) {
  rows.push({ case: name, oursJs64: 0, ours64: 0, ours32: 0, tfjsCpu: 0, tfjsWasm: 0 });
  cpuRows.push({ ...rows.at(-1)! });
}
cases.forEach(([, ours], i) => {
  put(
    i,
    "oursJs64",
    withoutWasm(() => ours("float64")),
  );
  put(i, "ours64", ours("float64"));
  put(i, "ours32", ours("float32"));
});
for (const backend of ["cpu", "wasm"] as const) {
  await tf.setBackend(backend);
  await tf.ready();
  cases.forEach(([, , theirs], i) => {
    put(i, backend === "cpu" ? "tfjsCpu" : "tfjsWasm", theirs());
  });
}

const f = (ms: number) => ms.toFixed(2).padStart(9);
console.log(
  `\nmedian ms of ${REPS} runs after ≥${WARMUP} warm-up runs and ≥${WARMUP_MS} ms; ${cpus().length} cores (${cpus()[0].model}), Node ${process.version}, load avg ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)}`,
);
console.log(`wasm SIMD kernels: ${wasmSimdAvailable() ? "on" : "UNAVAILABLE (JS loop only)"}`);
for (const [title, rs] of [
  ["wall-clock", rows],
  ["CPU time", cpuRows],
] as const) {
  console.log(`\n${title}:`);
  console.log(
    `| case | ours f64, JS loop | ours f64 | ours f32 | tfjs-cpu | tfjs-wasm | f64 / wasm | f32 / wasm |`,
  );
  console.log(`|---|---:|---:|---:|---:|---:|---:|---:|`);
  for (const r of rs) {
    const x = (v: number) => `${(v / r.tfjsWasm).toFixed(2)}x`;
    console.log(
      `| ${r.case} | ${f(r.oursJs64)} | ${f(r.ours64)} | ${f(r.ours32)} | ${f(r.tfjsCpu)} | ${f(r.tfjsWasm)} | ${x(r.ours64)} | ${x(r.ours32)} |`,
    );
  }
}
const copies = [128, 256, 512].flatMap((n) =>
  (["float64", "float32"] as const).map((dtype) => ({ n, dtype, ms: copyCost(n, dtype) })),
);
console.log("\ncopies into / out of wasm memory per matmul (A, B, C in; C out), median ms:");
for (const c of copies) {
  const row = rows.find((r) => r.case === `matmul ${c.n}x${c.n}`)!;
  const total = c.dtype === "float64" ? row.ours64 : row.ours32;
  console.log(
    `  ${c.n} ${c.dtype}: ${c.ms.toFixed(3)} ms = ${((100 * c.ms) / total).toFixed(1)}% of the matmul`,
  );
}
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/autodiff.json",
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0].model,
      loadAvgStart: load0,
      loadAvgEnd: loadavg()[0],
      reps: REPS,
      warmup: WARMUP,
      warmupMs: WARMUP_MS,
      unit: "ms (median)",
      wasmSimd: wasmSimdAvailable(),
      rows,
      cpuTimeRows: cpuRows,
      copies,
    },
    null,
    2,
  )}\n`,
);
console.log("wrote bench-results/autodiff.json");
