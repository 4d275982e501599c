/** Right-hand side of y' = f(t, y): writes the derivative into `dydt` (no allocation per call). */
export type OdeFunction = (t: number, y: Float64Array, dydt: Float64Array) => void;

/** A uniform grid t0, t0 + dt, …, t1 ((t1 − t0)/dt must be a whole number). */
export interface TimeGrid {
  t0: number;
  t1: number;
  dt: number;
}

/** Result of an integration, a `Trajectory` with solver statistics: `x[i]` is the state at `t[i]`. */
export interface Integration {
  t: number[];
  x: number[][];
  /** Number of right-hand-side evaluations. */
  nfev: number;
  /** Number of accepted steps. */
  nsteps: number;
  /** Number of rejected steps (always 0 for fixed-step methods). */
  nrejected: number;
}
