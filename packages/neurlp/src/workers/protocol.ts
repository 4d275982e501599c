import type { BroadcastArray, OdeProblem } from "../backend.js";
import type { SolveAids } from "../core/engine.js";

/**
 * Messages between the pool and a worker. All large arrays live in SharedArrayBuffers: the inputs
 * are shared read-only by every worker, and each worker writes its batch slice of u (and of the
 * batched gradients) straight into shared outputs, so nothing large is cloned or copied back.
 * A forward job keeps its factorisation in the worker under `key` until a "release" job, so the
 * backward is one adjoint solve, as on one thread.
 */
export type WorkerJob =
  | {
      kind: "forward";
      id: number;
      key: number;
      /** Registry name of the backend the worker runs (one registered by the package's own entry). */
      backend: string;
      /** The whole problem (shared arrays); this worker solves batch elements b0..b1−1. */
      problem: OdeProblem;
      b0: number;
      b1: number;
      aids: SolveAids;
      /** Output u `[B, N, D, K]` (shared). */
      u: Float64Array;
    }
  | {
      kind: "backward";
      id: number;
      key: number;
      /** dL/du `[B, N, D, K]` (shared, whole batch). */
      gradU: Float64Array;
      /** Shared outputs for the gradients of inputs with a full batch axis (others come back as partial sums). */
      gradOut: Partial<Record<GradKey, Float64Array>>;
    }
  | { kind: "release"; id: number; key: number };

export type GradKey = "coefficients" | "rhs" | "initial" | "steps";
export const GRAD_KEYS: readonly GradKey[] = ["coefficients", "rhs", "initial", "steps"];

export type WorkerReply =
  | { id: number; ok: true; partial?: Partial<Record<GradKey, Float64Array>> }
  | { id: number; ok: false; error: { name: string; message: string; extra?: Record<string, unknown> } };

/** Elements per batch element of a broadcast input (0 when its batch axis is 1). */
export function perBatch(p: OdeProblem, key: GradKey): number {
  const a = p[key];
  return a.batch === 1 ? 0 : a.data.length / a.batch;
}

function view(a: BroadcastArray, per: number, b0: number, b1: number): BroadcastArray {
  if (a.batch === 1) return a;
  return { data: a.data.subarray(b0 * per, b1 * per), batch: b1 - b0, time: a.time };
}

/** Zero-copy view of batch elements b0..b1−1 (broadcast inputs are shared as they are). */
export function sliceProblem(p: OdeProblem, b0: number, b1: number): OdeProblem {
  const { N, E, D, K, nIvSteps, nIv } = p.dims;
  return {
    ...p,
    dims: { ...p.dims, B: b1 - b0 },
    coefficients: view(p.coefficients, p.coefficients.time * E * D * K, b0, b1),
    rhs: view(p.rhs, p.rhs.time * E, b0, b1),
    initial: view(p.initial, nIvSteps * D * nIv, b0, b1),
    steps: view(p.steps, N - 1, b0, b1),
  };
}
