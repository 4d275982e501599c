import { customOp, Tensor } from "@mechanist/autodiff";
import type { RowWeights, Smoothness } from "./backend.js";
import type { SolveAids } from "./core/engine.js";
import { NeurlpShapeError, NeurlpValueError } from "./errors.js";
import type { HighOrderOptions, Scheme } from "./highorder/index.js";
import type { PreparedODE } from "./prepare.js";
import { backwardSolvedSync, type Solved, solveSync } from "./solve.js";

/**
 * Tensor-level, differentiable entry points for @mechanist/autodiff. Each is one custom op: the
 * forward runs the kernels (synchronous backends only, e.g. "cpu"), the backward is the implicit
 * differentiation of the core (one adjoint solve with the saved factor, then the analytic chain).
 */

export interface OdeSolveTensors {
  /** `[B|1, N|1, E, D, K]`. */
  coefficients: Tensor;
  /** `[B|1, N|1, E]`. */
  rhs: Tensor;
  /** `[B|1, nIvSteps, D, nIv]`, or null/omitted for no initial rows. */
  initial?: Tensor | null;
  /** `[B|1, N − 1]`, a scalar Tensor (shape [] or [1]) or a number (then no gradient). */
  steps: Tensor | number;
}

export interface OdeSolveOptions extends SolveAids, HighOrderOptions {
  backend?: string;
  /** "published" (default) or "high" (fourth order; see `SolveOptions.scheme`). */
  scheme?: Scheme;
  smoothness?: Smoothness;
  weights?: Partial<RowWeights>;
  /** N, needed when no input has a time axis. */
  nSteps?: number;
}

function asInput(t: Tensor): { shape: readonly number[]; data: Float64Array | Float32Array } {
  return { shape: t.shape, data: t.data };
}

function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s;
}

/**
 * Differentiable NeuRLP solve: returns u `[B, N, D, K]` (Float64); gradients flow to coefficients,
 * rhs, initial and steps (whichever are Tensors).
 */
export function odeSolve(inputs: OdeSolveTensors, options: OdeSolveOptions = {}): Tensor {
  const { coefficients, rhs, initial, steps } = inputs;
  for (const [name, t] of [
    ["coefficients", coefficients],
    ["rhs", rhs],
  ] as const) {
    if (!(t instanceof Tensor)) throw new NeurlpValueError(`odeSolve: ${name} must be a Tensor`);
  }
  const tensors: Tensor[] = [coefficients, rhs];
  const hasIv = initial instanceof Tensor;
  if (hasIv) tensors.push(initial);
  const stepsTensor = steps instanceof Tensor ? steps : null;
  if (stepsTensor) tensors.push(stepsTensor);
  else if (typeof steps !== "number")
    throw new NeurlpValueError("odeSolve: steps must be a Tensor or a number");
  const scalarSteps = stepsTensor !== null && stepsTensor.size === 1 && stepsTensor.shape.length <= 1;
  let kept: Solved | null = null;
  const op = customOp<Solved>({
    name: "neurlp.odeSolve",
    forward: (xs) => {
      const state = solveSync(
        {
          coefficients: asInput(xs[0]!),
          rhs: asInput(xs[1]!),
          initial: hasIv ? asInput(xs[2]!) : null,
          steps: stepsTensor
            ? scalarSteps
              ? xs[xs.length - 1]!.data[0]!
              : asInput(xs[xs.length - 1]!)
            : steps,
          nSteps: options.nSteps,
        },
        options,
      );
      const { B, N, D, K } = state.problem.dims;
      kept = state;
      return { outputs: [new Tensor(state.u, [B, N, D, K])], saved: state };
    },
    backward: (gOut, state) => {
      const g = gOut[0]!.data;
      const grads = backwardSolvedSync(state, g instanceof Float64Array ? g : Float64Array.from(g));
      // the tape runs an op's backward once: recycle the factor's memory for the next solve
      state.release();
      const out: Tensor[] = [
        new Tensor(grads.coefficients!, coefficients.shape),
        new Tensor(grads.rhs!, rhs.shape),
      ];
      if (hasIv) out.push(new Tensor(grads.initial!, initial.shape));
      if (stepsTensor) {
        out.push(
          scalarSteps
            ? new Tensor(new Float64Array([sum(grads.steps!)]), stepsTensor.shape)
            : new Tensor(grads.steps!, stepsTensor.shape),
        );
      }
      return out;
    },
  });
  const u = op(...tensors)[0]!;
  // No tape node (no input requires grad, or noGrad): no backward will come to recycle the factor, so
  // recycle it now; keeping it would make every forward-only call allocate fresh buffers.
  if (!u.node && kept) (kept as Solved).release();
  return u;
}

/**
 * Differentiable solve with a prepared (cached) factor: gradients flow to rhs and initial only.
 * `rhs` `[B|1, N|1, E]`, `initial` `[B|1, nIvSteps, D, nIv]`; returns u `[B, N, D, K]`.
 */
export function odeSolvePrepared(solver: PreparedODE, rhs: Tensor, initial?: Tensor | null): Tensor {
  if (!(rhs instanceof Tensor)) throw new NeurlpValueError("odeSolvePrepared: rhs must be a Tensor");
  const hasIv = initial instanceof Tensor;
  if (!hasIv && solver.dims.nIvSteps * solver.dims.nIv > 0) {
    throw new NeurlpShapeError(
      `odeSolvePrepared: initial is required, shape [B, ${solver.dims.nIvSteps}, ${solver.dims.D}, ${solver.dims.nIv}]`,
    );
  }
  const op = customOp<{ u: Float64Array; rhs: Tensor; initial: Tensor | null }>({
    name: "neurlp.odeSolvePrepared",
    forward: (xs) => {
      const r = xs[0]!;
      const iv = hasIv ? xs[1]! : null;
      const { u } = solver.solve({ rhs: asInput(r), initial: iv ? asInput(iv) : null });
      return { outputs: [new Tensor(u.data, [...u.shape])], saved: { u: u.data, rhs: r, initial: iv } };
    },
    backward: (gOut, saved) => {
      const g = gOut[0]!.data;
      const grads = solver.vjp(
        { rhs: asInput(saved.rhs), initial: saved.initial ? asInput(saved.initial) : null },
        saved.u,
        g instanceof Float64Array ? g : Float64Array.from(g),
      );
      const out: Tensor[] = [new Tensor(grads.rhs, rhs.shape)];
      if (hasIv) out.push(new Tensor(grads.initial, initial.shape));
      return out;
    },
  });
  return op(...(hasIv ? [rhs, initial] : [rhs]))[0]!;
}
