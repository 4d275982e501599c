/**
 * Simulation of a sparse model x' = f(x) on a NeuRLP backend. NeuRLP solves linear ODEs and f is nonlinear,
 * so each window of the grid is solved by quasi-linearisation (Newton's method on the whole window): around
 * the current guess x̄(t), x' − J(x̄) x = f(x̄) − J(x̄) x̄ is one linear ODE with time-varying coefficients, one
 * NeuRLP solve, whose solution is the next guess. A fixed point satisfies x' = f(x) whatever J is (J only
 * sets how fast the iteration converges), so J is taken by central differences, custom library terms included.
 */
import { noGrad, type Steps, type Tensor, tensor } from "@mechanist/autodiff";
import type { OdeSolveOptions, OdeSolveTensors } from "@mechanist/neurlp";
import { MechanisticInputError, MechanisticNumericalError } from "./errors.js";
import { settle } from "./settle.js";

export interface NeurlpSimulateOptions {
  /** NeuRLP backend (a registered name). */
  backend?: string;
  /** NeuRLP scheme: "high" (fourth order, default) or "published" (second order). */
  scheme?: "high" | "published";
  /** Grid intervals per sample interval (default 10). */
  substeps?: number;
  /** Grid intervals per Newton window (default 100). */
  window?: number;
  /** Newton stops when no value moves by more than tolerance · (1 + max |x|) (default 1e-9). */
  tolerance?: number;
  /** Newton iterations per window before giving up (default 30). */
  maxIterations?: number;
}

type Settings = Required<Omit<NeurlpSimulateOptions, "backend">> & { backend?: string };
type Rhs = (state: Float64Array, out: Float64Array) => unknown;
export type Solve = (inputs: OdeSolveTensors, options: OdeSolveOptions) => Tensor | Promise<Tensor>;

function checkPositiveInteger(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 1)
    throw new MechanisticInputError(`simulate: ${name} must be a positive integer, got ${v}`);
}

/** The fine grid's step sizes: `substeps` equal steps per sample interval. */
function gridSteps(t: ArrayLike<number>, substeps: number): number[] {
  const steps: number[] = [];
  for (let i = 1; i < t.length; i++) {
    const h = (t[i] - t[i - 1]) / substeps;
    if (!(h > 0))
      throw new MechanisticInputError(`simulate: t must increase, but t[${i}] = ${t[i]} ≤ t[${i - 1}]`);
    for (let s = 0; s < substeps; s++) steps.push(h);
  }
  return steps;
}

/** f and its Jacobian (central differences) at one state: J[d][e] = ∂f_d/∂x_e, row-major. */
function linearise(f: Rhs, x: Float64Array): { value: Float64Array; jacobian: Float64Array } {
  const D = x.length;
  const value = new Float64Array(D);
  f(x, value);
  const jacobian = new Float64Array(D * D);
  const plus = new Float64Array(D);
  const minus = new Float64Array(D);
  const probe = Float64Array.from(x);
  for (let e = 0; e < D; e++) {
    const delta = 1e-6 * (1 + Math.abs(x[e]));
    probe[e] = x[e] + delta;
    f(probe, plus);
    probe[e] = x[e] - delta;
    f(probe, minus);
    probe[e] = x[e];
    for (let d = 0; d < D; d++) jacobian[d * D + e] = (plus[d] - minus[d]) / (2 * delta);
  }
  return { value, jacobian };
}

/** The linear ODE of one Newton step around `guess` [N·D]: u' − J u = f(x̄) − J x̄, u(0) = start. */
function newtonInputs(f: Rhs, guess: Float64Array, start: Float64Array, steps: number[]): OdeSolveTensors {
  const D = start.length;
  const N = steps.length + 1;
  const coefficients = new Float64Array(N * D * D * 2); // [1, N, E = D, D, K = 2]
  const rhs = new Float64Array(N * D);
  for (let s = 0; s < N; s++) {
    const x = guess.subarray(s * D, (s + 1) * D);
    const { value, jacobian } = linearise(f, x);
    for (let d = 0; d < D; d++) {
      let jx = 0;
      for (let e = 0; e < D; e++) {
        coefficients[((s * D + d) * D + e) * 2] = -jacobian[d * D + e];
        jx += jacobian[d * D + e] * x[e];
      }
      coefficients[((s * D + d) * D + d) * 2 + 1] = 1;
      rhs[s * D + d] = value[d] - jx;
    }
  }
  return {
    coefficients: tensor(coefficients, [1, N, D, D, 2]),
    rhs: tensor(rhs, [1, N, D]),
    initial: tensor(Float64Array.from(start), [1, 1, D, 1]),
    steps: tensor(Float64Array.from(steps), [1, N - 1]),
  };
}

/**
 * Whether Newton has reached the error floor of the linear solves instead of `tolerance`: Float32
 * backends refine each solve to about 1e-9 relative, which can sit above the default tolerance, and
 * then the change hovers at that floor for ever. Newton converges quadratically here (J is exact up
 * to differencing error), so from a change below √tolerance exact solves would reach tolerance at
 * the next step; a change that does not shrink there is the solves' own error, and the guess is as
 * good as they allow. A change that keeps shrinking (slow convergence) never stops here.
 */
function atSolverFloor(change: number, previous: number, size: number, tolerance: number): boolean {
  return change <= Math.sqrt(tolerance) * (1 + size) && change >= previous;
}

/** Newton iterations on one window from `start`; returns the states [N·D]. */
function* windowSteps(f: Rhs, start: Float64Array, steps: number[], o: Settings, solve: Solve) {
  const D = start.length;
  const N = steps.length + 1;
  let guess = new Float64Array(N * D);
  for (let s = 0; s < N; s++) guess.set(start, s * D);
  const options: OdeSolveOptions = { backend: o.backend, scheme: o.scheme, nSteps: N };
  let previous = Number.POSITIVE_INFINITY;
  for (let it = 0; it < o.maxIterations; it++) {
    const u = yield* settle(noGrad(() => solve(newtonInputs(f, guess, start, steps), options))); // [1, N, D, 2]
    const next = new Float64Array(N * D);
    let change = 0;
    let size = 0;
    for (let i = 0; i < N * D; i++) {
      next[i] = u.data[2 * i];
      change = Math.max(change, Math.abs(next[i] - guess[i]));
      size = Math.max(size, Math.abs(next[i]));
    }
    if (!Number.isFinite(change)) return null;
    guess = next;
    if (change <= o.tolerance * (1 + size) || atSolverFloor(change, previous, size, o.tolerance))
      return guess;
    previous = change;
  }
  throw new MechanisticNumericalError(
    `simulate: Newton did not converge in ${o.maxIterations} iterations on a window of ${steps.length} steps; use a smaller window or more substeps`,
  );
}

/** The simulation, written once for the synchronous and the asynchronous driver: states at every `t`. */
export function* neurlpSimulateSteps(
  f: Rhs,
  y0: ArrayLike<number>,
  t: ArrayLike<number>,
  options: NeurlpSimulateOptions,
  solve: Solve,
): Steps<number[][]> {
  const o: Settings = {
    scheme: "high",
    substeps: 10,
    window: 100,
    tolerance: 1e-9,
    maxIterations: 30,
    ...options,
  };
  for (const name of ["substeps", "window", "maxIterations"] as const) checkPositiveInteger(name, o[name]);
  if (!(o.tolerance > 0))
    throw new MechanisticInputError(`simulate: tolerance must be > 0, got ${o.tolerance}`);
  const all = gridSteps(t, o.substeps);
  const D = y0.length;
  const out: number[][] = [Array.from(y0)];
  let start = Float64Array.from(y0);
  for (let first = 0; first < all.length; first += o.window) {
    const steps = all.slice(first, first + o.window);
    const states = yield* windowSteps(f, start, steps, o, solve);
    if (states === null)
      throw new MechanisticNumericalError(
        `simulation diverged after t = ${t[Math.floor(first / o.substeps)]}; the model may be unstable from this initial state`,
      );
    // samples are every `substeps` grid points; grid point `first + s` is row s of this window
    for (let s = 1; s <= steps.length; s++)
      if ((first + s) % o.substeps === 0) out.push(Array.from(states.subarray(s * D, (s + 1) * D)));
    start = states.slice(steps.length * D);
  }
  return out;
}
