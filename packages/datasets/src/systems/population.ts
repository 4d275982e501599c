import { InvalidArgumentError } from "../errors.js";
import { checkOptionKeys, LOGISTIC_FAMILY_KEYS } from "../options.js";
import { createRng } from "../rng.js";
import { defineSystem } from "./define.js";
import type { GenerateOptions, SystemTrajectory } from "./types.js";

export const lotkaVolterra = defineSystem({
  name: "lotka-volterra",
  description: "Lotka–Volterra predator–prey x' = αx − βxy (prey), y' = δxy − γy (predator).",
  citation:
    "A. J. Lotka, Elements of Physical Biology, Williams & Wilkins, 1925; V. Volterra, Fluctuations in the " +
    "abundance of a species considered mathematically, Nature 118:558–560, 1926.",
  names: ["x", "y"],
  defaultParams: { alpha: 1, beta: 0.1, delta: 0.075, gamma: 1.5 },
  defaultX0: [10, 5],
  defaultTime: { t0: 0, t1: 30, dt: 0.01 },
  rhs:
    ({ alpha, beta, delta, gamma }) =>
    (_t, [x, y], d) => {
      d[0] = alpha * x - beta * x * y;
      d[1] = delta * x * y - gamma * y;
    },
  truth: ({ alpha, beta, delta, gamma }) => ({
    equations: { x: { x: alpha, "x*y": -beta }, y: { y: -gamma, "x*y": delta } },
    vocabulary: "polynomial",
  }),
});

export const logistic = defineSystem({
  name: "logistic",
  description:
    "Logistic growth x' = r x (1 − x/K) = r x − (r/K) x². Use logisticFamily() for many trajectories " +
    "with different parameters (the MNN parameter-inference experiment).",
  citation:
    "P.-F. Verhulst, Notice sur la loi que la population suit dans son accroissement, Corresp. Math. Phys. " +
    "10:113–121, 1838; experiment: A. Pervez, F. Locatello, E. Gavves, Mechanistic Neural Networks for " +
    "Scientific Machine Learning, ICML 2024.",
  names: ["x"],
  defaultParams: { r: 1, K: 1 },
  defaultX0: [0.1],
  defaultTime: { t0: 0, t1: 10, dt: 0.01 },
  rhs:
    ({ r, K }) =>
    (_t, [x], d) => {
      d[0] = r * x * (1 - x / K);
    },
  truth: ({ r, K }) => ({ equations: { x: { x: r, "x^2": -r / K } }, vocabulary: "polynomial" }),
  exact: (t, [x0], { r, K }) => t.map((ti) => [K / (1 + (K / x0 - 1) * Math.exp(-r * ti))]),
});

export interface LogisticFamilyOptions extends Omit<GenerateOptions, "params" | "x0" | "seed"> {
  /** Number of trajectories (default 100). */
  n?: number;
  /** Seed for parameters, initial values and noise (default 0). */
  seed?: number;
  /** Growth-rate range, sampled uniformly (default [0.5, 2]). */
  r?: [number, number];
  /** Carrying-capacity range (default [0.5, 2]). */
  K?: [number, number];
  /** Initial value as a fraction of K (default [0.05, 0.3]). */
  x0Fraction?: [number, number];
}

/**
 * Many logistic trajectories with different (r, K) and x0, sampled from a seeded RNG; each
 * trajectory's `params` and `trueEquations` hold its own values (targets for parameter inference).
 */
export function logisticFamily(
  options: LogisticFamilyOptions = {},
): SystemTrajectory<{ r: number; K: number }>[] {
  checkOptionKeys(options, LOGISTIC_FAMILY_KEYS, "logisticFamily options");
  const { n = 100, seed = 0, r = [0.5, 2], K = [0.5, 2], x0Fraction = [0.05, 0.3], ...rest } = options;
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`n must be a positive integer (got ${n})`);
  const rng = createRng(seed);
  const out: SystemTrajectory<{ r: number; K: number }>[] = [];
  for (let i = 0; i < n; i++) {
    const params = { r: rng.range(r[0], r[1]), K: rng.range(K[0], K[1]) };
    const x0 = [params.K * rng.range(x0Fraction[0], x0Fraction[1])];
    // Each trajectory gets its own noise stream, derived from the family seed.
    out.push(logistic.generate({ ...rest, params, x0, seed: (seed * 1_000_003 + i + 1) >>> 0 }));
  }
  return out;
}
