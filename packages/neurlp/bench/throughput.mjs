// NeuRLP throughput on the CPU: the six (B, N) cells of the comparison with the authors' S-MNN
// solver (our minima beside the S-MNN figures quoted in bench/cells.mjs), systems per second, an
// estimate of the machine bound, and time vs N at B = 1, 64, 512 with fitted exponents and an SVG
// plot. The side-by-side run against the real S-MNN solver is bench/vs-smnn.mjs.
// Writes bench-results/neurlp-throughput.json and bench-results/neurlp-scaling.svg.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { linePlot } from "@mechanist/viz";
import { clearBufferPool, terminateWorkers } from "../dist/index.js";
import { keepMemoryResident, restoreMemoryDefaults } from "../dist/node/index.js";
import { CELLS, cellInputs, forward, forwardBackward, minMs, minTimesInterleaved } from "./cells.mjs";
import { loglogSlope } from "./stats.mjs";

const quick = process.argv.includes("--quick");
const fmt = (x, d = 2) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(d));
/** A timing as "wall (CPU)" ms. */
const ms = (v) => `${fmt(v.wall)} (${fmt(v.cpu)})`;

/** Scalar Float64 multiply-adds per second of this JS engine (8 independent chains, data in L1). */
function flopRate() {
  const a = new Float64Array(2048).map((_, i) => 1 + i * 1e-9);
  let best = 0;
  for (let rep = 0; rep < 5; rep++) {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0;
    const t0 = performance.now();
    for (let it = 0; it < 400; it++) {
      for (let i = 0; i < 2048; i += 8) {
        s0 += a[i] * 0.999;
        s1 += a[i + 1] * 0.999;
        s2 += a[i + 2] * 0.999;
        s3 += a[i + 3] * 0.999;
        s4 += a[i + 4] * 0.999;
        s5 += a[i + 5] * 0.999;
        s6 += a[i + 6] * 0.999;
        s7 += a[i + 7] * 0.999;
      }
    }
    const ms = performance.now() - t0;
    if (s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7 === 0) console.log(""); // keep the loop alive
    best = Math.max(best, (2 * 400 * 2048) / (ms / 1000));
  }
  return best; // flops (a multiply and an add each) per second
}

/** Memory copy bandwidth (bytes read + written per second) on 64 MB arrays. */
function bandwidth() {
  const src = new Float64Array(8 * 2 ** 20).fill(1);
  const dst = new Float64Array(src.length);
  let best = 0;
  for (let rep = 0; rep < 5; rep++) {
    const t0 = performance.now();
    dst.set(src);
    best = Math.max(best, (2 * src.byteLength) / ((performance.now() - t0) / 1000));
  }
  return best;
}

/**
 * Work of one forward (central rows, D = 1, K = 3: n = 3, W = 2) per system and grid point: the
 * banded Cholesky and one pair of substitutions, and the bytes they must move (factor written once
 * and read by both sweeps, plus coefficients, steps, normal rhs and u).
 */
function forwardWork(n = 3, W = 2) {
  let flops = 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c <= W * n + r; c++) flops += 2 * Math.min(c, W * n + r) + 1; // dot products
    flops += 2 * 2 * (W * n + r); // forward and back substitution rows
  }
  const factorDoubles = n * (W * n) + (n * (n + 1)) / 2 + n;
  const bytes = 8 * (3 * factorDoubles + 3 + 1 + 3 * n);
  return { flops, bytes };
}

const machine = {
  description: "2-core Debian 12 VM, Node 20 (shared with other engineers' jobs)",
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  loadavgAtStart: loadavg(),
  flopsPerSecond: flopRate(),
  copyBytesPerSecond: bandwidth(),
};
const work = forwardWork();
const boundMs = (B, N) =>
  1000 *
  Math.max((B * N * work.flops) / machine.flopsPerSecond, (B * N * work.bytes) / machine.copyBytesPerSecond);
const results = { machine, work, cells: [], scaling: [], exponents: {} };

console.log("\n## Throughput cells (Float64, D = 1, K = 3, central rows; min wall ms)\n");
console.log(
  `Machine bound (one core, scalar JS): ${fmt(machine.flopsPerSecond / 1e9)} GFLOP/s, ${fmt(machine.copyBytesPerSecond / 1e9)} GB/s copy; a forward needs ${work.flops} flops and ~${work.bytes} bytes per system and grid point.\n`,
);
console.log(
  "| B, N | S-MNN quoted fwd / fwd+bwd | ours fwd / fwd+bwd (1 thread) | ours, 2 workers | ratio (best) | systems/s (fwd) | bound ms | fwd / bound |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const { B, N, smnnQuoted } of CELLS) {
  const inputs = cellInputs(B, N);
  const fwd = await minMs(() => forward(inputs));
  const fb = await minMs(() => forwardBackward(inputs));
  const w =
    B >= 64
      ? {
          fwd: await minMs(() => forward(inputs, { workers: 2 })),
          fb: await minMs(() => forwardBackward(inputs, { workers: 2 })),
        }
      : null;
  const best = { fwd: Math.min(fwd, w?.fwd ?? Infinity), fb: Math.min(fb, w?.fb ?? Infinity) };
  const bound = boundMs(B, N);
  results.cells.push({
    B,
    N,
    smnnQuoted,
    fwd,
    fb,
    workers2: w,
    best,
    systemsPerSecond: (1000 * B) / best.fwd,
    boundMs: bound,
  });
  console.log(
    `| ${B}, ${N} | ${fmt(smnnQuoted.fwd)} / ${fmt(smnnQuoted.fb)} | ${fmt(fwd)} / ${fmt(fb)} | ${w ? `${fmt(w.fwd)} / ${fmt(w.fb)}` : "–"} | ${fmt(smnnQuoted.fwd / best.fwd, 1)}× / ${fmt(smnnQuoted.fb / best.fb, 1)}× | ${Math.round((1000 * B) / best.fwd)} | ${fmt(bound, 3)} | ${fmt(best.fwd / bound, 1)} |`,
  );
}

console.log(
  "\n## Time vs N (1 thread; min wall ms, and min process CPU ms in brackets; fwd and fwd+bwd interleaved run by run)\n",
);
console.log(
  "Default: every call allocates its outputs (u, gradients; the loop's gradU too), as a plain `solveODE` loop does. Recycled: the loop hands them back with `recycle` and reuses its gradU array (measured right after the default loop, each from an empty buffer pool). Faults: fewest minor page faults of a default run (fresh memory faulted in; 4 KiB each).\n",
);
console.log(
  "| B | N | fwd ms | fwd+bwd ms | faults fwd / fwd+bwd | recycled fwd ms | recycled fwd+bwd ms | fwd+bwd ÷ fwd (recycled, CPU) |",
);
console.log("|---|---|---|---|---|---|---|---|");
const Ns = quick ? [128, 512, 2048] : [128, 256, 512, 1024, 2048, 4096];
const keep = { recycle: true };
for (const B of [1, 64, 512]) {
  for (const N of Ns) {
    const inputs = cellInputs(B, N);
    // the two loops one after the other, each from an empty pool: run by run they would feed each
    // other's pool (a default run taking arrays a recycling run gave back)
    clearBufferPool();
    const plain = await minTimesInterleaved(
      { fwd: () => forward(inputs), fb: () => forwardBackward(inputs) },
      7,
      3000,
    );
    clearBufferPool();
    const recycled = await minTimesInterleaved(
      { fwdR: () => forward(inputs, {}, keep), fbR: () => forwardBackward(inputs, {}, keep) },
      7,
      3000,
    );
    const t = { ...plain, ...recycled };
    const row = { B, N, faultsFwd: t.fwd.faults, faultsFb: t.fb.faults };
    record(row, t);
    results.scaling.push(row);
    console.log(
      `| ${B} | ${N} | ${ms(t.fwd)} | ${ms(t.fb)} | ${t.fwd.faults} / ${t.fb.faults} | ${ms(t.fwdR)} | ${ms(t.fbR)} | ${(t.fbR.cpu / t.fwdR.cpu).toFixed(2)} |`,
    );
  }
  fitExponents(B, ["fwd", "fb", "fwdR", "fbR"]);
}
await residentPass();
console.log("\nFitted exponent of time vs N (log-log slope over the N above; wall, and CPU in brackets):\n");
console.log(
  "| B | forward | forward + backward | recycled forward | recycled forward + backward | resident forward | resident forward + backward |",
);
console.log("|---|---|---|---|---|---|---|");
for (const [B, e] of Object.entries(results.exponents)) {
  const x = (key) => (e[key] === undefined ? "–" : `${e[key].toFixed(2)} (${e[`${key}Cpu`].toFixed(2)})`);
  console.log(
    `| ${B} | ${x("fwd")} | ${x("fb")} | ${x("fwdR")} | ${x("fbR")} | ${x("fwdM")} | ${x("fbM")} |`,
  );
}

const series = [];
for (const B of [1, 64, 512]) {
  const rows = results.scaling.filter((r) => r.B === B);
  series.push({ x: rows.map((r) => Math.log2(r.N)), y: rows.map((r) => r.fwd), label: `B = ${B}, forward` });
  series.push({
    x: rows.map((r) => Math.log2(r.N)),
    y: rows.map((r) => r.fb),
    label: `B = ${B}, fwd + bwd`,
    dash: "6 3",
  });
}
const residentRows = results.scaling.filter((r) => r.B === 512 && r.fbM !== undefined);
if (residentRows.length) {
  series.push({
    x: residentRows.map((r) => Math.log2(r.N)),
    y: residentRows.map((r) => r.fbM),
    label: "B = 512, fwd + bwd, resident memory",
    dash: "2 2",
  });
}
const svg = linePlot({
  title: "NeuRLP CPU: time vs N (central rows, K = 3, Float64, 1 thread)",
  xLabel: "log2 N (grid points)",
  yLabel: "min wall ms",
  logY: true,
  series,
});
await terminateWorkers();
machine.loadavgAtEnd = loadavg();
console.log(
  `\nLoad average at start ${machine.loadavgAtStart.map((x) => x.toFixed(1)).join(", ")}, at end ${machine.loadavgAtEnd.map((x) => x.toFixed(1)).join(", ")} (2 cores, shared).`,
);
const dir = new URL("../bench-results/", import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL("neurlp-throughput.json", dir), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(new URL("neurlp-scaling.svg", dir), svg);
console.log("wrote bench-results/neurlp-throughput.json and bench-results/neurlp-scaling.svg");

/**
 * The default loop again (every call allocates its outputs, the loop its gradU) after
 * `keepMemoryResident()` from `@mechanist/neurlp/node`, which an application opts into: freed large
 * arrays stay mapped and are reused. Measured after the other loops of the run, since the switch is
 * process-wide; `restoreMemoryDefaults()` afterwards.
 */
async function residentPass() {
  const status = keepMemoryResident();
  results.resident = status;
  if (!status.applied) {
    console.log(`\nResident memory not measured: ${status.reason}`);
    return;
  }
  console.log(
    "\nResident: the default loop after `keepMemoryResident()` (`@mechanist/neurlp/node`), 1 thread; min wall ms (CPU):\n",
  );
  console.log("| B | N | fwd ms | fwd+bwd ms | faults fwd / fwd+bwd | fwd+bwd ÷ default fwd+bwd |");
  console.log("|---|---|---|---|---|---|");
  for (const B of [1, 64, 512]) {
    const rows = results.scaling.filter((r) => r.B === B);
    for (const row of rows) {
      const inputs = cellInputs(B, row.N);
      clearBufferPool();
      const t = await minTimesInterleaved(
        { fwdM: () => forward(inputs), fbM: () => forwardBackward(inputs) },
        7,
        3000,
      );
      record(row, t);
      Object.assign(row, { faultsFwdM: t.fwdM.faults, faultsFbM: t.fbM.faults });
      console.log(
        `| ${B} | ${row.N} | ${ms(t.fwdM)} | ${ms(t.fbM)} | ${t.fwdM.faults} / ${t.fbM.faults} | ${(t.fbM.wall / row.fb).toFixed(2)} |`,
      );
    }
    fitExponents(B, ["fwdM", "fbM"]);
  }
  restoreMemoryDefaults();
}

/** Each variant's wall and CPU minima into a scaling row (`key`, `keyCpu`). */
function record(row, timings) {
  for (const [key, v] of Object.entries(timings)) Object.assign(row, { [key]: v.wall, [`${key}Cpu`]: v.cpu });
}

/** Fitted exponents of time vs N (wall and CPU) of `keys` over the scaling rows of batch size B. */
function fitExponents(B, keys) {
  const rows = results.scaling.filter((r) => r.B === B);
  const slope = (key) =>
    loglogSlope(
      rows.map((r) => r.N),
      rows.map((r) => r[key]),
    );
  results.exponents[B] ??= {};
  for (const key of keys) {
    results.exponents[B][key] = slope(key);
    results.exponents[B][`${key}Cpu`] = slope(`${key}Cpu`);
  }
}
