/**
 * Worker entry (Node worker_threads or a browser module Worker). Runs jobs on the CPU backend.
 * Built to dist/workers/entry.js; the pool loads the built file (see pool.ts).
 */
import { createCpuBackend } from "../backends/cpu/index.js";
import { release, runSync } from "../core/engine.js";
import { backwardSteps, forwardSteps } from "../solve.js";
import type { WorkerJob, WorkerReply } from "./protocol.js";

const backend = createCpuBackend();

function handle(job: WorkerJob): WorkerReply {
  try {
    const state = runSync(forwardSteps(backend, job.problem, job.aids), backend);
    const grads = job.gradU ? runSync(backwardSteps(state, job.gradU), backend) : undefined;
    release(state.factored);
    return { id: job.id, ok: true, u: state.u, grads };
  } catch (err) {
    const e = err as Error & Record<string, unknown>;
    const extra: Record<string, unknown> = {};
    for (const k of ["batch", "step", "row", "pivot"]) if (k in e) extra[k] = e[k];
    return { id: job.id, ok: false, error: { name: e.name, message: e.message, extra } };
  }
}

function transferables(reply: WorkerReply): ArrayBuffer[] {
  if (!reply.ok) return [];
  const out = [reply.u.buffer as ArrayBuffer];
  for (const g of Object.values(reply.grads ?? {}))
    if (g) out.push((g as Float64Array).buffer as ArrayBuffer);
  return out;
}

const isNode = typeof process !== "undefined" && !!process.versions?.node;
if (isNode) {
  const { parentPort } = await import("node:worker_threads");
  parentPort?.on("message", (job: WorkerJob) => {
    const reply = handle(job);
    parentPort.postMessage(reply, transferables(reply));
  });
} else {
  const scope = globalThis as unknown as {
    onmessage: ((ev: { data: WorkerJob }) => void) | null;
    postMessage(msg: unknown, transfer: ArrayBuffer[]): void;
  };
  scope.onmessage = (ev) => {
    const reply = handle(ev.data);
    scope.postMessage(reply, transferables(reply));
  };
}
