/** A PDE trajectory on a periodic 1D grid: `u[i][j]` is the field at time `t[i]` and position `x[j]`. */
export interface PdeTrajectory {
  name: string;
  equation: string;
  t: number[];
  x: number[];
  u: number[][];
  /** Domain length (the grid is x_j = j·L/nx, periodic). */
  L: number;
  dx: number;
  dt: number;
  params: Record<string, number>;
  /** The random initial condition u0(x) = Σ_i A_i sin(2π l_i x / L + φ_i). */
  initial: { A: number[]; phi: number[]; l: number[] };
  seed: number;
}

/** Options shared by the PDE generators. */
export interface PdeOptions {
  /** Seed for the initial condition (and the domain jitter). */
  seed?: number;
  /** Nominal domain length. */
  L?: number;
  /** Grid points (power of two). */
  nx?: number;
  /** Time points solved on [0, T], including t = 0. */
  nt?: number;
  /** The last `ntEffective` of the `nt` time points are returned. */
  ntEffective?: number;
  /** Nominal end time T. */
  endTime?: number;
  /** Largest internal ETDRK4 step. */
  hMax?: number;
  /** Number of sine waves in the initial condition. */
  waves?: number;
  /** Wavenumbers l are drawn from the integers in [lMin, lMax). */
  lMin?: number;
  lMax?: number;
}
