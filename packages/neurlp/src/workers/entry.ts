/**
 * Worker entry (Node worker_threads or a browser module Worker). Runs jobs on the CPU backend.
 * Built to dist/workers/entry.js; the pool loads the built file (see pool.ts).
 */
import { createCpuBackend } from "../backends/cpu/index.js";
import { giveBuffer } from "../core/buffers.js";
import { release, runSync } from "../core/engine.js";
import { backwardSteps, forwardSteps } from "../solve.js";
import {
  GRAD_KEYS,
  type GradKey,
  perBatch,
  sliceProblem,
  type WorkerJob,
  type WorkerReply,
} from "./protocol.js";

const backend = createCpuBackend();

function handle(job: WorkerJob): WorkerReply {
  try {
    const { N, D, K } = job.problem.dims;
    const per = N * D * K;
    const sub = sliceProblem(job.problem, job.b0, job.b1);
    const state = runSync(forwardSteps(backend, sub, job.aids), backend);
    let partial: Partial<Record<GradKey, Float64Array>> | undefined;
    if (job.gradU) {
      const g = job.gradU.subarray(job.b0 * per, job.b1 * per);
      const grads = runSync(backwardSteps(state, g), backend);
      partial = {};
      for (const key of GRAD_KEYS) {
        const pb = perBatch(job.problem, key);
        if (pb > 0) job.gradOut![key]!.set(grads[key]!, job.b0 * pb);
        else partial[key] = grads[key]!;
      }
    }
    release(state.factored);
    job.u.set(state.u, job.b0 * per);
    giveBuffer(state.u);
    return { id: job.id, ok: true, partial };
  } catch (err) {
    const e = err as Error & Record<string, unknown>;
    const extra: Record<string, unknown> = {};
    for (const k of ["batch", "step", "row", "pivot"]) if (k in e) extra[k] = e[k];
    return { id: job.id, ok: false, error: { name: e.name, message: e.message, extra } };
  }
}

function transferables(reply: WorkerReply): ArrayBuffer[] {
  if (!reply.ok || !reply.partial) return [];
  return Object.values(reply.partial).map((g) => g!.buffer as ArrayBuffer);
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
