import { BURGERS_KEYS, checkOptionKeys } from "../options.js";
import { createRng } from "../rng.js";
import { solvePeriodic } from "./etdrk4.js";
import { evalSineSeries, sineSeries } from "./initial.js";
import type { PdeOptions, PdeTrajectory } from "./types.js";

export interface BurgersOptions extends PdeOptions {
  /** Viscosity ν (default 0.1, resolved by 256 points; LPSDA uses 0.01 via Cole–Hopf of heat data). */
  nu?: number;
}

/**
 * One viscous Burgers trajectory, u_t + u u_x = ν u_xx, periodic on [0, L) (default L = 2π, as LPSDA),
 * 256 points, 101 times on [0, 10], initial condition = 5 random sines with l ∈ {1, 2, 3}.
 */
export function generateBurgers(options: BurgersOptions = {}): PdeTrajectory {
  checkOptionKeys(options, BURGERS_KEYS, "generateBurgers options");
  const o = {
    L: 2 * Math.PI,
    nx: 256,
    nt: 101,
    ntEffective: options.nt ?? 101,
    endTime: 10,
    waves: 5,
    lMin: 1,
    lMax: 4,
    nu: 0.1,
    hMax: 0.01,
    seed: 0,
    ...options,
  };
  const rng = createRng(o.seed);
  const initial = sineSeries(rng, o.waves, o.lMin, o.lMax);
  const x = Array.from({ length: o.nx }, (_, j) => (j * o.L) / o.nx);
  const tAll = Array.from({ length: o.nt }, (_, i) => (i * o.endTime) / (o.nt - 1));
  const u = solveBurgers(evalSineSeries(initial, x, o.L), o.L, o.nu, tAll, o.hMax);
  const first = o.nt - o.ntEffective;
  return {
    name: "burgers",
    equation: "u_t + u u_x = nu u_xx",
    t: tAll.slice(first),
    x,
    u: u.slice(first),
    L: o.L,
    dx: o.L / o.nx,
    dt: o.endTime / (o.nt - 1),
    params: { nu: o.nu },
    initial,
    seed: o.seed,
  };
}

/** Solves Burgers from a given field on a periodic grid of length L (u0[j] at x_j = j·L/n). */
export function solveBurgers(
  u0: ArrayLike<number>,
  L: number,
  nu: number,
  tOut: number[],
  hMax = 0.01,
): number[][] {
  return solvePeriodic({ u0, length: L, linear: (k) => [-nu * k * k, 0], advection: 1, tOut, hMax });
}

/**
 * Exact Cole–Hopf solution on [0, 2π): φ = a + e^{−νt} cos x solves the heat equation, so
 * u = −2ν φ_x/φ = 2ν e^{−νt} sin x / (a + e^{−νt} cos x) solves Burgers (needs a > 1).
 */
export function burgersColeHopf(x: number, t: number, nu: number, a: number): number {
  const e = Math.exp(-nu * t);
  return (2 * nu * e * Math.sin(x)) / (a + e * Math.cos(x));
}
