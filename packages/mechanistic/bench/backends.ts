/**
 * `discover` on the Lorenz default and one MechanisticBlock training epoch on every NeuRLP backend, side by
 * side in one run: cpu, tfjs (its WebAssembly backend), gpu.js (its default mode in Node, "webasm"), WebGPU
 * in Node (Dawn; on a machine without a GPU that is Mesa's lavapipe) and WebGPU in headless Chromium (on such
 * a machine, Chromium's SwiftShader). Rounds are interleaved (every backend once per task per round) and the
 * table reports medians, so the load of a shared machine falls on all backends alike; the load average is
 * recorded before and after. Prints a markdown table, writes bench-results/backends.json.
 * Run: pnpm bench:backends [--rounds 3] [--tasks discover,block] [--backends cpu,tfjs,gpujs,webgpu,chromium-webgpu]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release } from "node:os";
import { fileURLToPath } from "node:url";
import { runInBrowser } from "@mechanist/browser-harness";
import { getBackend } from "@mechanist/neurlp";
import { register as registerGpujs } from "@mechanist/neurlp-gpujs";
import { register as registerTfjs } from "@mechanist/neurlp-tfjs";
import { register as registerWebgpu, type WebGPUBackend } from "@mechanist/neurlp-webgpu";
import { TASKS, type TaskName, type TaskResult } from "./backend-tasks.js";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const rounds = Number(arg("rounds", "3"));
const tasks = arg("tasks", "block,discover")
  .split(",")
  .map((t) => (t === "block" ? "block epoch" : t) as TaskName);
const backends = arg("backends", "cpu,tfjs,gpujs,webgpu,chromium-webgpu").split(",");

const registered: Record<string, () => string> = {
  cpu: () => "cpu",
  tfjs: registerTfjs,
  gpujs: registerGpujs,
  webgpu: registerWebgpu,
};

/** What each backend column runs on, as the backend reports it; the registered names (each registered once). */
const adapters: Record<string, string> = {};
const names: Record<string, string> = {};

async function runOnce(task: TaskName, backend: string): Promise<TaskResult> {
  if (backend !== "chromium-webgpu") return TASKS[task](names[backend]!);
  const page = fileURLToPath(new URL("./backends-page.ts", import.meta.url));
  const r = await runInBrowser<TaskResult & { adapter: string }>({
    entry: page,
    input: { task },
    timeoutMs: 900_000,
  });
  adapters[backend] = r.result.adapter;
  return r.result;
}

// field names the docs' benchmarks page reads (date, cpu, cores, node, loadavgAtStart)
const machine = {
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  kernel: release(),
  node: process.version,
  loadavgAtStart: loadavg().map((l) => Number(l.toFixed(2))),
};
for (const b of backends.filter((b) => b in registered)) {
  const name = registered[b]!();
  names[b] = name;
  const info = await getBackend(name);
  adapters[b] = b === "webgpu" ? (info as WebGPUBackend).adapter : `${info.name}, Float${info.precision}`;
}
const results = new Map<string, TaskResult[]>();
for (let round = 1; round <= rounds; round++) {
  for (const task of tasks) {
    for (const backend of backends) {
      const r = await runOnce(task, backend);
      process.stderr.write(
        `round ${round} ${task} ${backend}: ${r.seconds.toFixed(2)} s, check ${r.check}\n`,
      );
      results.set(`${task}|${backend}`, [...(results.get(`${task}|${backend}`) ?? []), r]);
    }
  }
}
const loadavgAtEnd = loadavg().map((l) => Number(l.toFixed(2)));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows = tasks.map((task) => ({
  task,
  cells: backends.map((backend) => {
    const runs = results.get(`${task}|${backend}`)!;
    const seconds = median(runs.map((r) => r.seconds));
    const cpu = results.get(`${task}|cpu`);
    return {
      backend,
      seconds,
      vsCpu: cpu ? seconds / median(cpu.map((r) => r.seconds)) : null,
      runs: runs.map((r) => r.seconds),
      check: runs.map((r) => r.check),
      spurious: runs.map((r) => r.spurious ?? 0),
    };
  }),
}));
const head = `| task | ${backends.join(" | ")} |\n|---|${backends.map(() => "---:").join("|")}|`;
const lines = rows.map(
  (r) =>
    `| ${r.task} | ${r.cells
      .map((c) => `${c.seconds.toFixed(2)} s${c.vsCpu === null ? "" : ` (${c.vsCpu.toFixed(2)}×)`}`)
      .join(" | ")} |`,
);
console.log(`${head}\n${lines.join("\n")}`);
console.log(`\nadapters: ${JSON.stringify(adapters)}`);
console.log(
  `machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; load average ${machine.loadavgAtStart.join(" ")} before, ${loadavgAtEnd.join(" ")} after; ${rounds} round(s), medians`,
);
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/backends.json",
  `${JSON.stringify({ machine: { ...machine, loadavgAtEnd }, rounds, adapters, rows }, null, 2)}\n`,
);
