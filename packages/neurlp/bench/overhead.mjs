// (4) Per-call cost of the entry points at B = 1, N = 128, K = 3 (u'' + 0.3u' + 4u = 0, u(0) = 1, u'(0) = 0):
// the front door, the tensor-shaped solveODE with nested arrays and with { shape, data }, and the Tensor op.
// The work itself is microseconds, so this measures the per-call overhead (validation, allocation, dispatch).
// Variants are interleaved round by round (the machine is shared) and each round times a burst of calls.
import { performance } from "node:perf_hooks";
import { tensor } from "@mechanist/autodiff";
import { odeSolve, solveLinearODE, solveODE } from "../dist/index.js";

const N = 128;
const dt = 10 / (N - 1);
const flat = {
  coefficients: { shape: [1, 1, 1, 1, 3], data: Float64Array.of(4, 0.3, 1) },
  rhs: { shape: [1, 1, 1], data: Float64Array.of(0) },
  initial: { shape: [1, 1, 1, 2], data: Float64Array.of(1, 0) },
  steps: dt,
  nSteps: N,
};
const nested = {
  coefficients: [[[[[4, 0.3, 1]]]]],
  rhs: [[[0]]],
  initial: [[[[1, 0]]]],
  steps: dt,
  nSteps: N,
};
const tensors = {
  coefficients: tensor([[[[[4, 0.3, 1]]]]]),
  rhs: tensor([[[0]]]),
  initial: tensor([[[[1, 0]]]]),
  steps: dt,
};

const VARIANTS = {
  "solveLinearODE({ coefficients: [4, 0.3, 1], y0, t: { t0, t1, dt } })": () =>
    solveLinearODE({ coefficients: [4, 0.3, 1], y0: [1, 0], t: { t0: 0, t1: 10, dt } }),
  "solveODE, nested arrays (+ dispose)": async () => (await solveODE(nested)).dispose(),
  "solveODE, { shape, data } (+ dispose)": async () => (await solveODE(flat)).dispose(),
  "odeSolve (Tensor op, forward)": () => odeSolve(tensors, { nSteps: N }),
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/**
 * Per variant: the median over `rounds` interleaved rounds of the CPU milliseconds per call of a burst
 * (this process's user + system time: on a loaded shared machine wall time mostly measures waiting for a
 * core), and the median wall time of single calls (the unpreempted ones dominate it).
 */
export async function overheadSection({ rounds = 15, burst = 200 } = {}) {
  console.log(
    `\n## (4) Per-call overhead at B = 1, N = ${N}, K = 3 (medians of ${rounds} interleaved rounds × ${burst} calls)\n`,
  );
  const cpu = Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, []]));
  const wall = Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, []]));
  for (const fn of Object.values(VARIANTS)) for (let i = 0; i < burst; i++) await fn(); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(VARIANTS)) {
      const c0 = cpuMs();
      for (let i = 0; i < burst; i++) {
        const t0 = performance.now();
        await fn();
        wall[name].push(performance.now() - t0);
      }
      cpu[name].push((cpuMs() - c0) / burst);
    }
  }
  const base = median(cpu["solveODE, { shape, data } (+ dispose)"]);
  const rows = Object.keys(VARIANTS).map((entry) => ({
    entry,
    cpuMsPerCall: median(cpu[entry]),
    wallMsPerCall: median(wall[entry]),
    ratioToShapeData: median(cpu[entry]) / base,
    under0_3ms: median(cpu[entry]) < 0.3,
  }));
  console.log(
    "| entry point | CPU ms per call | wall ms per call | × solveODE {shape, data} (CPU) | < 0.3 ms |\n|---|---|---|---|---|",
  );
  for (const r of rows)
    console.log(
      `| ${r.entry} | ${r.cpuMsPerCall.toFixed(4)} | ${r.wallMsPerCall.toFixed(4)} | ${r.ratioToShapeData.toFixed(2)} | ${r.under0_3ms ? "yes" : "NO"} |`,
    );
  return { B: 1, N, K: 3, rounds, burst, rows };
}
