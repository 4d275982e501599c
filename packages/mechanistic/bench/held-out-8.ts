/**
 * Eighth held-out set of the robustness bench (robustness.ts, HELD_OUT=8), written in full before discovery was run
 * on any of it (only the systems themselves were integrated, to choose regimes) and measured untuned. It leans on
 * kinds the earlier sets under-represent: a slow damped transient with a variable pinned near a constant (class-B
 * laser rate equations: the inversion N stays within ±50% of threshold 1, so {1, N} and {I, I·N} are nearly
 * collinear, and the small 0.04·N, 0.04·I·N sit beside 5·I·N), a planar oscillator whose rows use all four cubic
 * monomials (Stuart–Landau with shear: the amplitude-dependent frequency puts x²y and y³ into dx/dt), a 3-D epidemic
 * with waning immunity whose population is not conserved (SIRS with recruitment and disease deaths: four small terms
 * in dS/dt, one outbreak into the endemic state), cubic chaos built from products x²y, x³ and x·y·z (Rabinovich–
 * Fabrikant), quadratic mass-action chemical chaos with variables spanning four orders of magnitude and coefficients
 * from 0.25 to 30 (Willamowski–Rössler) and a 4-D Lorenz extension whose fourth variable enters only linearly
 * (Lorenz–Stenflo).
 * First run (main at c898e36, WIDE=1 DRAWS=2 NOISE=0,1,5), exact structure: seeds 1000+ 12/12, 12/12, 8/12 at
 * 0/1/5%; seeds 3000+ 12/12, 11/12, 10/12 (STLSQ 4/12, 2/12, 1/12 and 9/12, 1/12, 0/12). Per system over the 24
 * runs: class-B laser 12, Stuart–Landau 11, SIRS 9, Rabinovich–Fabrikant 11, Willamowski–Rössler 10, Lorenz–Stenflo
 * 12. CPU time 355 s (1000+) and 677 s (3000+); the slowest run Rabinovich–Fabrikant 5% seed 3050 (1000 samples,
 * failed), 204 s CPU.
 * "Truth's BIC" below is the refined BIC of the true support started from the true coefficients, minus the chosen
 * model's, at the default segments (segmentLength; whether polish.ts shortened them was not traced).
 * Willamowski–Rössler (2 failures), a refinement defect: 5% 1147 (500 samples) adds six terms (a constant and
 * 7·10⁻⁴·z² in dx/dt, 0.009·x² and 0.001·y² in dy/dt, a constant and 0.026·y·z in dz/dt) and 1% 3107 (500 samples)
 * adds x, x² and x·y to dz/dt; both re-simulations diverge (poor-fit warning). Between spikes the concentrations dip
 * to 10⁻³–10⁻⁵, so the smoothed states that start the refinement's segments have a negative component at 158 and 222
 * of the 500 samples; from them every refinement fails, the truth's too (a negative z runs away under −k₋₅z²), and
 * the window fit stands. With those starts clipped to 10⁻³ the truth refines, its BIC 1469 (1147) and 21.3 (3107)
 * below the chosen model's refined the same way.
 * Rabinovich–Fabrikant 5% 3050 (1000 samples, dt = 0.1τ): dx/dt on 9 terms (21.6 + 51.8x + 43.5x² + 13.0x³ + …, a
 * re-expansion around the attractor's x < 0) instead of {x, y, y·z, x²y}; it diverges (poor-fit warning) and cannot
 * be refined, while the truth refines from its coefficients and converges — a search defect.
 * SIRS with vital dynamics (3 failures, all in dS/dt, whose Λ, −μS and ωR are ~0.01 beside βSI): 5% 1147 (500
 * samples) fits {1, S², R², S·I}, the truth's BIC 0.2 higher (a tie; the ambiguity warning names the truth); 5%
 * 3147 (2000) drops Λ and −μS (Λ − μS stays between 0.001 and 0.005 while βSI reaches 0.02), the truth's BIC 10.1
 * higher (identifiability, no warning); 5% 1050 (5000) writes {1, S} as {S·R, R²}, the truth's BIC 6.5 lower, no
 * warning — a search defect: each single exchange toward the truth raises the BIC (by 3.4 and 3.7), only both
 * together lower it.
 * Stuart–Landau 5% 1147 (500 samples over 13.9 time units, from 1.7× the cycle's radius): dx/dt loses μx, −Ax³ and
 * −Axy², the terms of the radial decay, which cancel on the cycle where the orbit spends all but its first ~1.5 time
 * units; the truth's BIC 6.6 higher (identifiability, no warning; dy/dt keeps all six terms). Later (2026-12-01):
 * not identifiability but the segments' free initial states: over segments 4× longer the truth's BIC is 111 below
 * that model's, and the selection over longer segments (src/discover/extended-segments.ts) makes this draw and SIRS
 * 5% 1147 exact.
 * General classes: refinement started from smoothed states outside the model's domain (negative concentrations under
 * a −kz² term: Willamowski–Rössler ×2, even at 1%); two-term moves not searched (SIRS 1050, as set 7's Oregonator
 * 3147); small constant and linear terms beside a dominant product along one transient into an equilibrium (SIRS
 * 3147 and 1147, as set 6's chemostat); a short transient onto a limit cycle (Stuart–Landau 1147).
 */
import { defineSystem, type OdeSystem, type Rng } from "@mechanist/datasets";
import { type Family, inBox, onAttractor } from "./families.js";
import { keepsOscillating } from "./held-out-2.js";

type Params = Record<string, number>;

/** Photon number I and inversion N in units of their threshold values; time in units where κ is the photon decay. */
const classBLaser = defineSystem({
  name: "class-b-laser",
  description:
    "Class-B laser rate equations I' = κ(N − 1)I, N' = γ(P − N − NI) (relaxation oscillations damped into lasing).",
  citation:
    "C. L. Tang, H. Statz, G. deMars, J. Appl. Phys. 34(8):2289–2295, 1963; T. Erneux, P. Glorieux, Laser Dynamics, Cambridge University Press 2010, ch. 4.",
  names: ["I", "N"],
  defaultParams: { kappa: 5, gamma: 0.04, P: 2.5 },
  defaultX0: [0.5, 1.5],
  defaultTime: { t0: 0, t1: 120, dt: 0.05 },
  rhs:
    ({ kappa, gamma, P }) =>
    (_t, [I, N], d) => {
      d[0] = kappa * (N - 1) * I;
      d[1] = gamma * (P - N - N * I);
    },
  truth: ({ kappa, gamma, P }) => ({
    equations: {
      I: { I: -kappa, "I*N": kappa },
      N: { "1": gamma * P, N: -gamma, "I*N": -gamma },
    },
    vocabulary: "polynomial",
  }),
});

/** z = x + iy: z' = (μ + iω)z − A(1 + iβ)|z|²z, the amplitude equation near a supercritical Hopf bifurcation. */
const stuartLandau = defineSystem({
  name: "stuart-landau-shear",
  description:
    "Stuart–Landau with shear x' = μx − ωy − A r²(x − βy), y' = ωx + μy − A r²(y + βx), r² = x² + y² (frequency falls with amplitude).",
  citation:
    "J. T. Stuart, J. Fluid Mech. 9(3):353–370, 1960; I. S. Aranson, L. Kramer, Rev. Mod. Phys. 74(1):99–143, 2002.",
  names: ["x", "y"],
  defaultParams: { mu: 0.5, omega: 2, A: 1, beta: 1.5 },
  defaultX0: [0.1, 0],
  defaultTime: { t0: 0, t1: 30, dt: 0.01 },
  rhs:
    ({ mu, omega, A, beta }) =>
    (_t, [x, y], d) => {
      const r2 = x * x + y * y;
      d[0] = mu * x - omega * y - A * r2 * (x - beta * y);
      d[1] = omega * x + mu * y - A * r2 * (y + beta * x);
    },
  truth: ({ mu, omega, A, beta }) => ({
    equations: {
      x: { x: mu, y: -omega, "x^3": -A, "x*y^2": -A, "x^2*y": A * beta, "y^3": A * beta },
      y: { x: omega, y: mu, "x^2*y": -A, "y^3": -A, "x^3": -A * beta, "x*y^2": -A * beta },
    },
    vocabulary: "polynomial",
  }),
});

/** Constant recruitment Λ and disease deaths α: the population S + I + R is not conserved (no collinear library). */
const sirs = defineSystem({
  name: "sirs-vital",
  description:
    "SIRS with vital dynamics S' = Λ − βSI − μS + ωR, I' = βSI − (γ + μ + α)I, R' = γI − (μ + ω)R (waning immunity).",
  citation:
    "H. W. Hethcote, SIAM Rev. 42(4):599–653, 2000; R. M. Anderson, R. M. May, Nature 280:361–367, 1979 (disease-induced deaths).",
  names: ["S", "I", "R"],
  defaultParams: { L: 0.011, beta: 0.3, mu: 0.01, omega: 0.02, gamma: 0.1, alpha: 0.015 },
  defaultX0: [0.95, 0.01, 0],
  defaultTime: { t0: 0, t1: 200, dt: 0.1 },
  rhs:
    ({ L, beta, mu, omega, gamma, alpha }) =>
    (_t, [s, i, r], d) => {
      d[0] = L - beta * s * i - mu * s + omega * r;
      d[1] = beta * s * i - (gamma + mu + alpha) * i;
      d[2] = gamma * i - (mu + omega) * r;
    },
  truth: ({ L, beta, mu, omega, gamma, alpha }) => ({
    equations: {
      S: { "1": L, S: -mu, "S*I": -beta, R: omega },
      I: { "S*I": beta, I: -(gamma + mu + alpha) },
      R: { I: gamma, R: -(mu + omega) },
    },
    vocabulary: "polynomial",
  }),
});

const rabinovichFabrikant = defineSystem({
  name: "rabinovich-fabrikant",
  description:
    "Rabinovich–Fabrikant x' = y(z − 1 + x²) + γx, y' = x(3z + 1 − x²) + γy, z' = −2z(α + xy) (chaotic at α = 1.1, γ = 0.87).",
  citation:
    "M. I. Rabinovich, A. L. Fabrikant, Sov. Phys. JETP 50(2):311–317, 1979; M.-F. Danca, G. Chen, Int. J. Bifurcation Chaos 14(10):3409–3447, 2004.",
  names: ["x", "y", "z"],
  defaultParams: { alpha: 1.1, gamma: 0.87 },
  defaultX0: [-1, 0, 0.5],
  defaultTime: { t0: 0, t1: 60, dt: 0.01 },
  rhs:
    ({ alpha, gamma }) =>
    (_t, [x, y, z], d) => {
      d[0] = y * (z - 1 + x * x) + gamma * x;
      d[1] = x * (3 * z + 1 - x * x) + gamma * y;
      d[2] = -2 * z * (alpha + x * y);
    },
  truth: ({ alpha, gamma }) => ({
    equations: {
      x: { x: gamma, y: -1, "y*z": 1, "x^2*y": 1 },
      y: { x: 1, y: gamma, "x*z": 3, "x^3": -1 },
      z: { z: -2 * alpha, "x*y*z": -2 },
    },
    vocabulary: "polynomial",
  }),
});

/**
 * X ⇌ 2X, X + Y → 2Y, Y → P, X + Z → P, Z ⇌ 2Z (mass action); the source's reverse rates of 10⁻³–10⁻⁴ on the other
 * steps are dropped (they only keep the concentrations off zero), which leaves the chaos intact.
 */
const willamowskiRossler = defineSystem({
  name: "willamowski-rossler",
  description:
    "Willamowski–Rössler x' = k₁x − k₋₁x² − k₂xy − k₄xz, y' = k₂xy − k₃y, z' = −k₄xz + k₅z − k₋₅z² (chemical chaos).",
  citation: "K.-D. Willamowski, O. E. Rössler, Z. Naturforsch. A 35(3):317–318, 1980.",
  names: ["x", "y", "z"],
  defaultParams: { k1: 30, km1: 0.25, k2: 1, k3: 10, k4: 1, k5: 16.5, km5: 0.5 },
  defaultX0: [15, 15, 20],
  defaultTime: { t0: 0, t1: 15, dt: 0.005 },
  rhs:
    ({ k1, km1, k2, k3, k4, k5, km5 }) =>
    (_t, [x, y, z], d) => {
      d[0] = k1 * x - km1 * x * x - k2 * x * y - k4 * x * z;
      d[1] = k2 * x * y - k3 * y;
      d[2] = -k4 * x * z + k5 * z - km5 * z * z;
    },
  truth: ({ k1, km1, k2, k3, k4, k5, km5 }) => ({
    equations: {
      x: { x: k1, "x^2": -km1, "x*y": -k2, "x*z": -k4 },
      y: { "x*y": k2, y: -k3 },
      z: { z: k5, "x*z": -k4, "z^2": -km5 },
    },
    vocabulary: "polynomial",
  }),
});

/** Lorenz's convection modes plus a fourth, w, for the Earth's rotation (acoustic-gravity waves). */
const lorenzStenflo = defineSystem({
  name: "lorenz-stenflo",
  description: "Lorenz–Stenflo x' = a(y − x) + sw, y' = rx − xz − y, z' = xy − bz, w' = −x − aw (4-D chaos).",
  citation: "L. Stenflo, Phys. Scr. 53(1):83–84, 1996.",
  names: ["x", "y", "z", "w"],
  defaultParams: { a: 1, b: 0.7, r: 26, s: 1.5 },
  defaultX0: [1, 1, 1, 1],
  defaultTime: { t0: 0, t1: 50, dt: 0.01 },
  rhs:
    ({ a, b, r, s }) =>
    (_t, [x, y, z, w], d) => {
      d[0] = a * (y - x) + s * w;
      d[1] = r * x - x * z - y;
      d[2] = x * y - b * z;
      d[3] = -x - a * w;
    },
  truth: ({ a, b, r, s }) => ({
    equations: {
      x: { x: -a, y: a, w: s },
      y: { x: r, y: -1, "x*z": -1 },
      z: { z: -b, "x*y": 1 },
      w: { x: -1, w: -a },
    },
    vocabulary: "polynomial",
  }),
});

/** Away from lasing: N 15–50% above threshold, I 10–60% of its steady value P − 1 (a few damped relaxation spikes). */
const laserState = (rng: Rng, { P }: Params) =>
  inBox(rng, [
    [0.1 * (P - 1), 0.6 * (P - 1)],
    [1.15, 1.5],
  ]);

/** Inside or outside the limit cycle r = √(μ/A), at a random phase: on it the r² terms are not identifiable. */
function slState(rng: Rng, { mu, A }: Params): number[] {
  const r = Math.sqrt(mu / A) * (rng.next() < 0.5 ? rng.range(0.1, 0.6) : rng.range(1.5, 2.2));
  const angle = rng.range(0, 2 * Math.PI);
  return [r * Math.cos(angle), r * Math.sin(angle)];
}

/** An outbreak: R₀ = βΛ / (μ(γ + μ + α)) (β times the disease-free S = Λ/μ over the infectious period) above 1.5. */
const sirsSpreads = ({ L, beta, mu, gamma, alpha }: Params) => (beta * L) / (mu * (gamma + mu + alpha)) > 1.5;

export const HELD_OUT_8: Family[] = [
  {
    label: "class-B laser (held out 8)",
    system: classBLaser as OdeSystem,
    degree: 2,
    params: { kappa: 5, gamma: 0.04, P: 2.5 },
    x0: [0.5, 1.5],
    dt: 0.05,
    t1: 120,
    coarseDt: 0.25,
    wide: { x0: laserState, horizon: [0.6, 1] },
  },
  {
    label: "Stuart–Landau with shear (held out 8)",
    system: stuartLandau as OdeSystem,
    degree: 3,
    params: { mu: 0.5, omega: 2, A: 1, beta: 1.5 },
    x0: [0.1, 0],
    dt: 0.01,
    t1: 30,
    coarseDt: 0.1,
    wide: { x0: slState },
  },
  {
    label: "SIRS with vital dynamics (held out 8)",
    system: sirs as OdeSystem,
    degree: 2,
    params: { L: 0.011, beta: 0.3, mu: 0.01, omega: 0.02, gamma: 0.1, alpha: 0.015 },
    x0: [0.95, 0.01, 0],
    dt: 0.1,
    t1: 200,
    coarseDt: 0.5,
    wide: {
      regime: sirsSpreads,
      x0: (rng) =>
        inBox(rng, [
          [0.7, 1],
          [0.005, 0.05],
          [0, 0.2],
        ]),
      horizon: [0.6, 1],
    },
  },
  {
    label: "Rabinovich–Fabrikant (held out 8)",
    system: rabinovichFabrikant as OdeSystem,
    degree: 3,
    params: { alpha: 1.1, gamma: 0.87 },
    x0: [-1, 0, 0.5],
    dt: 0.01,
    t1: 60,
    coarseDt: 0.04,
    wide: {
      regime: keepsOscillating(rabinovichFabrikant as OdeSystem, [-1, 0, 0.5], 200, 0.5),
      x0: onAttractor,
    },
  },
  {
    label: "Willamowski–Rössler (held out 8)",
    system: willamowskiRossler as OdeSystem,
    degree: 2,
    params: { k1: 30, km1: 0.25, k2: 1, k3: 10, k4: 1, k5: 16.5, km5: 0.5 },
    x0: [15, 15, 20],
    dt: 0.005,
    t1: 15,
    coarseDt: 0.02,
    wide: { regime: keepsOscillating(willamowskiRossler as OdeSystem, [15, 15, 20], 30, 5), x0: onAttractor },
  },
  {
    label: "Lorenz–Stenflo (held out 8)",
    system: lorenzStenflo as OdeSystem,
    degree: 2,
    params: { a: 1.5, b: 0.7, r: 26, s: 1.5 },
    x0: [1, 1, 1, 1],
    dt: 0.01,
    t1: 50,
    coarseDt: 0.04,
    wide: { regime: keepsOscillating(lorenzStenflo as OdeSystem, [1, 1, 1, 1], 100, 5), x0: onAttractor },
  },
];
