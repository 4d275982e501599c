import { spawnWorker } from "#worker-threads";
import type { BroadcastArray, NeurlpBackend, OdeProblem } from "../backend.js";
import { OdeArray } from "../core/arrays.js";
import { takeBuffer } from "../core/buffers.js";
import type { SolveAids } from "../core/engine.js";
import type { InputGradients } from "../core/gradients.js";
import { checkGradU, type OdeGradients, wrapGradients } from "../core/outputs.js";
import { NeurlpBackendError, NeurlpShapeError, NeurlpSingularError, NeurlpValueError } from "../errors.js";
import type { OdeSolution, SolveOptions } from "../solve.js";
import { GRAD_KEYS, type GradKey, perBatch, type WorkerJob, type WorkerReply } from "./protocol.js";
import type { PortLike } from "./threads.js";

/**
 * Splits a batch over worker threads (Node `worker_threads`) or module Web Workers (browser). Each
 * worker runs the same backend, by its registry name, synchronously on a contiguous slice of the
 * batch, so the results are bit-identical to a single-thread solve. Only synchronous backends qualify
 * (`features.synchronous`; asynchronous ones run on a device that parallelises by itself), and only
 * those the package's own entry registers, since that is what a worker loads. Workers are created on first use, kept for reuse and do not keep a Node
 * process alive; `terminateWorkers()` ends them.
 *
 * The worker script is the built `dist/workers/entry.js`; how it is started is platform code in
 * `threads-node.ts` / `threads-browser.ts` (see `threads.ts`).
 */

interface Slot {
  port: PortLike;
  pending: Map<number, (reply: WorkerReply) => void>;
}

let slots: Slot[] = [];
let nextId = 1;

function spawn(): Slot {
  const pending = new Map<number, (reply: WorkerReply) => void>();
  const onReply = (reply: WorkerReply) => {
    const done = pending.get(reply.id);
    pending.delete(reply.id);
    done?.(reply);
  };
  const onFail = (message: string) => {
    for (const [id, done] of pending) done({ id, ok: false, error: { name: "NeurlpBackendError", message } });
    pending.clear();
    slots = slots.filter((s) => s !== slot);
  };
  const slot: Slot = { port: spawnWorker(onReply, onFail), pending };
  return slot;
}

async function ensure(count: number): Promise<Slot[]> {
  while (slots.length < count) slots.push(spawn());
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

// Shared input arenas are recycled between calls (fresh pages are slow to fault in).
const sharedFree = new Map<number, Float64Array[]>();

function takeShared(length: number): Float64Array {
  const a = sharedFree.get(length)?.pop();
  return a ?? new Float64Array(new SharedArrayBuffer(Math.max(length, 1) * 8), 0, length);
}

function giveShared(a: Float64Array): void {
  let list = sharedFree.get(a.length);
  if (!list) {
    list = [];
    sharedFree.set(a.length, list);
  }
  if (list.length < 4) list.push(a);
}

function sharedCopy(src: Float64Array, arena: Float64Array[]): Float64Array {
  const a = takeShared(src.length);
  a.set(src);
  arena.push(a);
  return a;
}

let nextKey = 1;

function keepAlive(_: unknown): void {}

/** Tells the workers to drop a kept factorisation when its solution is garbage collected. */
const finalizer =
  typeof FinalizationRegistry === "undefined"
    ? null
    : new FinalizationRegistry<{ key: number; used: Slot[]; arena: Float64Array[] }>(({ key, used, arena }) =>
        releaseKept(key, used, arena),
      );

/** Drop the workers' kept state, then recycle the shared inputs (each worker handles jobs in order). */
function releaseKept(key: number, used: Slot[], arena: Float64Array[]): void {
  const live = used.filter((slot) => slots.includes(slot));
  void Promise.all(live.map((slot) => run(slot, { kind: "release", id: nextId++, key }))).then(() => {
    for (const a of arena) giveShared(a);
  });
}

function checkReplies(replies: WorkerReply[], ranges: Array<[number, number]>): void {
  replies.forEach((reply, i) => {
    if (!reply.ok) throw rebuildError(reply.error, ranges[i]![0]);
  });
}

export async function solveWithWorkers(
  backend: NeurlpBackend,
  problem: OdeProblem,
  options: SolveOptions,
  workers: number,
): Promise<OdeSolution> {
  if (!backend.features.synchronous) {
    throw new NeurlpBackendError(
      `workers > 1 runs a synchronous backend's kernels in worker threads; backend "${backend.name}" is asynchronous (it runs on a device that parallelises itself) — drop the workers option`,
    );
  }
  if (typeof SharedArrayBuffer === "undefined") {
    throw new NeurlpBackendError(
      "workers need SharedArrayBuffer (in browsers: a cross-origin-isolated page); drop the workers option",
    );
  }
  const aids: SolveAids = {
    equilibrate: options.equilibrate,
    iterativeRefinement: options.iterativeRefinement,
  };
  const { B, N, D, K } = problem.dims;
  const arena: Float64Array[] = [];
  const share = (a: BroadcastArray): BroadcastArray => ({ ...a, data: sharedCopy(a.data, arena) });
  // the shared inputs stay alive with the kept factorisations (the workers' views point into them)
  const shared: OdeProblem = {
    ...problem,
    coefficients: share(problem.coefficients),
    rhs: share(problem.rhs),
    initial: share(problem.initial),
    steps: share(problem.steps),
  };
  // workers write u into a recycled shared scratch; the caller gets a (pooled) private copy
  const uShared = takeShared(B * N * D * K);
  const ranges = chunks(B, workers);
  const used = await ensure(ranges.length);
  const key = nextKey++;
  let disposed = false;
  let solution: OdeSolution | undefined;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    if (solution) finalizer?.unregister(solution);
    releaseKept(key, used, arena);
  };
  try {
    const replies = await Promise.all(
      ranges.map(([b0, b1], i) =>
        run(used[i]!, {
          kind: "forward",
          id: nextId++,
          key,
          backend: backend.name,
          problem: shared,
          b0,
          b1,
          aids,
          u: uShared,
        }),
      ),
    );
    checkReplies(replies, ranges);
  } catch (err) {
    giveShared(uShared);
    dispose();
    throw err;
  }
  const u = takeBuffer(uShared.length, false);
  u.set(uShared);
  giveShared(uShared);
  solution = {
    u: new OdeArray([B, N, D, K], u),
    vjp: async (gradU): Promise<OdeGradients> => {
      if (disposed) throw new NeurlpBackendError("vjp called after dispose()");
      keepAlive(solution); // holding vjp alone must keep the workers' state (see the finalizer)
      if (used.some((s) => !slots.includes(s))) {
        throw new NeurlpBackendError("the worker threads holding this solution were terminated; solve again");
      }
      const scratch: Float64Array[] = [];
      const g = sharedCopy(checkGradU(problem, gradU), scratch);
      const gradOut: Partial<Record<GradKey, Float64Array>> = {};
      for (const k of GRAD_KEYS) {
        if (perBatch(problem, k) > 0) {
          gradOut[k] = takeShared(problem[k].data.length);
          scratch.push(gradOut[k]);
        }
      }
      try {
        const replies = await Promise.all(
          ranges.map((_, i) => run(used[i]!, { kind: "backward", id: nextId++, key, gradU: g, gradOut })),
        );
        checkReplies(replies, ranges);
        // batched inputs: private copies of the shared outputs; broadcast (batch-1) inputs: sum the
        // workers' partial gradients, in worker order
        const grads: InputGradients = {};
        for (const k of GRAD_KEYS) {
          const out = gradOut[k];
          if (out) {
            grads[k] = Float64Array.from(out);
            continue;
          }
          const total = new Float64Array(problem[k].data.length);
          for (const reply of replies) {
            const part = (reply as { partial?: Partial<Record<GradKey, Float64Array>> }).partial![k]!;
            for (let j = 0; j < total.length; j++) total[j] += part[j]!;
          }
          grads[k] = total;
        }
        return wrapGradients(problem, grads);
      } finally {
        for (const a of scratch) giveShared(a);
      }
    },
    dispose,
  };
  finalizer?.register(solution, { key, used, arena }, solution);
  return solution;
}
