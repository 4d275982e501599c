import type { BroadcastArray, OdeProblem } from "../backend.js";
import type { SolveAids } from "../core/engine.js";
import type { InputGradients } from "../core/gradients.js";

/** Messages between the pool and a worker. Workers are stateless: each job is self-contained. */
export interface WorkerJob {
  id: number;
  problem: OdeProblem;
  aids: SolveAids;
  /** When present, the worker also runs the backward pass with this dL/du `[B, N, D, K]`. */
  gradU?: Float64Array;
}

export type WorkerReply =
  | { id: number; ok: true; u: Float64Array; grads?: InputGradients }
  | { id: number; ok: false; error: { name: string; message: string; extra?: Record<string, unknown> } };

function sliceArray(a: BroadcastArray, per: number, b0: number, b1: number): BroadcastArray {
  if (a.batch === 1) return a;
  return { data: a.data.slice(b0 * per, b1 * per), batch: b1 - b0, time: a.time };
}

/** The sub-problem of batch elements b0..b1−1 (broadcast inputs are shared, not copied per element). */
export function sliceProblem(p: OdeProblem, b0: number, b1: number): OdeProblem {
  const { N, E, D, K, nIvSteps, nIv } = p.dims;
  return {
    ...p,
    dims: { ...p.dims, B: b1 - b0 },
    coefficients: sliceArray(p.coefficients, p.coefficients.time * E * D * K, b0, b1),
    rhs: sliceArray(p.rhs, p.rhs.time * E, b0, b1),
    initial: sliceArray(p.initial, nIvSteps * D * nIv, b0, b1),
    steps: sliceArray(p.steps, N - 1, b0, b1),
  };
}
