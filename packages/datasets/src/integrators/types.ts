/** Right-hand side of y' = f(t, y): writes the derivative into `dydt` (no allocation per call). */
export type OdeFunction = (t: number, y: Float64Array, dydt: Float64Array) => void;

/** A uniform grid t0, t0 + dt, …, t1 ((t1 − t0)/dt must be a whole number). */
export interface TimeGrid {
  t0: number;
  t1: number;
  dt: number;
}

/** Result of an integration: `y[i]` is the state at `t[i]`. */
export interface OdeSolution {
  t: number[];
  y: number[][];
  /** Number of right-hand-side evaluations. */
  nfev: number;
  /** Number of accepted steps. */
  nsteps: number;
  /** Number of rejected steps (always 0 for fixed-step methods). */
  nrejected: number;
}
