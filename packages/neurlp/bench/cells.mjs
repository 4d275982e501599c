// The throughput cells shared by bench/throughput.mjs and bench/vs-smnn.mjs: B damped oscillators
// u'' + 2ζω u' + ω² u = 0 (ζ ∈ U(0.05, 0.5), ω ∈ U(0.5, 2)) on t ∈ [0, 10], N grid points, random
// initial value and slope in (−1, 1), Float64, D = 1, central rows — the problem bench/smnn_cell.py
// gives the authors' solver. Every input has a full batch (and time) axis, as S-MNN receives them.
import { performance } from "node:perf_hooks";
import { recycle, solveODE } from "../dist/index.js";
import { rand } from "./stats.mjs";

/** The six cells of the comparison (B, N) and, quoted as measured when the work started, the faster
 * S-MNN configuration's forward and forward+backward ms on this machine (issue "NeuRLP on the CPU at
 * the machine's limit"). */
export const CELLS = [
  { B: 1, N: 128, smnnQuoted: { fwd: 14.7, fb: 20.0 } },
  { B: 1, N: 4096, smnnQuoted: { fwd: 270, fb: 411 } },
  { B: 64, N: 128, smnnQuoted: { fwd: 23.8, fb: 42.0 } },
  { B: 64, N: 1024, smnnQuoted: { fwd: 177, fb: 334 } },
  { B: 512, N: 128, smnnQuoted: { fwd: 105, fb: 195 } },
  { B: 512, N: 1024, smnnQuoted: { fwd: 905, fb: 2200 } },
];

/** Inputs of one cell, as `{ shape, data }` arrays. */
export function cellInputs(B, N) {
  const r = rand(N * 7919 + B);
  const c = new Float64Array(B * N * 3);
  const iv = new Float64Array(B * 2);
  for (let b = 0; b < B; b++) {
    const z = 0.05 + 0.45 * r();
    const w = 0.5 + 1.5 * r();
    for (let s = 0; s < N; s++) c.set([w * w, 2 * z * w, 1], (b * N + s) * 3);
    iv[2 * b] = 2 * r() - 1;
    iv[2 * b + 1] = 2 * r() - 1;
  }
  return {
    coefficients: { shape: [B, N, 1, 1, 3], data: c },
    rhs: { shape: [B, N, 1], data: new Float64Array(B * N) },
    initial: { shape: [B, 1, 1, 2], data: iv },
    steps: { shape: [B, N - 1], data: new Float64Array(B * (N - 1)).fill(10 / (N - 1)) },
  };
}

/**
 * One forward solve (the factor is released, as a no-grad forward keeps nothing). With `recycle`
 * the loop hands u back (`recycle`), as a training loop that is done with it can: no fresh memory.
 */
export async function forward(inputs, options, { recycle: give = false } = {}) {
  const s = await solveODE(inputs, options);
  s.dispose();
  if (give) recycle(s.u);
  return s.u;
}

/** gradU arrays kept by size for `recycle` runs (a training loop would keep its own). */
const gradBuffers = new Map();

/** Forward and backward of sum(u²) with respect to all four inputs; `recycle` as in `forward`. */
export async function forwardBackward(inputs, options, { recycle: give = false } = {}) {
  const s = await solveODE(inputs, options);
  const u = s.u.data;
  const g = (give && gradBuffers.get(u.length)) || new Float64Array(u.length);
  if (give) gradBuffers.set(u.length, g);
  for (let i = 0; i < u.length; i++) g[i] = 2 * u[i];
  const grads = await s.vjp({ shape: s.u.shape, data: g });
  s.dispose();
  if (give) recycle(s.u, grads.coefficients, grads.rhs, grads.initial, grads.steps);
  return grads;
}

const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const faultsNow = () => process.resourceUsage().minorPageFault;

/**
 * Minimum wall ms of `fn` over repeats after one warm-up: up to `maxRuns`, stopping after ~`budgetMs`.
 * `minTimes` also returns the minimum process CPU ms (all threads; on a loaded shared machine the
 * steadier number for single-thread work) and the fewest minor page faults of a run (fresh memory
 * being faulted in: > 0 means every run paid for it).
 */
export async function minTimes(fn, maxRuns = 9, budgetMs = 2000, warmUp = true) {
  if (warmUp) await fn();
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  let faults = Number.POSITIVE_INFINITY;
  const start = performance.now();
  for (let i = 0; i < maxRuns; i++) {
    const c0 = cpuNow();
    const f0 = faultsNow();
    const t0 = performance.now();
    await fn();
    wall = Math.min(wall, performance.now() - t0);
    cpu = Math.min(cpu, cpuNow() - c0);
    faults = Math.min(faults, faultsNow() - f0);
    if (performance.now() - start > budgetMs) break;
  }
  return { wall, cpu, faults };
}

/**
 * `minTimes` of several variants, run in turn round by round (so a change of machine load hits them
 * alike): `{ name: fn }` in, `{ name: { wall, cpu, faults } }` out; the budget is for all of them.
 */
export async function minTimesInterleaved(fns, maxRuns = 9, budgetMs = 2000) {
  const out = {};
  for (const [name, fn] of Object.entries(fns)) {
    await fn();
    out[name] = {
      wall: Number.POSITIVE_INFINITY,
      cpu: Number.POSITIVE_INFINITY,
      faults: Number.POSITIVE_INFINITY,
    };
  }
  const start = performance.now();
  for (let i = 0; i < maxRuns && performance.now() - start <= budgetMs; i++) {
    for (const [name, fn] of Object.entries(fns)) {
      const t = await minTimes(fn, 1, 0, false);
      const o = out[name];
      out[name] = {
        wall: Math.min(o.wall, t.wall),
        cpu: Math.min(o.cpu, t.cpu),
        faults: Math.min(o.faults, t.faults),
      };
    }
  }
  return out;
}

export async function minMs(fn, maxRuns = 9, budgetMs = 2000) {
  return (await minTimes(fn, maxRuns, budgetMs)).wall;
}
