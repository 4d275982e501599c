/**
 * Fifteenth held-out set of the robustness bench (robustness.ts, HELD_OUT=15), written in full before discovery was run
 * on any of it (only the systems themselves were integrated, to choose regimes). Its kinds: the Rabinovich three-wave
 * system (plasma waves; Lorenz-like products, but dx/dt and dy/dt each carry the pump h = 6.75 on the other variable
 * beside a product with z, and z stays positive, 1–13 over the draws, so y·z leans on y; the damping ν₁ = 4 of x sits
 * beside ν₂ = ν₃ = 1), Sprott's case K (x·y − z in dx/dt and a small growth 0.3z beside a unit x in dz/dt; chaotic only
 * near a = 0.3, periodic on either side, so many wide draws are limit cycles), a Rayleigh–Duffing oscillator (degree 3:
 * a hardening x³ beside a unit restoring force, and a weak self-excitation μ = 0.2 and saturation ν = 0.05 on y and y³
 * in the same row), Lotka's 1910 reaction (a constant supply k₀ = 0.4 and an autocatalysis k₁ = 0.1 on X·Y: a slowly
 * damped spiral in which Y swings over two to three decades, 0.01 to 4 from the family's start, while X stays within
 * 5–20), Holt's apparent competition (two logistic prey that share a predator and never meet: nine parameters from the
 * crowding 0.001 on N₁² to the predator's death rate 2.3, prey in the hundreds and the predator near 8; a transient
 * that spirals into coexistence) and SIR with births in two coupled patches (4-D: the cross-infection β₁₂ = 0.15 and
 * β₂₁ = 0.1 on S₁·I₂ and S₂·I₁ beside β₁₁ = 2 and β₂₂ = 1.5, and the birth rate μ = 0.02 both as a constant and on S;
 * the second patch is seeded by the first, so the two epidemics peak close together and I₁, I₂ are correlated).
 * First run (src of 7c7e1b0; seeds 5000+ on 2862ead, which leaves the models alone; WIDE=1 DRAWS=2 NOISE=0,1,5), exact structure at 0/1/5%: seeds 1000+
 * 12/12, 12/12, 10/12 (STLSQ 7, 3, 0); seeds 3000+ 12/12, 12/12, 10/12 (STLSQ 8, 5, 0); seeds 5000+ 12/12, 12/12,
 * 11/12 (STLSQ 10, 3, 1). CPU time 769, 694 and 685 s; the slowest run the two-patch SIR at 1% with 5000 samples
 * (seed 1107), 383 s. All five failures are the two-patch SIR at 5% (1050, 1147, 3050, 3147, 5147): an S equation
 * loses its small cross-infection term (S₁·I₂ at β₁₂ ≈ 0.12–0.19, or S₂·I₁), which the I equation beside it keeps,
 * and twice −μS₁ is written on S₂ (S₁ ≈ S₂ for much of the run). Where measured (1050, 3147) the truth refines 8
 * higher in the refined BIC than the returned model: the term moves S by less than S's noise. Four of the five are
 * warned (near ties, or a poor fit), but the near tie named is not always the wrong equation's.
 */
import { defineSystem, type OdeSystem, type Rng } from "@mechanist/datasets";
import { type Family, inBox, onAttractor } from "./families.js";
import { keepsOscillating } from "./held-out-2.js";

type Params = Record<string, number>;

/** Amplitudes of a parametrically pumped wave (x, y) and of the mode (z) that confines it. */
const rabinovich = defineSystem({
  name: "rabinovich",
  description:
    "Rabinovich three-wave system x' = hy − ν₁x + yz, y' = hx − ν₂y − xz, z' = −ν₃z + xy (chaotic at h = 6.75, ν₁ = 4, ν₂ = ν₃ = 1).",
  citation:
    "A. S. Pikovski, M. I. Rabinovich, V. Yu. Trakhtengerts, Sov. Phys. JETP 47(4):715–719, 1978; N. V. Kuznetsov, G. A. Leonov, T. N. Mokaev, A. Prasad, M. D. Shrimali, Nonlinear Dyn., 2018 (arXiv:1504.04723).",
  names: ["x", "y", "z"],
  defaultParams: { h: 6.75, nu1: 4, nu2: 1, nu3: 1 },
  defaultX0: [1, 1, 1],
  defaultTime: { t0: 0, t1: 40, dt: 0.01 },
  rhs:
    ({ h, nu1, nu2, nu3 }) =>
    (_t, [x, y, z], d) => {
      d[0] = h * y - nu1 * x + y * z;
      d[1] = h * x - nu2 * y - x * z;
      d[2] = -nu3 * z + x * y;
    },
  truth: ({ h, nu1, nu2, nu3 }) => ({
    equations: {
      x: { x: -nu1, y: h, "y*z": 1 },
      y: { x: h, y: -nu2, "x*z": -1 },
      z: { z: -nu3, "x*y": 1 },
    },
    vocabulary: "polynomial",
  }),
});

const sprottK = defineSystem({
  name: "sprott-k",
  description: "Sprott's case K x' = xy − z, y' = x − y, z' = x + az (chaotic at a = 0.3).",
  citation: "J. C. Sprott, Phys. Rev. E 50(2):R647–R650, 1994.",
  names: ["x", "y", "z"],
  defaultParams: { a: 0.3 },
  defaultX0: [0.1, 0, 0],
  defaultTime: { t0: 0, t1: 100, dt: 0.02 },
  rhs:
    ({ a }) =>
    (_t, [x, y, z], d) => {
      d[0] = x * y - z;
      d[1] = x - y;
      d[2] = x + a * z;
    },
  truth: ({ a }) => ({
    equations: { x: { z: -1, "x*y": 1 }, y: { x: 1, y: -1 }, z: { x: 1, z: a } },
    vocabulary: "polynomial",
  }),
});

const rayleighDuffing = defineSystem({
  name: "rayleigh-duffing",
  description:
    "Rayleigh–Duffing oscillator x' = y, y' = −ω²x − βx³ + μy − νy³ (a hardening spring with Rayleigh's self-excitation: a limit cycle).",
  citation:
    "Lord Rayleigh, The Theory of Sound, 1877; G. Duffing, Erzwungene Schwingungen bei veränderlicher Eigenfrequenz, Vieweg 1918 (the two nonlinearities combined, unforced).",
  names: ["x", "y"],
  defaultParams: { w2: 1, beta: 1, mu: 0.2, nu: 0.05 },
  defaultX0: [0.5, 0],
  defaultTime: { t0: 0, t1: 40, dt: 0.02 },
  rhs:
    ({ w2, beta, mu, nu }) =>
    (_t, [x, y], d) => {
      d[0] = y;
      d[1] = -w2 * x - beta * x * x * x + mu * y - nu * y * y * y;
    },
  truth: ({ w2, beta, mu, nu }) => ({
    equations: { x: { y: 1 }, y: { x: -w2, y: mu, "x^3": -beta, "y^3": -nu } },
    vocabulary: "polynomial",
  }),
});

/** Lotka's scheme A → X (constant supply), X + Y → 2Y, Y → P: concentrations of X and Y. */
const lotkaReaction = defineSystem({
  name: "lotka-reaction",
  description:
    "Lotka's reaction X' = k₀ − k₁XY, Y' = k₁XY − k₂Y (damped oscillations into X* = k₂/k₁, Y* = k₀/k₂).",
  citation: "A. J. Lotka, J. Phys. Chem. 14(3):271–274, 1910.",
  names: ["X", "Y"],
  defaultParams: { k0: 0.4, k1: 0.1, k2: 1 },
  defaultX0: [20, 0.1],
  defaultTime: { t0: 0, t1: 150, dt: 0.05 },
  rhs:
    ({ k0, k1, k2 }) =>
    (_t, [X, Y], d) => {
      d[0] = k0 - k1 * X * Y;
      d[1] = k1 * X * Y - k2 * Y;
    },
  truth: ({ k0, k1, k2 }) => ({
    equations: { X: { "1": k0, "X*Y": -k1 }, Y: { Y: -k2, "X*Y": k1 } },
    vocabulary: "polynomial",
  }),
});

/** Two logistic prey N₁, N₂ that do not compete directly, and a predator P that eats both (mass action). */
const apparentCompetition = defineSystem({
  name: "apparent-competition",
  description:
    "Apparent competition N₁' = N₁(r₁ − a₁N₁ − b₁P), N₂' = N₂(r₂ − a₂N₂ − b₂P), P' = P(c₁N₁ + c₂N₂ − m).",
  citation: "R. D. Holt, Theor. Popul. Biol. 12(2):197–229, 1977 (here Lotka–Volterra with logistic prey).",
  names: ["N1", "N2", "P"],
  defaultParams: { r1: 1, a1: 0.001, b1: 0.1, r2: 0.5, a2: 0.0025, b2: 0.047, c1: 0.01, c2: 0.02, m: 2.3 },
  defaultX0: [300, 100, 2],
  defaultTime: { t0: 0, t1: 60, dt: 0.05 },
  rhs:
    ({ r1, a1, b1, r2, a2, b2, c1, c2, m }) =>
    (_t, [N1, N2, P], d) => {
      d[0] = N1 * (r1 - a1 * N1 - b1 * P);
      d[1] = N2 * (r2 - a2 * N2 - b2 * P);
      d[2] = P * (c1 * N1 + c2 * N2 - m);
    },
  truth: ({ r1, a1, b1, r2, a2, b2, c1, c2, m }) => ({
    equations: {
      N1: { N1: r1, "N1^2": -a1, "N1*P": -b1 },
      N2: { N2: r2, "N2^2": -a2, "N2*P": -b2 },
      P: { P: -m, "N1*P": c1, "N2*P": c2 },
    },
    vocabulary: "polynomial",
  }),
});

/**
 * Susceptible and infected fractions of two patches (recovered left out, as in the SIR families); β_ij is the rate
 * at which the infected of patch j infect the susceptible of patch i.
 */
const twoPatchSir = defineSystem({
  name: "two-patch-sir",
  description:
    "SIR with births in two patches S_i' = μ − μS_i − S_i(β_i1 I₁ + β_i2 I₂), I_i' = S_i(β_i1 I₁ + β_i2 I₂) − (γ + μ)I_i.",
  citation:
    "A. L. Lloyd, R. M. May, J. Theor. Biol. 179(1):1–11, 1996 (here SIR with births and two patches).",
  names: ["S1", "S2", "I1", "I2"],
  defaultParams: { mu: 0.02, gamma: 0.5, b11: 2, b12: 0.15, b21: 0.1, b22: 1.5 },
  defaultX0: [0.95, 0.99, 0.01, 1e-4],
  defaultTime: { t0: 0, t1: 100, dt: 0.05 },
  rhs:
    ({ mu, gamma, b11, b12, b21, b22 }) =>
    (_t, [S1, S2, I1, I2], d) => {
      const force1 = b11 * I1 + b12 * I2;
      const force2 = b21 * I1 + b22 * I2;
      d[0] = mu - mu * S1 - S1 * force1;
      d[1] = mu - mu * S2 - S2 * force2;
      d[2] = S1 * force1 - (gamma + mu) * I1;
      d[3] = S2 * force2 - (gamma + mu) * I2;
    },
  truth: ({ mu, gamma, b11, b12, b21, b22 }) => ({
    equations: {
      S1: { "1": mu, S1: -mu, "S1*I1": -b11, "S1*I2": -b12 },
      S2: { "1": mu, S2: -mu, "S2*I1": -b21, "S2*I2": -b22 },
      I1: { I1: -(gamma + mu), "S1*I1": b11, "S1*I2": b12 },
      I2: { I2: -(gamma + mu), "S2*I1": b21, "S2*I2": b22 },
    },
    vocabulary: "polynomial",
  }),
});

const RABINOVICH_X0 = [1, 1, 1];
const SPROTT_K_X0 = [0.1, 0, 0];

/** Lotka's equilibrium X* = k₂/k₁, Y* = k₀/k₂. */
const lotkaEquilibrium = ({ k0, k1, k2 }: Params): [number, number] => [k2 / k1, k0 / k2];

/**
 * The equilibrium is a focus (Jacobian [[−k₁Y*, −k₁X*], [k₁Y*, 0]]: trace −k₁k₀/k₂, determinant k₁k₀) with light
 * damping (decay rate under a fifth of the rotation rate): several visible turns before it settles.
 */
function lotkaSpiralsSlowly({ k0, k1, k2 }: Params): boolean {
  const decay = (k1 * k0) / (2 * k2);
  const rotation2 = k1 * k0 - decay * decay;
  return rotation2 > 0 && decay < 0.2 * Math.sqrt(rotation2);
}

/**
 * X at 1.3–2 × X* and Y at 0.2–0.5 × Y*: a start well away from the equilibrium, with a large first spike of Y. From
 * farther out (X at 2.5 × X*) the trough after the spike takes Y below 10⁻⁴, five decades under its peak.
 */
function lotkaAway(rng: Rng, p: Params): number[] {
  const [X, Y] = lotkaEquilibrium(p);
  return [X * rng.range(1.3, 2), Y * rng.range(0.2, 0.5)];
}

/**
 * The apparent-competition equilibrium: each prey at N_i* = (r_i − b_iP*)/a_i, and P* where the predator breaks
 * even, c₁N₁* + c₂N₂* = m.
 */
function preyAndPredatorAtRest({ r1, a1, b1, r2, a2, b2, c1, c2, m }: Params): [number, number, number] {
  const P = ((c1 * r1) / a1 + (c2 * r2) / a2 - m) / ((c1 * b1) / a1 + (c2 * b2) / a2);
  return [(r1 - b1 * P) / a1, (r2 - b2 * P) / a2, P];
}

/**
 * All three coexist, each prey held by the predator at 5–50% of its capacity r_i/a_i: neither prey is nearly
 * excluded (its equation would be a decay the data barely show) and both stay far below capacity, so the crowding
 * is weak and the spiral into coexistence (global: Goh's Lyapunov function) turns a few times before it settles.
 */
function coexistsBelowCapacity(p: Params): boolean {
  const [N1, N2, P] = preyAndPredatorAtRest(p);
  const share1 = N1 / (p.r1 / p.a1);
  const share2 = N2 / (p.r2 / p.a2);
  return P > 0 && [share1, share2].every((s) => s > 0.05 && s < 0.5);
}

/** Prey at 1.5–2.5 × their coexistence levels and the predator at 0.2–0.5 × its own: a predator that catches up. */
function preyBoom(rng: Rng, p: Params): number[] {
  const [N1, N2, P] = preyAndPredatorAtRest(p);
  return [N1 * rng.range(1.5, 2.5), N2 * rng.range(1.5, 2.5), P * rng.range(0.2, 0.5)];
}

/** Each patch alone sustains an epidemic (β_ii/(γ + μ) > 1.5), so both stay endemic whatever the coupling. */
const bothPatchesEndemic = ({ mu, gamma, b11, b22 }: Params) => Math.min(b11, b22) / (gamma + mu) > 1.5;

/** Patch 1 seeded with 0.5–2% infected; patch 2 with 10⁻⁵–10⁻³, so its epidemic lags and is fed by the coupling. */
function seededInPatchOne(rng: Rng): number[] {
  const I1 = rng.range(0.005, 0.02);
  const I2 = 10 ** rng.range(-5, -3);
  return [rng.range(0.8, 0.98 - I1), rng.range(0.8, 1 - I2), I1, I2];
}

export const HELD_OUT_15: Family[] = [
  {
    label: "Rabinovich three-wave (held out 15)",
    system: rabinovich as OdeSystem,
    degree: 2,
    params: { h: 6.75, nu1: 4, nu2: 1, nu3: 1 },
    x0: RABINOVICH_X0,
    dt: 0.01,
    t1: 40,
    coarseDt: 0.04,
    // A weak pump against the damping (h = 4.8, ν₁ = 3.9, ν₂ = 1.2, say) lets the orbit settle on a fixed point: kept
    // out by the swing.
    wide: { regime: keepsOscillating(rabinovich as OdeSystem, RABINOVICH_X0, 100, 5), x0: onAttractor },
  },
  {
    label: "Sprott K (held out 15)",
    system: sprottK as OdeSystem,
    degree: 2,
    params: { a: 0.3 },
    x0: SPROTT_K_X0,
    dt: 0.02,
    t1: 100,
    coarseDt: 0.1,
    // From (−1, 0, 1) the orbit escapes for a ≳ 0.34; from near the origin it stays bounded over the whole ±30%.
    wide: { regime: keepsOscillating(sprottK as OdeSystem, SPROTT_K_X0, 200, 1), x0: onAttractor },
  },
  {
    label: "Rayleigh–Duffing (held out 15)",
    system: rayleighDuffing as OdeSystem,
    degree: 3,
    params: { w2: 1, beta: 1, mu: 0.2, nu: 0.05 },
    x0: [0.5, 0],
    dt: 0.02,
    t1: 40,
    coarseDt: 0.1,
    // A limit cycle for every positive draw; states inside and outside it (x within ±1.5 on the cycle).
    wide: {
      x0: (rng) =>
        inBox(rng, [
          [-2.5, 2.5],
          [-2.5, 2.5],
        ]),
    },
  },
  {
    label: "Lotka reaction (held out 15)",
    system: lotkaReaction as OdeSystem,
    degree: 2,
    params: { k0: 0.4, k1: 0.1, k2: 1 },
    x0: [20, 0.1],
    dt: 0.05,
    t1: 150,
    coarseDt: 0.25,
    wide: { regime: lotkaSpiralsSlowly, x0: lotkaAway, horizon: [0.5, 1] },
  },
  {
    label: "apparent competition (held out 15)",
    system: apparentCompetition as OdeSystem,
    degree: 2,
    params: { r1: 1, a1: 0.001, b1: 0.1, r2: 0.5, a2: 0.0025, b2: 0.047, c1: 0.01, c2: 0.02, m: 2.3 },
    x0: [300, 100, 2],
    dt: 0.05,
    t1: 60,
    coarseDt: 0.25,
    wide: { regime: coexistsBelowCapacity, x0: preyBoom, horizon: [0.5, 1] },
  },
  {
    label: "two-patch SIR (held out 15)",
    system: twoPatchSir as OdeSystem,
    degree: 2,
    params: { mu: 0.02, gamma: 0.5, b11: 2, b12: 0.15, b21: 0.1, b22: 1.5 },
    x0: [0.95, 0.99, 0.01, 1e-4],
    dt: 0.05,
    t1: 100,
    coarseDt: 0.25,
    wide: { regime: bothPatchesEndemic, x0: seededInPatchOne, horizon: [0.5, 1] },
  },
];
