/**
 * Fourteenth held-out set of the robustness bench (robustness.ts, HELD_OUT=14), written in full before discovery was
 * run on any of it (only the systems themselves were integrated, to choose regimes), then measured untuned. Its kinds:
 * the hyperchaotic Chen system (4-D, a 15-term library; fast and large, |w| up to 80–150 against |x| near 20, with the
 * growth rate r = 0.5 of dw/dt small beside y·z, and a unit w in dx/dt beside a(y − x) at a = 35), Bouali's
 * stretched-loop attractor (3-D with one cubic term, x²·y, so a 20-term library; a small damping −0.05z beside x·z
 * and −1.5x in dz/dt, and y > 0 throughout: y' = −y(1 − x²) keeps its sign), Tyson's two-variable cell-cycle
 * oscillator (a cubic relaxation oscillator: u' = k₄(v − u)(α + u²) − k₆u with k₄ = 100 and α = 5·10⁻⁴, so the
 * linear v term k₄α = 0.05 is small beside u²·v and u³ at ±100 on states below 0.5; fast spikes of u, a slow ramp
 * of v), the basic model of virus dynamics (target cells T, infected cells I and virions V: an acute infection that
 * takes off from a small inoculum, peaks near V = 3·10⁴ and rings down to the chronic set point; coefficients from
 * β = 2·10⁻⁵ to p = 500, and the constant supply λ beside −dT with d = 0.01), Sprott's case S (a lone z² in dy/dt,
 * a constant in dz/dt, −ay with a = 4 in dx/dt; its orbit escapes for a ≲ 3.5) and a predator–prey system with a
 * disease in the prey (logistic prey split into susceptible S and infected I, a predator Y that catches only infected
 * prey, all in mass action: an epidemic in the prey, then a damped oscillation into coexistence; the crowding r/K
 * = 0.005 sits on S² and, summed with β, on S·I, and every coefficient but r is below 0.25 on states of 2–85).
 * First run (main at 492de15, WIDE=1 DRAWS=2 NOISE=0,1,5), exact structure at 0/1/5%: seeds 1000+ 12/12, 12/12,
 * 12/12 (STLSQ 5, 2, 0); seeds 3000+ 12/12, 12/12, 12/12 (STLSQ 3, 2, 0); seeds 5000+ 11/12, 12/12, 12/12 (STLSQ 4,
 * 2, 0). CPU time 595, 560 and 679 s; the slowest run the virus model at 5% with 5000 samples (seed 1050), 161 s.
 * The failure is Bouali 5097, clean at 200 samples (one sample per 0.33 time units at a = 4.9): a dense model of 36
 * terms, warned twice (its re-simulation diverges; y read as 54% noise, with the advice to sample more densely).
 * Fixed matrix (HELD_OUT=14 NOISE=0: clean, short at 200 samples, a 40% irregular subset, coarse): 24/24 (STLSQ
 * 12/24). Irregular grids (IRREGULAR=1, seeds 1000+, 127–3511 samples): 12/12, 10/12, 10/12 (STLSQ 4, 1, 0; CPU 1204 s,
 * the hyperchaotic Chen system at 1% on 312 samples 377 s of it). The four failures have 289–349 samples and all are
 * warned: Bouali 1010 and 1050 and Tyson 1010 return dense models whose re-simulation diverges, with a warning that
 * the sampling does not resolve the motion; the virus model 1147 (5%, 289 samples) writes −dT as a T² and is warned
 * as a poor fit and as a near tie that names the truth 0.3 worse.
 */
import { defineSystem, type OdeSystem, type Rng } from "@mechanist/datasets";
import { type Family, inBox, onAttractor } from "./families.js";
import { keepsOscillating } from "./held-out-2.js";

type Params = Record<string, number>;

const hyperchaoticChen = defineSystem({
  name: "hyperchaotic-chen",
  description:
    "Hyperchaotic Chen system x' = a(y − x) + w, y' = dx − xz + cy, z' = xy − bz, w' = yz + rw (hyperchaotic at a = 35, b = 3, c = 12, d = 7, r = 0.5).",
  citation: "Y. Li, W. K. S. Tang, G. Chen, Int. J. Bifurcation Chaos 15(10):3367–3375, 2005.",
  names: ["x", "y", "z", "w"],
  defaultParams: { a: 35, b: 3, c: 12, d: 7, r: 0.5 },
  defaultX0: [-10, -6, 0, 10],
  defaultTime: { t0: 0, t1: 20, dt: 0.005 },
  rhs:
    ({ a, b, c, d: dd, r }) =>
    (_t, [x, y, z, w], d) => {
      d[0] = a * (y - x) + w;
      d[1] = dd * x - x * z + c * y;
      d[2] = x * y - b * z;
      d[3] = y * z + r * w;
    },
  truth: ({ a, b, c, d, r }) => ({
    equations: {
      x: { x: -a, y: a, w: 1 },
      y: { x: d, y: c, "x*z": -1 },
      z: { z: -b, "x*y": 1 },
      w: { w: r, "y*z": 1 },
    },
    vocabulary: "polynomial",
  }),
});

const bouali = defineSystem({
  name: "bouali",
  description:
    "Bouali's system x' = x(a − y) + αz, y' = −y(1 − x²), z' = −x(c − sz) − εz (chaotic at a = 4, α = 0.3, c = 1.5, s = 1, ε = 0.05).",
  citation: "S. Bouali, Nonlinear Dyn. 70(4):2375–2381, 2012.",
  names: ["x", "y", "z"],
  defaultParams: { a: 4, alpha: 0.3, c: 1.5, s: 1, eps: 0.05 },
  defaultX0: [1, 1, 0],
  defaultTime: { t0: 0, t1: 100, dt: 0.02 },
  rhs:
    ({ a, alpha, c, s, eps }) =>
    (_t, [x, y, z], d) => {
      d[0] = x * (a - y) + alpha * z;
      d[1] = -y * (1 - x * x);
      d[2] = -x * (c - s * z) - eps * z;
    },
  truth: ({ a, alpha, c, s, eps }) => ({
    equations: {
      x: { x: a, z: alpha, "x*y": -1 },
      y: { y: -1, "x^2*y": 1 },
      z: { x: -c, z: -eps, "x*z": s },
    },
    vocabulary: "polynomial",
  }),
});

/** Active MPF u and total cyclin v (both relative to total cdc2). */
const tysonCellCycle = defineSystem({
  name: "tyson-cell-cycle",
  description:
    "Tyson's two-variable cell-cycle model u' = k₄(v − u)(α + u²) − k₆u, v' = κ − k₆u (a relaxation oscillator for 8αk₄ < k₆ and an unstable steady state).",
  citation: "J. J. Tyson, Proc. Natl. Acad. Sci. USA 88(16):7328–7332, 1991.",
  names: ["u", "v"],
  defaultParams: { k4: 100, alpha: 5e-4, kappa: 0.075, k6: 1.5 },
  defaultX0: [0.2, 0.1],
  defaultTime: { t0: 0, t1: 80, dt: 0.02 },
  rhs:
    ({ k4, alpha, kappa, k6 }) =>
    (_t, [u, v], d) => {
      d[0] = k4 * (v - u) * (alpha + u * u) - k6 * u;
      d[1] = kappa - k6 * u;
    },
  truth: ({ k4, alpha, kappa, k6 }) => ({
    equations: {
      u: { u: -(k4 * alpha + k6), v: k4 * alpha, "u^3": -k4, "u^2*v": k4 },
      v: { "1": kappa, u: -k6 },
    },
    vocabulary: "polynomial",
  }),
});

/** Target cells T, infected cells I, free virions V (per µL, time in days). */
const virusDynamics = defineSystem({
  name: "virus-dynamics",
  description:
    "Basic model of virus dynamics T' = λ − dT − βTV, I' = βTV − δI, V' = pI − cV (an acute infection when R₀ = βλp/(dδc) > 1).",
  citation:
    "M. A. Nowak, R. M. May, Virus Dynamics, Oxford University Press 2000, ch. 3; A. S. Perelson, P. W. Nelson, SIAM Rev. 41(1):3–44, 1999.",
  names: ["T", "I", "V"],
  defaultParams: { lambda: 10, d: 0.01, beta: 2e-5, delta: 0.5, p: 500, c: 3 },
  defaultX0: [1000, 0, 10],
  defaultTime: { t0: 0, t1: 100, dt: 0.05 },
  rhs:
    ({ lambda, d: dd, beta, delta, p, c }) =>
    (_t, [T, I, V], d) => {
      d[0] = lambda - dd * T - beta * T * V;
      d[1] = beta * T * V - delta * I;
      d[2] = p * I - c * V;
    },
  truth: ({ lambda, d, beta, delta, p, c }) => ({
    equations: {
      T: { "1": lambda, T: -d, "T*V": -beta },
      I: { I: -delta, "T*V": beta },
      V: { I: p, V: -c },
    },
    vocabulary: "polynomial",
  }),
});

const sprottS = defineSystem({
  name: "sprott-s",
  description: "Sprott's case S x' = −x − ay, y' = x + z², z' = 1 + x (chaotic at a = 4).",
  citation: "J. C. Sprott, Phys. Rev. E 50(2):R647–R650, 1994.",
  names: ["x", "y", "z"],
  defaultParams: { a: 4 },
  defaultX0: [-1, 0.5, 0.5],
  defaultTime: { t0: 0, t1: 100, dt: 0.02 },
  rhs:
    ({ a }) =>
    (_t, [x, y, z], d) => {
      d[0] = -x - a * y;
      d[1] = x + z * z;
      d[2] = 1 + x;
    },
  truth: ({ a }) => ({
    equations: { x: { x: -1, y: -a }, y: { x: 1, "z^2": 1 }, z: { "1": 1, x: 1 } },
    vocabulary: "polynomial",
  }),
});

/** Susceptible prey S and infected prey I (logistic together, capacity K), a predator Y of the infected prey. */
const diseasedPrey = defineSystem({
  name: "predator-prey-diseased-prey",
  description:
    "Predator–prey with a disease in the prey S' = rS(1 − (S + I)/K) − βSI, I' = βSI − μI − pIY, Y' = −dY + epIY (mass action).",
  citation:
    "K. P. Hadeler, H. I. Freedman, J. Math. Biol. 27(6):609–631, 1989 (here with mass-action predation).",
  names: ["S", "I", "Y"],
  defaultParams: { r: 0.5, K: 100, beta: 0.01, mu: 0.2, p: 0.02, e: 0.5, d: 0.1 },
  defaultX0: [80, 2, 3],
  defaultTime: { t0: 0, t1: 60, dt: 0.05 },
  rhs:
    ({ r, K, beta, mu, p, e, d: dd }) =>
    (_t, [S, I, Y], d) => {
      d[0] = r * S * (1 - (S + I) / K) - beta * S * I;
      d[1] = beta * S * I - mu * I - p * I * Y;
      d[2] = -dd * Y + e * p * I * Y;
    },
  truth: ({ r, K, beta, mu, p, e, d }) => ({
    equations: {
      S: { S: r, "S^2": -r / K, "S*I": -(r / K + beta) },
      I: { I: -mu, "S*I": beta, "I*Y": -p },
      Y: { Y: -d, "I*Y": e * p },
    },
    vocabulary: "polynomial",
  }),
});

const CHEN_X0 = [-10, -6, 0, 10];

/**
 * Tyson's steady state ū = κ/k₆, v̄ = ū + k₆ū/(k₄(α + ū²)) is unstable (the trace of the Jacobian,
 * −k₄(α + ū²) + 2k₆ū²/(α + ū²) − k₆, above 0.2k₆; its determinant k₆k₄(α + ū²) is positive) and the u-nullcline
 * is S-shaped (8αk₄ < k₆): a relaxation limit cycle around it.
 */
function cycles({ k4, alpha, kappa, k6 }: Params): boolean {
  const u = kappa / k6;
  const trace = -k4 * (alpha + u * u) + (2 * k6 * u * u) / (alpha + u * u) - k6;
  return 8 * alpha * k4 < k6 && trace > 0.2 * k6;
}

/** An acute infection: R₀ = βλp/(dδc) above 3, so that the viral peak falls well inside the shortest horizon. */
const infects = ({ lambda, d, beta, delta, p, c }: Params) => (beta * lambda * p) / (d * delta * c) > 3;

/** An uninfected host (T near λ/d, no infected cells) and an inoculum of 1–100 virions. */
function inoculum(rng: Rng, { lambda, d }: Params): number[] {
  return [(lambda / d) * rng.range(0.8, 1.2), 0, 10 ** rng.range(0, 2)];
}

/** The diseased-prey system's coexistence point: I* = d/(ep), S* = K(1 − βI*·r⁻¹) − I*, Y* = (βS* − μ)/p. */
function coexistence({ r, K, beta, mu, p, e, d }: Params): [number, number, number] {
  const I = d / (e * p);
  const S = K * (1 - (beta * I) / r) - I;
  return [S, I, (beta * S - mu) / p];
}

/**
 * The disease invades the prey at capacity (βK/μ > 1.5) and all three coexist with margin (S* above 20% of K, and
 * the infected prey at S* grow fast enough to feed a predator: βS* > 1.3μ).
 */
function coexists(p: Params): boolean {
  const [S] = coexistence(p);
  return (p.beta * p.K) / p.mu > 1.5 && S > 0.2 * p.K && p.beta * S > 1.3 * p.mu;
}

/** Healthy prey at 60–90% of capacity, 1–5% infected, a predator at 10–30% of its coexistence level. */
function outbreak(rng: Rng, p: Params): number[] {
  const [, , Y] = coexistence(p);
  return [p.K * rng.range(0.6, 0.9), p.K * rng.range(0.01, 0.05), Y * rng.range(0.1, 0.3)];
}

export const HELD_OUT_14: Family[] = [
  {
    label: "hyperchaotic Chen (held out 14)",
    system: hyperchaoticChen as OdeSystem,
    degree: 2,
    params: { a: 35, b: 3, c: 12, d: 7, r: 0.5 },
    x0: CHEN_X0,
    dt: 0.005,
    t1: 20,
    coarseDt: 0.02,
    // With a ≳ 4c the orbit runs away (a = 43.8, c = 8.7 and a = 40, c = 9.1 from CHEN_X0, and the integrator takes
    // seconds to say so): a < 4c is checked first.
    wide: {
      regime: (p) => p.a < 4 * p.c && keepsOscillating(hyperchaoticChen as OdeSystem, CHEN_X0, 40, 5)(p),
      x0: onAttractor,
    },
  },
  {
    label: "Bouali (held out 14)",
    system: bouali as OdeSystem,
    degree: 3,
    params: { a: 4, alpha: 0.3, c: 1.5, s: 1, eps: 0.05 },
    x0: [1, 1, 0],
    dt: 0.02,
    t1: 100,
    coarseDt: 0.1,
    wide: { regime: keepsOscillating(bouali as OdeSystem, [1, 1, 0], 200, 1), x0: onAttractor },
  },
  {
    label: "Tyson cell cycle (held out 14)",
    system: tysonCellCycle as OdeSystem,
    degree: 3,
    params: { k4: 100, alpha: 5e-4, kappa: 0.075, k6: 1.5 },
    x0: [0.2, 0.1],
    dt: 0.02,
    t1: 80,
    coarseDt: 0.1,
    wide: {
      regime: cycles,
      x0: (rng) =>
        inBox(rng, [
          [0.01, 0.4],
          [0.05, 0.6],
        ]),
      horizon: [0.5, 1],
    },
  },
  {
    label: "virus dynamics (held out 14)",
    system: virusDynamics as OdeSystem,
    degree: 2,
    params: { lambda: 10, d: 0.01, beta: 2e-5, delta: 0.5, p: 500, c: 3 },
    x0: [1000, 0, 10],
    dt: 0.05,
    t1: 100,
    coarseDt: 0.25,
    wide: { regime: infects, x0: inoculum, horizon: [0.4, 1] },
  },
  {
    label: "Sprott S (held out 14)",
    system: sprottS as OdeSystem,
    degree: 2,
    params: { a: 4 },
    x0: [-1, 0.5, 0.5],
    dt: 0.02,
    t1: 100,
    coarseDt: 0.1,
    // From (−1, 0.5, 0.5) the orbit escapes to infinity for a ≲ 3.5: a > 3.55 is checked first.
    wide: {
      regime: (p) => p.a > 3.55 && keepsOscillating(sprottS as OdeSystem, [-1, 0.5, 0.5], 200, 1)(p),
      x0: onAttractor,
    },
  },
  {
    label: "predator–prey, diseased prey (held out 14)",
    system: diseasedPrey as OdeSystem,
    degree: 2,
    params: { r: 0.5, K: 100, beta: 0.01, mu: 0.2, p: 0.02, e: 0.5, d: 0.1 },
    x0: [80, 2, 3],
    dt: 0.05,
    t1: 60,
    coarseDt: 0.25,
    wide: { regime: coexists, x0: outbreak, horizon: [0.5, 1] },
  },
];
