// Side by side with the authors' S-MNN solver (IST-DASLab/ScalableMNN) on this machine, in one run:
// for every cell of bench/cells.mjs and every round, S-MNN's PyTorch path, its C++ helper (when
// built) and ours are timed one after the other, and the minima over the rounds are compared
// (the machine is shared, so absolute times move; interleaving keeps the comparison fair).
//
//   SMNN_DIR=<ScalableMNN checkout> [SMNN_CPP_DIR=<its built package/ dir>] [SMNN_PYTHON=python3]
//   node bench/vs-smnn.mjs [--rounds=3]
//
// Needs PyTorch for that Python (Debian: apt-get install python3-torch). Skips (exit 0) without it.
// Writes bench-results/neurlp-vs-smnn.json.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { createInterface } from "node:readline";
import { terminateWorkers } from "../dist/index.js";
import { CELLS, cellInputs, forward, forwardBackward, minMs } from "./cells.mjs";

const python = process.env.SMNN_PYTHON ?? "/usr/bin/python3";
const roundsArg = process.argv.find((a) => a.startsWith("--rounds="));
const rounds = roundsArg ? Number(roundsArg.slice(9)) : 3;
const script = new URL("./smnn_cell.py", import.meta.url).pathname;

function available() {
  if (!process.env.SMNN_DIR) return "SMNN_DIR is not set (a checkout of IST-DASLab/ScalableMNN)";
  const probe = spawnSync(python, ["-c", "import torch"], { encoding: "utf8" });
  return probe.status === 0 ? null : `${python} cannot import torch (apt-get install python3-torch)`;
}

/** A persistent S-MNN timing process: send "B N", get {fwd, fb, cpp}. */
function smnnProcess(cppDir) {
  const env = { ...process.env, SMNN_CPP_DIR: cppDir ?? "" };
  const child = spawn(python, [script], { env, stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  lines.on("line", (l) => waiting.shift()?.(JSON.parse(l)));
  return {
    time: (B, N) =>
      new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin.write(`${B} ${N}\n`);
      }),
    close: () => child.stdin.end(),
  };
}

const missing = available();
if (missing) {
  console.log(`vs-smnn: skipped — ${missing}.`);
  process.exit(0);
}
const variants = { pure: smnnProcess(null) };
if (process.env.SMNN_CPP_DIR) variants.cpp = smnnProcess(process.env.SMNN_CPP_DIR);
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const results = {
  machine: {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    loadavgAtStart: loadavg(),
  },
  // S-MNN's PyTorch intra-op threads (smnn_cell.py): its default 2, or SMNN_THREADS
  smnnThreads: Number(process.env.SMNN_THREADS ?? 2),
  rounds,
  cells: [],
};
console.error(
  `vs-smnn: ${CELLS.length} cells × ${rounds} rounds, variants ${Object.keys(variants).join(", ")} and ours`,
);
for (const { B, N } of CELLS) {
  const inputs = cellInputs(B, N);
  const min = {};
  const keep = (k, v) => {
    min[k] = Math.min(min[k] ?? Number.POSITIVE_INFINITY, v);
  };
  for (let r = 0; r < rounds; r++) {
    for (const [name, proc] of Object.entries(variants)) {
      const t = await proc.time(B, N);
      if (name === "cpp" && !t.cpp)
        throw new Error("SMNN_CPP_DIR is set but smnn.py did not load the C++ helper");
      keep(`${name}Fwd`, t.fwd);
      keep(`${name}Fb`, t.fb);
    }
    keep("oursFwd", await minMs(() => forward(inputs)));
    keep("oursFb", await minMs(() => forwardBackward(inputs)));
    if (B > 1) {
      keep("workersFwd", await minMs(() => forward(inputs, { workers: 2 })));
      keep("workersFb", await minMs(() => forwardBackward(inputs, { workers: 2 })));
    }
  }
  const smnnFwd = Math.min(min.pureFwd, min.cppFwd ?? Number.POSITIVE_INFINITY);
  const smnnFb = Math.min(min.pureFb, min.cppFb ?? Number.POSITIVE_INFINITY);
  const oursFwd = Math.min(min.oursFwd, min.workersFwd ?? Number.POSITIVE_INFINITY);
  const oursFb = Math.min(min.oursFb, min.workersFb ?? Number.POSITIVE_INFINITY);
  const row = { B, N, ...min, smnnFwd, smnnFb, oursBestFwd: oursFwd, oursBestFb: oursFb };
  row.ratioFwd = smnnFwd / oursFwd;
  row.ratioFb = smnnFb / oursFb;
  results.cells.push(row);
  console.error(
    `  ${B}, ${N}: S-MNN ${fmt(smnnFwd)} / ${fmt(smnnFb)} ms, ours ${fmt(oursFwd)} / ${fmt(oursFb)} ms`,
  );
}
for (const p of Object.values(variants)) p.close();
await terminateWorkers();
results.machine.loadavgAtEnd = loadavg();

console.log(
  "\n## Side by side with S-MNN (min wall ms over interleaved rounds; Float64, D = 1, K = 3, central)\n",
);
console.log(
  "| B, N | S-MNN PyTorch fwd / fwd+bwd | S-MNN C++ helper | ours, 1 thread | ours, 2 workers | faster S-MNN ÷ ours (fwd / fwd+bwd) |",
);
console.log("|---|---|---|---|---|---|");
for (const c of results.cells) {
  const pair = (f, b) => (f === undefined ? "–" : `${fmt(f)} / ${fmt(b)}`);
  console.log(
    `| ${c.B}, ${c.N} | ${pair(c.pureFwd, c.pureFb)} | ${pair(c.cppFwd, c.cppFb)} | ${pair(c.oursFwd, c.oursFb)} | ${pair(c.workersFwd, c.workersFb)} | ${c.ratioFwd.toFixed(1)}× / ${c.ratioFb.toFixed(1)}× |`,
  );
}
console.log(`\nS-MNN ran with ${results.smnnThreads} PyTorch thread(s) (SMNN_THREADS).`);
console.log(
  `\nLoad average at start ${results.machine.loadavgAtStart.map((x) => x.toFixed(1)).join(", ")}, at end ${results.machine.loadavgAtEnd.map((x) => x.toFixed(1)).join(", ")}.`,
);
const dir = new URL("../bench-results/", import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL("neurlp-vs-smnn.json", dir), `${JSON.stringify(results, null, 2)}\n`);
console.log("wrote bench-results/neurlp-vs-smnn.json");
