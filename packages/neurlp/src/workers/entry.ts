/**
 * Worker entry (Node worker_threads or a browser module Worker). Runs jobs on the backend the job
 * names, as registered by the package's entry (loaded here for its registrations).
 * Built to dist/workers/entry.js; the pool loads the built file (see pool.ts).
 */

import { serveJobs } from "#worker-threads";
import type { NeurlpBackend } from "../backend.js";
import { giveBuffer } from "../core/buffers.js";
import { release, runSync } from "../core/engine.js";
import { NeurlpBackendError } from "../errors.js";
import { getBackendSync, listBackends } from "../index.js";
import { backwardSteps, type ForwardState, forwardSteps } from "../solve.js";
import {
  GRAD_KEYS,
  type GradKey,
  perBatch,
  sliceProblem,
  type WorkerJob,
  type WorkerReply,
} from "./protocol.js";

function backendNamed(name: string): NeurlpBackend {
  if (!listBackends().includes(name)) {
    throw new NeurlpBackendError(
      `backend "${name}" is not registered in the worker threads (they load @mechanist/neurlp's entry, which registers [${listBackends().join(", ")}]); drop the workers option`,
    );
  }
  return getBackendSync(name);
}

interface Kept {
  state: ForwardState;
  whole: WorkerJob & { kind: "forward" };
}

/**
 * Factorisations kept for a later backward, by the pool's key, oldest first. Capped so that callers
 * who never dispose() cannot grow a worker's memory without bound (the oldest is dropped).
 */
const kept = new Map<number, Kept>();
const MAX_KEPT = 8;

function drop(key: number): void {
  const k = kept.get(key);
  kept.delete(key);
  if (k) {
    release(k.state.factored);
    giveBuffer(k.state.u);
  }
}

function handle(job: WorkerJob): WorkerReply {
  try {
    if (job.kind === "release") {
      drop(job.key);
      return { id: job.id, ok: true };
    }
    if (job.kind === "forward") {
      const { N, D, K } = job.problem.dims;
      const sub = sliceProblem(job.problem, job.b0, job.b1);
      const backend = backendNamed(job.backend);
      const state = runSync(forwardSteps(backend, sub, job.aids), backend);
      job.u.set(state.u, job.b0 * N * D * K);
      kept.set(job.key, { state, whole: job });
      while (kept.size > MAX_KEPT) drop(kept.keys().next().value!);
      return { id: job.id, ok: true };
    }
    const k = kept.get(job.key);
    if (!k) {
      throw new Error(
        `the worker no longer holds this solution's factorisation (disposed, or dropped because more than ${MAX_KEPT} newer worker solutions were not disposed); solve again`,
      );
    }
    const { problem, b0, b1 } = k.whole;
    const per = problem.dims.N * problem.dims.D * problem.dims.K;
    const backend = k.state.factored.backend;
    const grads = runSync(backwardSteps(k.state, job.gradU.subarray(b0 * per, b1 * per)), backend);
    const partial: Partial<Record<GradKey, Float64Array>> = {};
    for (const key of GRAD_KEYS) {
      const pb = perBatch(problem, key);
      if (pb > 0) job.gradOut[key]!.set(grads[key]!, b0 * pb);
      else partial[key] = grads[key]!;
    }
    return { id: job.id, ok: true, partial };
  } catch (err) {
    const e = err as Error & Record<string, unknown>;
    const extra: Record<string, unknown> = {};
    for (const k of ["batch", "step", "row", "pivot"]) if (k in e) extra[k] = e[k];
    const name = e.name === "Error" ? "NeurlpBackendError" : e.name;
    return { id: job.id, ok: false, error: { name, message: e.message, extra } };
  }
}

serveJobs(handle);
