/**
 * Fourth held-out set of the robustness bench (robustness.ts, HELD_OUT=4), written before looking at how discovery
 * handles it and measured untuned: kinds the other sets do not cover — the Hindmarsh–Rose neuron (3-D, a cubic and
 * a square with constants in two equations and a slow third variable), the Genesio–Tesi jerk (a chain x' = y,
 * y' = z closed by a dense linear part and x²), the Hénon–Heiles Hamiltonian (4-D, conservative), a Duffing–Van der
 * Pol oscillator (x²y damping beside x³ stiffness), Halvorsen's cyclic attractor (dense linear parts and a square in
 * every equation) and an SIR epidemic with births and deaths (a small constant and linear terms beside SI, a spiral
 * into the endemic state).
 */
import { defineSystem, type OdeSystem } from "@mechanist/datasets";
import { type Family, inBox, onAttractor } from "./families.js";
import { keepsOscillating } from "./held-out-2.js";

type Params = Record<string, number>;

const hindmarshRose = defineSystem({
  name: "hindmarsh-rose",
  description:
    "Hindmarsh–Rose x' = y − ax³ + bx² − z + I, y' = c − dx² − y, z' = r(s(x − x_R) − z) (spiking, slow adaptation).",
  citation: "J. L. Hindmarsh, R. M. Rose, Proc. R. Soc. Lond. B 221(1222):87–102, 1984.",
  names: ["x", "y", "z"],
  defaultParams: { a: 1, b: 3, c: 1, d: 5, r: 0.006, s: 4, xR: -1.6, I: 2 },
  defaultX0: [-1, 0, 2],
  defaultTime: { t0: 0, t1: 200, dt: 0.05 },
  rhs:
    ({ a, b, c, d: dd, r, s, xR, I }) =>
    (_t, [x, y, z], d) => {
      d[0] = y - a * x * x * x + b * x * x - z + I;
      d[1] = c - dd * x * x - y;
      d[2] = r * (s * (x - xR) - z);
    },
  truth: ({ a, b, c, d, r, s, xR, I }) => ({
    equations: {
      x: { "1": I, y: 1, z: -1, "x^2": b, "x^3": -a },
      y: { "1": c, y: -1, "x^2": -d },
      z: { "1": -r * s * xR, x: r * s, z: -r },
    },
    vocabulary: "polynomial",
  }),
});

const genesioTesi = defineSystem({
  name: "genesio-tesi",
  description:
    "Genesio–Tesi jerk x' = y, y' = z, z' = −cx − by − az + x² (chaotic for a = 0.44, b = 1.1, c = 1).",
  citation: "R. Genesio, A. Tesi, Automatica 28(3):531–548, 1992.",
  names: ["x", "y", "z"],
  defaultParams: { a: 0.44, b: 1.1, c: 1 },
  defaultX0: [0.2, -0.3, 0.1],
  defaultTime: { t0: 0, t1: 100, dt: 0.02 },
  rhs:
    ({ a, b, c }) =>
    (_t, [x, y, z], d) => {
      d[0] = y;
      d[1] = z;
      d[2] = -c * x - b * y - a * z + x * x;
    },
  truth: ({ a, b, c }) => ({
    equations: { x: { y: 1 }, y: { z: 1 }, z: { x: -c, y: -b, z: -a, "x^2": 1 } },
    vocabulary: "polynomial",
  }),
});

/** Hénon–Heiles with unequal frequencies: the potential (Ax² + By²)/2 + λ(x²y − y³/3). */
const henonHeiles = defineSystem({
  name: "henon-heiles",
  description:
    "Hénon–Heiles x' = u, y' = v, u' = −Ax − 2λxy, v' = −By − λx² + λy² (a 4-D Hamiltonian system).",
  citation: "M. Hénon, C. Heiles, Astron. J. 69:73–79, 1964.",
  names: ["x", "y", "u", "v"],
  defaultParams: { A: 1, B: 1, lambda: 1 },
  defaultX0: [0, 0.1, 0.4, 0.1],
  defaultTime: { t0: 0, t1: 100, dt: 0.02 },
  rhs:
    ({ A, B, lambda }) =>
    (_t, [x, y, u, v], d) => {
      d[0] = u;
      d[1] = v;
      d[2] = -A * x - 2 * lambda * x * y;
      d[3] = -B * y - lambda * x * x + lambda * y * y;
    },
  truth: ({ A, B, lambda }) => ({
    equations: {
      x: { u: 1 },
      y: { v: 1 },
      u: { x: -A, "x*y": -2 * lambda },
      v: { y: -B, "x^2": -lambda, "y^2": lambda },
    },
    vocabulary: "polynomial",
  }),
});

const duffingVanDerPol = defineSystem({
  name: "duffing-van-der-pol",
  description:
    "Duffing–Van der Pol x' = y, y' = μ(1 − x²)y − αx − βx³ (a limit cycle in a hardening spring).",
  citation: "P. Holmes, D. Rand, Q. Appl. Math. 35(4):495–509, 1978 (unforced).",
  names: ["x", "y"],
  defaultParams: { mu: 1, alpha: 1, beta: 1 },
  defaultX0: [1, 0],
  defaultTime: { t0: 0, t1: 40, dt: 0.01 },
  rhs:
    ({ mu, alpha, beta }) =>
    (_t, [x, y], d) => {
      d[0] = y;
      d[1] = mu * (1 - x * x) * y - alpha * x - beta * x * x * x;
    },
  truth: ({ mu, alpha, beta }) => ({
    equations: { x: { y: 1 }, y: { x: -alpha, y: mu, "x^3": -beta, "x^2*y": -mu } },
    vocabulary: "polynomial",
  }),
});

const halvorsen = defineSystem({
  name: "halvorsen",
  description: "Halvorsen x' = −ax − 4y − 4z − y² and its cyclic permutations (y' from z, x; z' from x, y).",
  citation: "J. C. Sprott, Elegant Chaos, World Scientific, 2010 (Halvorsen's attractor).",
  names: ["x", "y", "z"],
  defaultParams: { a: 1.4 },
  defaultX0: [-5, 0, 0],
  defaultTime: { t0: 0, t1: 40, dt: 0.01 },
  rhs:
    ({ a }) =>
    (_t, [x, y, z], d) => {
      d[0] = -a * x - 4 * y - 4 * z - y * y;
      d[1] = -a * y - 4 * z - 4 * x - z * z;
      d[2] = -a * z - 4 * x - 4 * y - x * x;
    },
  truth: ({ a }) => ({
    equations: {
      x: { x: -a, y: -4, z: -4, "y^2": -1 },
      y: { x: -4, y: -a, z: -4, "z^2": -1 },
      z: { x: -4, y: -4, z: -a, "x^2": -1 },
    },
    vocabulary: "polynomial",
  }),
});

/** S and I in years (R = 1 − S − I is left out: with it the library would be collinear). */
const sirVital = defineSystem({
  name: "sir-vital",
  description: "SIR with births and deaths x = S, y = I: x' = μ − βxy − μx, y' = βxy − (γ + μ)y.",
  citation: "R. M. Anderson, R. M. May, Infectious Diseases of Humans, Oxford University Press, 1991.",
  names: ["x", "y"],
  defaultParams: { beta: 3, gamma: 1, mu: 0.05 },
  defaultX0: [0.9, 0.05],
  defaultTime: { t0: 0, t1: 80, dt: 0.05 },
  rhs:
    ({ beta, gamma, mu }) =>
    (_t, [x, y], d) => {
      d[0] = mu - beta * x * y - mu * x;
      d[1] = beta * x * y - (gamma + mu) * y;
    },
  truth: ({ beta, gamma, mu }) => ({
    equations: { x: { "1": mu, x: -mu, "x*y": -beta }, y: { y: -(gamma + mu), "x*y": beta } },
    vocabulary: "polynomial",
  }),
});

/** Hénon–Heiles stays bounded below the saddle energy; `bounded` checks the orbit from x0 does. */
function henonHeilesBounded(p: Params, x0: number[]): boolean {
  try {
    const run = henonHeiles.generate({ params: p, x0, dt: 0.05, t1: 100 });
    return run.clean.every((row) => row.every((v) => Math.abs(v) < 2));
  } catch {
    return false;
  }
}

/** A Hénon–Heiles state in a small box whose orbit stays bounded (redrawn up to 100 times, else x0). */
function henonHeilesState(rng: { range(lo: number, hi: number): number }, p: Params, f: Family): number[] {
  for (let tries = 0; tries < 100; tries++) {
    const x0 = [rng.range(-0.3, 0.3), rng.range(-0.3, 0.3), rng.range(-0.35, 0.35), rng.range(-0.35, 0.35)];
    if (henonHeilesBounded(p, x0)) return x0;
  }
  return f.x0;
}

export const HELD_OUT_4: Family[] = [
  {
    label: "Hindmarsh–Rose (held out 4)",
    system: hindmarshRose as OdeSystem,
    degree: 3,
    params: { a: 1, b: 3, c: 1, d: 5, r: 0.02, s: 4, xR: -1.6, I: 2.5 },
    x0: [-1.2, -4, 1.5],
    dt: 0.05,
    t1: 150,
    coarseDt: 0.15,
    // Repetitive spiking; states in a box around the orbit (z away from its mean: an adaptation transient).
    wide: {
      regime: keepsOscillating(hindmarshRose as OdeSystem, [-1.2, -4, 1.5], 200, 1),
      x0: (rng) =>
        inBox(rng, [
          [-1.5, 1.5],
          [-8, 0],
          [0.5, 3.5],
        ]),
    },
  },
  {
    label: "Genesio–Tesi (held out 4)",
    system: genesioTesi as OdeSystem,
    degree: 2,
    params: { a: 0.45, b: 1.1, c: 1 },
    x0: [0.3, -0.2, 0.1],
    dt: 0.02,
    t1: 120,
    coarseDt: 0.08,
    wide: { regime: keepsOscillating(genesioTesi as OdeSystem, [0.3, -0.2, 0.1], 200, 0.5), x0: onAttractor },
  },
  {
    label: "Hénon–Heiles (held out 4)",
    system: henonHeiles as OdeSystem,
    degree: 2,
    params: { A: 1, B: 1.3, lambda: 0.8 },
    x0: [0.1, -0.15, 0.35, 0.2],
    dt: 0.02,
    t1: 80,
    coarseDt: 0.1,
    wide: { x0: henonHeilesState },
  },
  {
    label: "Duffing–Van der Pol (held out 4)",
    system: duffingVanDerPol as OdeSystem,
    degree: 3,
    params: { mu: 0.6, alpha: 1.5, beta: 0.5 },
    x0: [0.3, 0.2],
    dt: 0.01,
    t1: 40,
    coarseDt: 0.05,
    wide: {
      x0: (rng) =>
        inBox(rng, [
          [-2.5, 2.5],
          [-2.5, 2.5],
        ]),
    },
  },
  {
    label: "Halvorsen (held out 4)",
    system: halvorsen as OdeSystem,
    degree: 2,
    params: { a: 1.5 },
    x0: [-4, 1, 0.5],
    dt: 0.01,
    t1: 40,
    coarseDt: 0.04,
    wide: { regime: keepsOscillating(halvorsen as OdeSystem, [-4, 1, 0.5], 60, 3), x0: onAttractor },
  },
  {
    label: "SIR with births (held out 4)",
    system: sirVital as OdeSystem,
    degree: 2,
    params: { beta: 2.6, gamma: 0.9, mu: 0.08 },
    x0: [0.85, 0.03],
    dt: 0.05,
    t1: 40,
    coarseDt: 0.2,
    // An endemic spiral (R₀ = β/(γ + μ) > 1.5); few infected at the start.
    wide: {
      regime: ({ beta, gamma, mu }) => beta / (gamma + mu) > 1.5,
      x0: (rng) => [rng.range(0.5, 0.95), rng.range(0.005, 0.1)],
      horizon: [0.6, 1],
    },
  },
];
