import { type CustomOpSpec, customOp, customOpAsync, type OptionKeys, Tensor } from "@mechanist/autodiff";
import type { MaybePromise, NeurlpBackend, RowWeights, Smoothness } from "./backend.js";
import { runAsync, runSync, type SolveAids, type Steps } from "./core/engine.js";
import { checkOptionKeys } from "./core/option-keys.js";
import { NeurlpShapeError, NeurlpValueError } from "./errors.js";
import type { HighOrderOptions, Scheme } from "./highorder/index.js";
import type { PreparedODE, RhsGradients } from "./prepare.js";
import { getBackend, getBackendSync } from "./registry.js";
import { guardSolution, problemFor, type Solved, solveSteps } from "./solve.js";

/**
 * Tensor-level, differentiable entry points for @mechanist/autodiff. Each is one custom op: the
 * forward runs the kernels, the backward is the implicit differentiation of the core (one adjoint
 * solve with the saved factor, then the analytic chain). `odeSolve` / `odeSolvePrepared` need a
 * synchronous backend; `odeSolveAsync` / `odeSolvePreparedAsync` run on any backend (then use
 * `await loss.backwardAsync()`). On a synchronous backend the async variants run the very same
 * synchronous op (no awaits inside forward or backward, identical results).
 */

/** Runs the kernel sequence: blocking (sync API) or awaiting only when the backend is asynchronous. */
type Run = <T>(steps: Steps<T>, backend: NeurlpBackend) => MaybePromise<T>;
const runBlocking: Run = runSync;
const runOnBackend: Run = (steps, backend) =>
  backend.features.synchronous ? runSync(steps, backend) : runAsync(steps);
const then = <T, U>(v: MaybePromise<T>, f: (t: T) => U): MaybePromise<U> =>
  v instanceof Promise ? v.then(f) : f(v);

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

const ODE_SOLVE_OPTION_KEYS: OptionKeys<OdeSolveOptions> = {
  backend: true,
  scheme: true,
  smoothness: true,
  weights: true,
  nSteps: true,
  window: true,
  equilibrate: true,
  iterativeRefinement: true,
};

function asInput(t: Tensor): { shape: readonly number[]; data: Float64Array | Float32Array } {
  return { shape: t.shape, data: t.data };
}

function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s;
}

interface OpCall<S> {
  spec: CustomOpSpec<S>;
  tensors: Tensor[];
}

function checkSolveInputs(inputs: OdeSolveTensors): void {
  for (const name of ["coefficients", "rhs"] as const) {
    if (!(inputs[name] instanceof Tensor)) throw new NeurlpValueError(`odeSolve: ${name} must be a Tensor`);
  }
  if (!(inputs.steps instanceof Tensor) && typeof inputs.steps !== "number")
    throw new NeurlpValueError("odeSolve: steps must be a Tensor or a number");
}

/** The op plus the forward's solve, so a call without a tape node can recycle it at once. */
interface SolveCall extends OpCall<Solved> {
  solved(): Solved | null;
}

function solveOp(
  inputs: OdeSolveTensors,
  options: OdeSolveOptions,
  backend: NeurlpBackend,
  run: Run,
): SolveCall {
  const { coefficients, rhs, initial, steps } = inputs;
  const hasIv = initial instanceof Tensor;
  const stepsTensor = steps instanceof Tensor ? steps : null;
  const tensors = [coefficients, rhs, ...(hasIv ? [initial] : []), ...(stepsTensor ? [stepsTensor] : [])];
  const scalarSteps = stepsTensor !== null && stepsTensor.size === 1 && stepsTensor.shape.length <= 1;
  let kept: Solved | null = null;
  const spec: CustomOpSpec<Solved> = {
    name: "neurlp.odeSolve",
    forward: (xs) => {
      const last = xs[xs.length - 1]!;
      const problem = problemFor(
        {
          coefficients: asInput(xs[0]!),
          rhs: asInput(xs[1]!),
          initial: hasIv ? asInput(xs[2]!) : null,
          steps: stepsTensor ? (scalarSteps ? last.data[0]! : asInput(last)) : (steps as number),
          nSteps: options.nSteps,
        },
        options,
      );
      return then(run(solveSteps(backend, problem, options), backend), (solved) => {
        guardSolution(solved.u, problem, () => solved.release());
        kept = solved;
        const { B, N, D, K } = problem.dims;
        return { outputs: [new Tensor(solved.u, [B, N, D, K])], saved: solved };
      });
    },
    backward: (gOut, solved) => {
      const g = gOut[0]!.data;
      const gradU = g instanceof Float64Array ? g : Float64Array.from(g);
      return then(run(solved.backward(gradU), backend), (grads) => {
        // the tape runs an op's backward once: recycle the factor's memory for the next solve
        solved.release();
        const out = [new Tensor(grads.coefficients!, coefficients.shape), new Tensor(grads.rhs!, rhs.shape)];
        if (hasIv) out.push(new Tensor(grads.initial!, initial.shape));
        if (stepsTensor) {
          const gs = scalarSteps ? new Float64Array([sum(grads.steps!)]) : grads.steps!;
          out.push(new Tensor(gs, stepsTensor.shape));
        }
        return out;
      });
    },
  };
  return { spec, tensors, solved: () => kept };
}

/**
 * No tape node (no input requires grad, or noGrad): no backward will come to recycle the factor, so
 * recycle it now; keeping it would make every forward-only call allocate fresh buffers.
 */
function recycleUntaped(u: Tensor, call: SolveCall): Tensor {
  if (!u.node) call.solved()?.release();
  return u;
}

/**
 * Differentiable NeuRLP solve: returns u `[B, N, D, K]` (Float64); gradients flow to coefficients,
 * rhs, initial and steps (whichever are Tensors). Synchronous backends only (e.g. "cpu").
 */
export function odeSolve(inputs: OdeSolveTensors, options: OdeSolveOptions = {}): Tensor {
  checkOptionKeys(options, ODE_SOLVE_OPTION_KEYS, "odeSolve options");
  checkSolveInputs(inputs);
  const call = solveOp(inputs, options, getBackendSync(options.backend), runBlocking);
  return recycleUntaped(customOp(call.spec)(...call.tensors)[0]!, call);
}

/** `odeSolve` on any backend, asynchronous ones (WebGPU) included; gradients need `backwardAsync()`. */
export async function odeSolveAsync(inputs: OdeSolveTensors, options: OdeSolveOptions = {}): Promise<Tensor> {
  checkOptionKeys(options, ODE_SOLVE_OPTION_KEYS, "odeSolveAsync options");
  checkSolveInputs(inputs);
  const call = solveOp(inputs, options, await getBackend(options.backend), runOnBackend);
  return recycleUntaped((await customOpAsync(call.spec)(...call.tensors))[0]!, call);
}

type PreparedSaved = { u: Float64Array; rhs: Tensor; initial: Tensor | null };

function preparedOp(
  solver: PreparedODE,
  rhs: Tensor,
  initial: Tensor | null | undefined,
  blocking: boolean,
): OpCall<PreparedSaved> {
  if (!(rhs instanceof Tensor)) throw new NeurlpValueError("odeSolvePrepared: rhs must be a Tensor");
  const hasIv = initial instanceof Tensor;
  if (!hasIv && solver.dims.nIvSteps * solver.dims.nIv > 0) {
    throw new NeurlpShapeError(
      `odeSolvePrepared: initial is required, shape [B, ${solver.dims.nIvSteps}, ${solver.dims.D}, ${solver.dims.nIv}]`,
    );
  }
  const sync = blocking || solver.backend.features.synchronous;
  const spec: CustomOpSpec<PreparedSaved> = {
    name: "neurlp.odeSolvePrepared",
    forward: (xs) => {
      const r = xs[0]!;
      const iv = hasIv ? xs[1]! : null;
      const inputs = { rhs: asInput(r), initial: iv ? asInput(iv) : null };
      return then(sync ? solver.solve(inputs) : solver.solveAsync(inputs), ({ u }) => ({
        outputs: [new Tensor(u.data, [...u.shape])],
        saved: { u: u.data, rhs: r, initial: iv },
      }));
    },
    backward: (gOut, saved) => {
      const g = gOut[0]!.data;
      const gradU = g instanceof Float64Array ? g : Float64Array.from(g);
      const inputs = { rhs: asInput(saved.rhs), initial: saved.initial ? asInput(saved.initial) : null };
      const grads = sync ? solver.vjp(inputs, saved.u, gradU) : solver.vjpAsync(inputs, saved.u, gradU);
      return then(grads, (gr: RhsGradients) => [
        new Tensor(gr.rhs, rhs.shape),
        ...(hasIv ? [new Tensor(gr.initial, initial.shape)] : []),
      ]);
    },
  };
  return { spec, tensors: hasIv ? [rhs, initial] : [rhs] };
}

/**
 * Differentiable solve with a prepared (cached) factor: gradients flow to rhs and initial only.
 * `rhs` `[B|1, N|1, E]`, `initial` `[B|1, nIvSteps, D, nIv]`; returns u `[B, N, D, K]`.
 * Synchronous backends only.
 */
export function odeSolvePrepared(solver: PreparedODE, rhs: Tensor, initial?: Tensor | null): Tensor {
  const { spec, tensors } = preparedOp(solver, rhs, initial, true);
  return customOp(spec)(...tensors)[0]!;
}

/** `odeSolvePrepared` on any backend; gradients need `backwardAsync()`. */
export async function odeSolvePreparedAsync(
  solver: PreparedODE,
  rhs: Tensor,
  initial?: Tensor | null,
): Promise<Tensor> {
  const { spec, tensors } = preparedOp(solver, rhs, initial, false);
  return (await customOpAsync(spec)(...tensors))[0]!;
}
