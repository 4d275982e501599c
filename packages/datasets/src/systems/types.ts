import type { OdeFunction } from "../integrators/types.js";
import type { TrueEquations, Vocabulary } from "../terms.js";
import type { Trajectory } from "../trajectory.js";

export type Params = Record<string, number>;

/** What is known about the true right-hand side, in the SINDy term vocabulary. */
export interface Truth {
  /** null when the right-hand side is not representable (see `note`). */
  equations: TrueEquations | null;
  vocabulary: Vocabulary;
  note?: string;
}

export interface GenerateOptions<P extends Params = Params> {
  /** Start time (default: the system's). */
  t0?: number;
  /** End time, included (default: the system's). */
  t1?: number;
  /** Sampling interval; (t1 − t0)/dt must be a whole number (default: the system's). */
  dt?: number;
  /** Initial state at t0 (default: the system's). */
  x0?: number[];
  /** Parameter overrides; unknown names are an error. */
  params?: Partial<P>;
  /** Relative Gaussian noise level: σ_d = noise × std of dimension d (default 0). */
  noise?: number;
  /** Seed of the noise (default 0). */
  seed?: number;
  /** Integrator tolerances (defaults rtol 1e-10, atol 1e-12: DOPRI5 with dense output). */
  rtol?: number;
  atol?: number;
  /** Refuse grids with more samples than this (default 1,000,000). */
  maxSamples?: number;
}

/** One generated trajectory of a named system: a `Trajectory` (`x[i]` is the state at `t[i]`) with its metadata. */
export interface SystemTrajectory<P extends Params = Params> extends Trajectory {
  name: string;
  t: number[];
  /** Observed states (noisy when noise > 0). */
  x: number[][];
  /** Noise-free states. */
  clean: number[][];
  /** Variable names, in state order. */
  names: string[];
  params: P;
  x0: number[];
  trueEquations: TrueEquations | null;
  vocabulary: Vocabulary;
  note?: string;
  noise: number;
  seed: number;
}

export interface OdeSystemSpec<P extends Params> {
  name: string;
  description: string;
  citation: string;
  names: string[];
  defaultParams: P;
  defaultX0: number[];
  defaultTime: { t0: number; t1: number; dt: number };
  /** Right-hand side for the given parameters. */
  rhs(params: P): OdeFunction;
  truth(params: P): Truth;
  /** Closed-form solution at times `t` from `x0` at time 0 (linear systems only). */
  exact?(t: readonly number[], x0: readonly number[], params: P): number[][];
}

export interface OdeSystem<P extends Params = Params> extends OdeSystemSpec<P> {
  kind: "ode";
  /** Integrates the system with DOPRI5 (rtol 1e-10) on a uniform grid and adds seeded noise. */
  generate(options?: GenerateOptions<P>): SystemTrajectory<P>;
  /** The parameters after applying overrides (validated). */
  resolveParams(overrides?: Partial<P>): P;
}
