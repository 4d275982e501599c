import type { NeurlpBackend, OdeProblem } from "../backend.js";
import { OdeArray } from "../core/arrays.js";
import type { SolveAids } from "../core/engine.js";
import type { InputGradients } from "../core/gradients.js";
import { checkGradU, type OdeGradients, wrapGradients } from "../core/outputs.js";
import { NeurlpBackendError, NeurlpShapeError, NeurlpSingularError, NeurlpValueError } from "../errors.js";
import type { OdeSolution, SolveOptions } from "../solve.js";
import { sliceProblem, type WorkerJob, type WorkerReply } from "./protocol.js";

/**
 * Splits a batch over worker threads (Node `worker_threads`) or module Web Workers (browser). Each
 * worker runs the CPU backend on a contiguous slice of the batch, so the results are bit-identical
 * to a single-thread solve. Workers are created on first use, kept for reuse and do not keep a Node
 * process alive; `terminateWorkers()` ends them.
 *
 * The worker script is the built `dist/workers/entry.js`. When this module runs from source (tests
 * through the "source" condition) the pool looks for that built file next to `src/`.
 */

interface PortLike {
  postMessage(msg: unknown): void;
  terminate(): unknown;
}

interface Slot {
  port: PortLike;
  pending: Map<number, (reply: WorkerReply) => void>;
}

let slots: Slot[] = [];
let nextId = 1;

const isNode = typeof process !== "undefined" && !!process.versions?.node;

async function workerUrl(): Promise<URL> {
  const here = import.meta.url;
  const candidates = here.endsWith(".ts")
    ? [new URL("../../dist/workers/entry.js", here)]
    : [new URL("./entry.js", here)];
  if (isNode) {
    const { existsSync } = await import("node:fs");
    const { fileURLToPath } = await import("node:url");
    const found = candidates.find((u) => existsSync(fileURLToPath(u)));
    if (!found) {
      throw new NeurlpBackendError(
        `the worker script ${candidates[0]!.pathname} is missing: build @mechanist/neurlp first (pnpm --filter @mechanist/neurlp build)`,
      );
    }
    return found;
  }
  return candidates[0]!;
}

async function spawn(): Promise<Slot> {
  const url = await workerUrl();
  const pending = new Map<number, (reply: WorkerReply) => void>();
  const onReply = (reply: WorkerReply) => {
    const done = pending.get(reply.id);
    pending.delete(reply.id);
    done?.(reply);
  };
  if (isNode) {
    const { Worker } = await import("node:worker_threads");
    const w = new Worker(url);
    w.unref();
    w.on("message", onReply);
    w.on("error", (err) => {
      for (const [id, done] of pending)
        done({ id, ok: false, error: { name: "NeurlpBackendError", message: String(err) } });
      pending.clear();
      slots = slots.filter((s) => s.port !== w);
    });
    return { port: w, pending };
  }
  const WorkerCtor = (
    globalThis as unknown as { Worker: new (u: URL, o: object) => PortLike & { onmessage: unknown } }
  ).Worker;
  const w = new WorkerCtor(url, { type: "module" });
  w.onmessage = (ev: { data: WorkerReply }) => onReply(ev.data);
  return { port: w, pending };
}

async function ensure(count: number): Promise<Slot[]> {
  while (slots.length < count) slots.push(await spawn());
  return slots.slice(0, count);
}

/** End every worker thread of the pool. */
export async function terminateWorkers(): Promise<void> {
  const old = slots;
  slots = [];
  await Promise.all(old.map((s) => s.port.terminate()));
}

function rebuildError(
  e: { name: string; message: string; extra?: Record<string, unknown> },
  b0: number,
): Error {
  if (e.name === "NeurlpSingularError") {
    const x = e.extra ?? {};
    const batch = Number(x.batch) + b0;
    return new NeurlpSingularError(
      e.message.replace(/batch element \d+/, `batch element ${batch}`),
      batch,
      Number(x.step),
      Number(x.row),
      Number(x.pivot),
    );
  }
  const Ctor =
    e.name === "NeurlpShapeError"
      ? NeurlpShapeError
      : e.name === "NeurlpValueError"
        ? NeurlpValueError
        : NeurlpBackendError;
  return new Ctor(e.message);
}

function run(slot: Slot, job: WorkerJob): Promise<WorkerReply> {
  return new Promise((resolve) => {
    slot.pending.set(job.id, resolve);
    slot.port.postMessage(job);
  });
}

function chunks(B: number, workers: number): Array<[number, number]> {
  const k = Math.min(B, workers);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < k; i++) out.push([Math.floor((i * B) / k), Math.floor(((i + 1) * B) / k)]);
  return out;
}

async function runAll(
  problem: OdeProblem,
  aids: SolveAids,
  workers: number,
  gradU?: Float64Array,
): Promise<{ u: Float64Array; parts: Array<{ range: [number, number]; grads?: InputGradients }> }> {
  const { B, N, D, K } = problem.dims;
  const per = N * D * K;
  const ranges = chunks(B, workers);
  const pool = await ensure(ranges.length);
  const replies = await Promise.all(
    ranges.map(([b0, b1], i) =>
      run(pool[i]!, {
        id: nextId++,
        problem: sliceProblem(problem, b0, b1),
        aids,
        gradU: gradU?.slice(b0 * per, b1 * per),
      }),
    ),
  );
  const u = new Float64Array(B * per);
  const parts: Array<{ range: [number, number]; grads?: InputGradients }> = [];
  replies.forEach((reply, i) => {
    const range = ranges[i]!;
    if (!reply.ok) throw rebuildError(reply.error, range[0]);
    u.set(reply.u, range[0] * per);
    parts.push({ range, grads: reply.grads });
  });
  return { u, parts };
}

/** Merge per-slice gradients: concatenate batched inputs, sum broadcast (batch 1) ones. */
function mergeGrads(
  problem: OdeProblem,
  parts: Array<{ range: [number, number]; grads?: InputGradients }>,
): InputGradients {
  const merged: InputGradients = {};
  for (const key of ["coefficients", "rhs", "initial", "steps"] as const) {
    const input = problem[key];
    const total = new Float64Array(input.data.length);
    const perElement = input.batch === 1 ? 0 : input.data.length / input.batch;
    for (const { range, grads } of parts) {
      const g = grads![key]!;
      if (perElement === 0) for (let i = 0; i < g.length; i++) total[i] += g[i]!;
      else total.set(g, range[0] * perElement);
    }
    merged[key] = total;
  }
  return merged;
}

export async function solveWithWorkers(
  backend: NeurlpBackend,
  problem: OdeProblem,
  options: SolveOptions,
  workers: number,
): Promise<OdeSolution> {
  if (backend.name !== "cpu") {
    throw new NeurlpBackendError(
      `workers > 1 runs the "cpu" backend in worker threads; backend "${backend.name}" parallelises itself — drop the workers option`,
    );
  }
  const aids: SolveAids = { equilibrate: options.equilibrate, refine: options.refine };
  const { u } = await runAll(problem, aids, workers);
  return {
    u: new OdeArray([problem.dims.B, problem.dims.N, problem.dims.D, problem.dims.K], u),
    // Workers are stateless, so the backward re-runs the (cheap) factorisation next to the adjoint solve.
    vjp: async (gradU): Promise<OdeGradients> => {
      const g = checkGradU(problem, gradU);
      const { parts } = await runAll(problem, aids, workers, g);
      return wrapGradients(problem, mergeGrads(problem, parts));
    },
    dispose: () => {},
  };
}

/** Forward and backward in one pass on the workers (for training loops and benchmarks). */
export async function solveAndGradWithWorkers(
  problem: OdeProblem,
  aids: SolveAids,
  workers: number,
  gradU: Float64Array,
): Promise<{ u: Float64Array; grads: InputGradients }> {
  const { u, parts } = await runAll(problem, aids, workers, gradU);
  return { u, grads: mergeGrads(problem, parts) };
}
