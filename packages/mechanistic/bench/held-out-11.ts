/**
 * Eleventh held-out set of the robustness bench (robustness.ts, HELD_OUT=11), written in full before discovery was
 * run on any of it (only the systems themselves were integrated, to choose regimes) and measured untuned. Its kinds:
 * a Lorenz-like chaotic flow with a product coefficient equal to a linear one (Tigan's T-system), Sprott's
 * quadratic jerk (a chain x' = y, y' = z whose last row carries a squared velocity, chaotic only in a narrow band of
 * its damping), two diffusively coupled Van der Pol oscillators of different frequency (4-D, degree 3, a 35-term
 * library), Sprott's case E (a constant and a lone −4x in dz/dt), the Helmholtz oscillator (a quadratic restoring
 * force with 5% damping: a decaying, asymmetric oscillation) and an SI epidemic in a logistically growing host (a
 * damped endemic spiral, the host's density dependence split over S², S·I).
 * First run (main at ee36484, its src untouched, WIDE=1 DRAWS=2 NOISE=0,1,5), exact structure at 0/1/5%:
 * seeds 1000+ 12/12, 12/12, 12/12 (STLSQ 9, 5, 2); seeds 3000+ 11/12, 11/12, 12/12 (STLSQ 10, 9, 2); seeds 5000+
 * 12/12, 12/12, 11/12 (STLSQ 9, 7, 3). All three failures are Sprott E's, at 500 samples. CPU time 373, 541 and
 * 399 s; the coupled Van der Pol oscillators (degree 3, 35 terms per row) took 687 s of the 1313, and Sprott E 3097
 * 220 s.
 * Sprott E 3097 (clean) and 3010 (1%) left the attractor for an intermittent regime that the regime check (a bounded
 * swing of x) let through: z ramps up slowly while x and y stay near 0, then x bursts to 60–108 and y to 1659–1938
 * and back within one or two samples (x steps 72% and 100% of its range between consecutive samples). Undersampled:
 * 3097 reads its clean data as 114% noise (poor fit and suspect-noise warnings); 3010 reads its noise right (1%)
 * and only the poor-fit warning said anything, with the advice of a larger degree or window. Such runs now get a
 * warning that names the unresolved variable (warnings.ts `UNRESOLVED_STEP`).
 * Sprott E 5050 (5%, 500 samples, a wider orbit: x within ±10, y to 40, largest step 34% of x's range) adds a small
 * −0.049·y to dx/dt = 1.02·yz, with an ambiguity warning that names a same-size alternative {y², y·z} 0.3 worse in
 * the refined BIC: a warned near tie.
 */
import { defineSystem, type OdeSystem, type Rng } from "@mechanist/datasets";
import { type Family, inBox, onAttractor } from "./families.js";
import { keepsOscillating } from "./held-out-2.js";

type Params = Record<string, number>;

const tigan = defineSystem({
  name: "tigan",
  description:
    "Tigan's T-system x' = a(y − x), y' = (c − a)x − axz, z' = xy − bz (chaotic at a = 2.1, b = 0.6, c = 30).",
  citation: "G. Tigan, D. Opriş, Chaos Solitons Fractals 36(5):1315–1319, 2008.",
  names: ["x", "y", "z"],
  defaultParams: { a: 2.1, b: 0.6, c: 30 },
  defaultX0: [0.1, 0.1, 0.1],
  defaultTime: { t0: 0, t1: 40, dt: 0.01 },
  rhs:
    ({ a, b, c }) =>
    (_t, [x, y, z], d) => {
      d[0] = a * (y - x);
      d[1] = (c - a) * x - a * x * z;
      d[2] = x * y - b * z;
    },
  truth: ({ a, b, c }) => ({
    equations: {
      x: { x: -a, y: a },
      y: { x: c - a, "x*z": -a },
      z: { "x*y": 1, z: -b },
    },
    vocabulary: "polynomial",
  }),
});

/** x''' = −A x'' + B x'² − x; B only scales the attractor, A sets the regime (chaotic near 2.02–2.1). */
const quadraticJerk = defineSystem({
  name: "sprott-quadratic-jerk",
  description: "Sprott's quadratic jerk x' = y, y' = z, z' = −Az + By² − x (chaotic at A = 2.05, B = 1).",
  citation: "J. C. Sprott, Phys. Lett. A 228(4–5):271–274, 1997.",
  names: ["x", "y", "z"],
  defaultParams: { A: 2.05, B: 1 },
  defaultX0: [-0.5, 0, 0],
  defaultTime: { t0: 0, t1: 100, dt: 0.02 },
  rhs:
    ({ A, B }) =>
    (_t, [x, y, z], d) => {
      d[0] = y;
      d[1] = z;
      d[2] = -A * z + B * y * y - x;
    },
  truth: ({ A, B }) => ({
    equations: { x: { y: 1 }, y: { z: 1 }, z: { z: -A, "y^2": B, x: -1 } },
    vocabulary: "polynomial",
  }),
});

const coupledVanDerPol = defineSystem({
  name: "coupled-van-der-pol",
  description:
    "Two diffusively coupled Van der Pol oscillators x₁'' = μ₁(1 − x₁²)x₁' − x₁ + k(x₂ − x₁), x₂'' = μ₂(1 − x₂²)x₂' − ω²x₂ + k(x₁ − x₂).",
  citation: "T. Chakraborty, R. H. Rand, Int. J. Non-Linear Mech. 23(5–6):369–376, 1988.",
  names: ["x", "u", "y", "v"],
  defaultParams: { mu1: 1, mu2: 0.8, w2: 1.5, k: 0.3 },
  defaultX0: [1, 0, -0.5, 0.5],
  defaultTime: { t0: 0, t1: 40, dt: 0.02 },
  rhs:
    ({ mu1, mu2, w2, k }) =>
    (_t, [x, u, y, v], d) => {
      d[0] = u;
      d[1] = mu1 * (1 - x * x) * u - x + k * (y - x);
      d[2] = v;
      d[3] = mu2 * (1 - y * y) * v - w2 * y + k * (x - y);
    },
  truth: ({ mu1, mu2, w2, k }) => ({
    equations: {
      x: { u: 1 },
      u: { u: mu1, "x^2*u": -mu1, x: -1 - k, y: k },
      y: { v: 1 },
      v: { v: mu2, "y^2*v": -mu2, y: -w2 - k, x: k },
    },
    vocabulary: "polynomial",
  }),
});

const sprottE = defineSystem({
  name: "sprott-e",
  description: "Sprott's case E x' = yz, y' = x² − by, z' = c − dx (chaotic at b = 1, c = 1, d = 4).",
  citation: "J. C. Sprott, Phys. Rev. E 50(2):R647–R650, 1994.",
  names: ["x", "y", "z"],
  defaultParams: { b: 1, c: 1, d: 4 },
  defaultX0: [0.5, 0.5, 0.5],
  defaultTime: { t0: 0, t1: 100, dt: 0.02 },
  rhs:
    ({ b, c, d: dd }) =>
    (_t, [x, y, z], d) => {
      d[0] = y * z;
      d[1] = x * x - b * y;
      d[2] = c - dd * x;
    },
  truth: ({ b, c, d }) => ({
    equations: { x: { "y*z": 1 }, y: { "x^2": 1, y: -b }, z: { "1": c, x: -d } },
    vocabulary: "polynomial",
  }),
});

/** Potential ω²x²/2 + βx³/3 with a saddle at x = −ω²/β; light viscous damping δ. */
const helmholtz = defineSystem({
  name: "helmholtz-oscillator",
  description: "Damped Helmholtz oscillator x' = y, y' = −δy − ω²x − βx² (a quadratic restoring force).",
  citation: "J. M. T. Thompson, Proc. R. Soc. Lond. A 421(1861):195–225, 1989.",
  names: ["x", "y"],
  defaultParams: { delta: 0.05, w2: 1, beta: 0.5 },
  defaultX0: [0.8, 0],
  defaultTime: { t0: 0, t1: 60, dt: 0.02 },
  rhs:
    ({ delta, w2, beta }) =>
    (_t, [x, y], d) => {
      d[0] = y;
      d[1] = -delta * y - w2 * x - beta * x * x;
    },
  truth: ({ delta, w2, beta }) => ({
    equations: { x: { y: 1 }, y: { y: -delta, x: -w2, "x^2": -beta } },
    vocabulary: "polynomial",
  }),
});

const logisticSI = defineSystem({
  name: "logistic-si",
  description:
    "SI epidemic in a logistic host S' = rS(1 − (S + I)/K) − βSI, I' = βSI − μI (an endemic spiral).",
  citation:
    "F. Brauer, C. Castillo-Chavez, Mathematical Models in Population Biology and Epidemiology, 2nd ed., Springer 2012, ch. 10.",
  names: ["S", "I"],
  defaultParams: { r: 1, K: 30, beta: 0.3, mu: 1.2 },
  defaultX0: [10, 0.5],
  defaultTime: { t0: 0, t1: 40, dt: 0.02 },
  rhs:
    ({ r, K, beta, mu }) =>
    (_t, [S, I], d) => {
      d[0] = r * S * (1 - (S + I) / K) - beta * S * I;
      d[1] = beta * S * I - mu * I;
    },
  truth: ({ r, K, beta, mu }) => ({
    equations: {
      S: { S: r, "S^2": -r / K, "S*I": -r / K - beta },
      I: { "S*I": beta, I: -mu },
    },
    vocabulary: "polynomial",
  }),
});

/** A start at rest a fraction of the way to the saddle (energy below it: a bounded, decaying oscillation). */
function insideTheWell(rng: Rng, { w2, beta }: Params): number[] {
  return [rng.range(0.2, 0.45) * (w2 / beta), 0];
}

/** The endemic point (S* = μ/β, I*) exists with room for the host: S* < K/2. */
const endemic = ({ r, K, beta, mu }: Params) => {
  const s = mu / beta;
  return s < K / 2 && (r * (1 - s / K)) / (beta + r / K) > 0.2;
};

/** An outbreak: a host near K/3 with few infected. */
const outbreak = (rng: Rng, { K }: Params) => [K * rng.range(0.2, 0.45), rng.range(0.2, 1)];

export const HELD_OUT_11: Family[] = [
  {
    label: "Tigan T-system (held out 11)",
    system: tigan as OdeSystem,
    degree: 2,
    params: { a: 2.1, b: 0.6, c: 30 },
    x0: [0.1, 0.1, 0.1],
    dt: 0.01,
    t1: 40,
    coarseDt: 0.04,
    wide: { regime: keepsOscillating(tigan as OdeSystem, [0.1, 0.1, 0.1], 80, 1), x0: onAttractor },
  },
  {
    label: "Sprott quadratic jerk (held out 11)",
    system: quadraticJerk as OdeSystem,
    degree: 2,
    params: { A: 2.05, B: 1 },
    x0: [-0.5, 0, 0],
    dt: 0.02,
    t1: 100,
    coarseDt: 0.1,
    wide: { regime: keepsOscillating(quadraticJerk as OdeSystem, [-0.5, 0, 0], 200, 0.5), x0: onAttractor },
  },
  {
    label: "coupled Van der Pol (held out 11)",
    system: coupledVanDerPol as OdeSystem,
    degree: 3,
    params: { mu1: 1, mu2: 0.8, w2: 1.5, k: 0.3 },
    x0: [1, 0, -0.5, 0.5],
    dt: 0.02,
    t1: 40,
    coarseDt: 0.08,
    wide: {
      x0: (rng) =>
        inBox(rng, [
          [0.5, 2],
          [-1, 1],
          [-2, 0],
          [-1, 1],
        ]),
    },
  },
  {
    label: "Sprott E (held out 11)",
    system: sprottE as OdeSystem,
    degree: 2,
    params: { b: 1, c: 1, d: 4 },
    x0: [0.5, 0.5, 0.5],
    dt: 0.02,
    t1: 100,
    coarseDt: 0.1,
    wide: { regime: keepsOscillating(sprottE as OdeSystem, [0.5, 0.5, 0.5], 200, 0.5), x0: onAttractor },
  },
  {
    label: "Helmholtz oscillator (held out 11)",
    system: helmholtz as OdeSystem,
    degree: 2,
    params: { delta: 0.05, w2: 1, beta: 0.5 },
    x0: [0.8, 0],
    dt: 0.02,
    t1: 60,
    coarseDt: 0.1,
    wide: { x0: insideTheWell, horizon: [0.5, 1] },
  },
  {
    label: "logistic SI epidemic (held out 11)",
    system: logisticSI as OdeSystem,
    degree: 2,
    params: { r: 1, K: 30, beta: 0.3, mu: 1.2 },
    x0: [10, 0.5],
    dt: 0.02,
    t1: 40,
    coarseDt: 0.1,
    wide: { regime: endemic, x0: outbreak, horizon: [0.5, 1] },
  },
];
