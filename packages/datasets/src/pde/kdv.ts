import { InvalidArgumentError } from "../errors.js";
import { checkOptionKeys, KDV_KEYS } from "../options.js";
import { createRng } from "../rng.js";
import { solvePeriodic } from "./etdrk4.js";
import { evalSineSeries, sineSeries } from "./initial.js";
import type { PdeOptions, PdeTrajectory } from "./types.js";

export interface KdvOptions extends PdeOptions {
  /**
   * Jitter T and L uniformly by ±10% per trajectory, as LPSDA's generator does for KdV (default
   * true); false uses exactly `endTime` and `L`.
   */
  randomizeDomain?: boolean;
}

/** The configuration of LPSDA "KdV easy" (the KdV benchmark of the MNN paper). */
export const KDV_EASY = {
  L: 128,
  nx: 256,
  nt: 250,
  ntEffective: 140,
  endTime: 50,
  waves: 10,
  lMin: 1,
  lMax: 3,
} as const;

/**
 * One KdV trajectory, u_t + u u_x + u_xxx = 0 (LPSDA's convention: coefficient 1 on u u_x, not 6),
 * periodic on [0, L). Defaults reproduce LPSDA "KdV easy": L = 128 ± 10%, 256 points, solved at 250
 * times on [0, T], T = 50 ± 10%, the last 140 returned; initial condition = 10 random sines.
 */
export function generateKdv(options: KdvOptions = {}): PdeTrajectory {
  checkOptionKeys(options, KDV_KEYS, "generateKdv options");
  const o = { ...KDV_EASY, hMax: 0.02, randomizeDomain: true, seed: 0, ...options };
  if (o.ntEffective > o.nt)
    throw new InvalidArgumentError(`ntEffective (${o.ntEffective}) must be <= nt (${o.nt})`);
  const rng = createRng(o.seed);
  // LPSDA draws T, then L, then the initial condition.
  const T = o.randomizeDomain ? o.endTime * (0.9 + 0.2 * rng.next()) : o.endTime;
  const L = o.randomizeDomain ? o.L * (0.9 + 0.2 * rng.next()) : o.L;
  const initial = sineSeries(rng, o.waves, o.lMin, o.lMax);
  const x = Array.from({ length: o.nx }, (_, j) => (j * L) / o.nx);
  const tAll = Array.from({ length: o.nt }, (_, i) => (i * T) / (o.nt - 1));
  const u = solvePeriodic({
    u0: evalSineSeries(initial, x, L),
    length: L,
    linear: (k) => [0, k * k * k], // −u_xxx → −(ik)³ = i k³
    advection: 1,
    tOut: tAll,
    hMax: o.hMax,
  });
  const first = o.nt - o.ntEffective;
  return {
    name: "kdv",
    equation: "u_t + u u_x + u_xxx = 0",
    t: tAll.slice(first),
    x,
    u: u.slice(first),
    L,
    dx: L / o.nx,
    dt: T / (o.nt - 1),
    params: { T },
    initial,
    seed: o.seed,
  };
}

/** Single soliton of u_t + u u_x + u_xxx = 0: u = 3c sech²(√c/2 (x − ct − x0)), unbounded domain. */
export function kdvSoliton(x: number, t: number, c: number, x0 = 0): number {
  const s = 1 / Math.cosh((Math.sqrt(c) / 2) * (x - c * t - x0));
  return 3 * c * s * s;
}

/**
 * Solves KdV from a given initial field on a periodic grid of length L (u0[j] at x_j = j·L/n):
 * the building block of generateKdv, exposed for tests and custom initial conditions.
 */
export function solveKdv(u0: ArrayLike<number>, L: number, tOut: number[], hMax = 0.02): number[][] {
  return solvePeriodic({ u0, length: L, linear: (k) => [0, k * k * k], advection: 1, tOut, hMax });
}
