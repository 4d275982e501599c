/**
 * Seventh held-out set of the robustness bench (robustness.ts, HELD_OUT=7), written in full before discovery was run
 * on any of it (only the systems themselves were integrated, to choose regimes) and measured untuned. It leans on
 * kinds the earlier sets under-represent: coefficients spanning orders of magnitude in a relaxation oscillator (a
 * scaled Oregonator: 0.02·y beside 10·x, 10·x·y and 10·x²; x swings between 0.003 and 0.6), a slow third variable
 * with tiny coefficients beside a cubic and constants (the FitzHugh–Rinzel burster, μ = 0.01 against unit terms), a
 * cubic cross term u·v² with a small constant feed (the well-mixed Gray–Scott reaction spiralling into its
 * focus), a host–vector epidemic whose infection term h·v appears in both equations with different coefficients (the
 * Ross–Macdonald malaria model, an outbreak into the endemic state), a 4-D hyperchaos with a constant and a small
 * 0.05·w beside variables reaching 250 (Rössler's hyperchaotic system) and a cubic double scroll (Chua's circuit with
 * a smooth cubic nonlinearity, a 20-term library).
 */
import { defineSystem, type OdeSystem, type Rng } from "@mechanist/datasets";
import { type Family, inBox, onAttractor } from "./families.js";
import { keepsOscillating } from "./held-out-2.js";

type Params = Record<string, number>;

/** εx' = qy − xy + x(1 − x), δy' = −qy − xy + fz, z' = x − z, with ε, δ, q far above the chemical values. */
const oregonator = defineSystem({
  name: "oregonator",
  description:
    "Scaled three-variable Oregonator εx' = qy − xy + x − x², δy' = −qy − xy + fz, z' = x − z (relaxation oscillations).",
  citation:
    "R. J. Field, R. M. Noyes, J. Chem. Phys. 60(5):1877–1884, 1974; scaled as in J. J. Tyson, in R. J. Field, M. Burger (eds.), Oscillations and Traveling Waves in Chemical Systems, Wiley 1985.",
  names: ["x", "y", "z"],
  defaultParams: { eps: 0.1, delta: 0.1, q: 0.002, f: 1 },
  defaultX0: [0.5, 0.1, 0.2],
  defaultTime: { t0: 0, t1: 120, dt: 0.02 },
  rhs:
    ({ eps, delta, q, f }) =>
    (_t, [x, y, z], d) => {
      d[0] = (q * y - x * y + x - x * x) / eps;
      d[1] = (-q * y - x * y + f * z) / delta;
      d[2] = x - z;
    },
  truth: ({ eps, delta, q, f }) => ({
    equations: {
      x: { x: 1 / eps, y: q / eps, "x*y": -1 / eps, "x^2": -1 / eps },
      y: { y: -q / delta, "x*y": -1 / delta, z: f / delta },
      z: { x: 1, z: -1 },
    },
    vocabulary: "polynomial",
  }),
});

const fitzhughRinzel = defineSystem({
  name: "fitzhugh-rinzel",
  description:
    "FitzHugh–Rinzel burster v' = v − v³/3 − w + y + I, w' = δ(a + v − bw), y' = μ(c − v − y) (μ = 0.01 here, 10⁻⁴ in the source).",
  citation: "E. M. Izhikevich, Int. J. Bifurcation Chaos 10(6):1171–1266, 2000 (the FitzHugh–Rinzel model).",
  names: ["v", "w", "y"],
  defaultParams: { a: 0.7, b: 0.8, c: -0.775, delta: 0.08, mu: 0.01, I: 0.3125 },
  defaultX0: [-1, 1, 0],
  defaultTime: { t0: 0, t1: 300, dt: 0.1 },
  rhs:
    ({ a, b, c, delta, mu, I }) =>
    (_t, [v, w, y], d) => {
      d[0] = v - (v * v * v) / 3 - w + y + I;
      d[1] = delta * (a + v - b * w);
      d[2] = mu * (c - v - y);
    },
  truth: ({ a, b, c, delta, mu, I }) => ({
    equations: {
      v: { "1": I, v: 1, "v^3": -1 / 3, w: -1, y: 1 },
      w: { "1": delta * a, v: delta, w: -delta * b },
      y: { "1": mu * c, v: -mu, y: -mu },
    },
    vocabulary: "polynomial",
  }),
});

/** Cubic autocatalysis A + 2B → 3B fed at rate F, with decay B → C at rate k, in a well-stirred tank. */
const grayScott = defineSystem({
  name: "gray-scott",
  description:
    "Well-mixed Gray–Scott u' = −uv² + F(1 − u), v' = uv² − (F + k)v (a spiral into its focus here).",
  citation: "P. Gray, S. K. Scott, Chem. Eng. Sci. 39(6):1087–1097, 1984.",
  names: ["u", "v"],
  defaultParams: { F: 0.03, k: 0.05 },
  defaultX0: [0.38, 0.2],
  defaultTime: { t0: 0, t1: 400, dt: 0.1 },
  rhs:
    ({ F, k }) =>
    (_t, [u, v], d) => {
      d[0] = -u * v * v + F * (1 - u);
      d[1] = u * v * v - (F + k) * v;
    },
  truth: ({ F, k }) => ({
    equations: { u: { "1": F, u: -F, "u*v^2": -1 }, v: { v: -(F + k), "u*v^2": 1 } },
    vocabulary: "polynomial",
  }),
});

/** Prevalences h (hosts) and v (mosquitoes): m mosquitoes per host biting a times a day, b and c the transmission odds. */
const rossMacdonald = defineSystem({
  name: "ross-macdonald",
  description:
    "Ross–Macdonald malaria h' = mab·v(1 − h) − rh, v' = ac·h(1 − v) − μv (host and vector prevalences).",
  citation:
    "G. Macdonald, The Epidemiology and Control of Malaria, Oxford University Press 1957; R. M. Anderson, R. M. May, Infectious Diseases of Humans, Oxford University Press 1991, ch. 14.",
  names: ["h", "v"],
  defaultParams: { m: 2, a: 0.3, b: 0.5, c: 0.5, r: 0.05, mu: 0.1 },
  defaultX0: [0.02, 0.01],
  defaultTime: { t0: 0, t1: 200, dt: 0.1 },
  rhs:
    ({ m, a, b, c, r, mu }) =>
    (_t, [h, v], d) => {
      d[0] = m * a * b * v * (1 - h) - r * h;
      d[1] = a * c * h * (1 - v) - mu * v;
    },
  truth: ({ m, a, b, c, r, mu }) => ({
    equations: {
      h: { v: m * a * b, "h*v": -m * a * b, h: -r },
      v: { h: a * c, "h*v": -a * c, v: -mu },
    },
    vocabulary: "polynomial",
  }),
});

const hyperRossler = defineSystem({
  name: "hyperchaotic-rossler",
  description:
    "Rössler hyperchaos x' = −y − z, y' = x + ay + w, z' = b + xz, w' = −cz + dw (4-D, two positive exponents).",
  citation: "O. E. Rössler, Phys. Lett. A 71(2–3):155–157, 1979.",
  names: ["x", "y", "z", "w"],
  defaultParams: { a: 0.25, b: 3, c: 0.5, d: 0.05 },
  defaultX0: [-10, -6, 0, 10],
  defaultTime: { t0: 0, t1: 100, dt: 0.02 },
  rhs:
    ({ a, b, c, d: dw }) =>
    (_t, [x, y, z, w], d) => {
      d[0] = -y - z;
      d[1] = x + a * y + w;
      d[2] = b + x * z;
      d[3] = -c * z + dw * w;
    },
  truth: ({ a, b, c, d }) => ({
    equations: {
      x: { y: -1, z: -1 },
      y: { x: 1, y: a, w: 1 },
      z: { "1": b, "x*z": 1 },
      w: { z: -c, w: d },
    },
    vocabulary: "polynomial",
  }),
});

/** Chua's circuit with the piecewise-linear diode replaced by g(x) = c₃x³ − c₁x; α, β, c₁, c₃ ours (chosen by integration). */
const cubicChua = defineSystem({
  name: "cubic-chua",
  description: "Cubic Chua x' = α(y − c₃x³ + c₁x), y' = x − y + z, z' = −βy (a symmetric double scroll).",
  citation:
    "A. I. Khibnik, D. Roose, L. O. Chua, Int. J. Bifurcation Chaos 3(2):363–384, 1993 (smooth cubic form).",
  names: ["x", "y", "z"],
  defaultParams: { alpha: 10, beta: 16, c1: 1 / 6, c3: 1 / 16 },
  defaultX0: [0.1, 0, 0],
  defaultTime: { t0: 0, t1: 100, dt: 0.02 },
  rhs:
    ({ alpha, beta, c1, c3 }) =>
    (_t, [x, y, z], d) => {
      d[0] = alpha * (y - c3 * x * x * x + c1 * x);
      d[1] = x - y + z;
      d[2] = -beta * y;
    },
  truth: ({ alpha, beta, c1, c3 }) => ({
    equations: {
      x: { x: alpha * c1, y: alpha, "x^3": -alpha * c3 },
      y: { x: 1, y: -1, z: 1 },
      z: { y: -beta },
    },
    vocabulary: "polynomial",
  }),
});

/** Gray–Scott's interior focus: the lower root u of u(1 − u) = (F + k)²/F, v = F(1 − u)/(F + k). */
function gsFocus({ F, k }: Params): { u: number; v: number; trace: number; det: number } | undefined {
  const disc = 1 - (4 * (F + k) ** 2) / F;
  if (disc <= 0) return undefined;
  const u = (1 - Math.sqrt(disc)) / 2;
  const v = (F * (1 - u)) / (F + k);
  return { u, v, trace: k - v * v, det: (F + k) * (v * v - F) };
}

/** A stable focus (trace < −0.003, complex eigenvalues) that the draws spiral into. */
function gsSpirals(p: Params): boolean {
  const focus = gsFocus(p);
  return focus !== undefined && focus.trace < -0.003 && focus.det > 0 && focus.trace ** 2 < 4 * focus.det;
}

/** A state within ±25% of the focus that stays in its basin (ends within 0.01 of it; redrawn, else the family's). */
function gsState(rng: Rng, p: Params, f: Family): number[] {
  const focus = gsFocus(p);
  if (!focus) return f.x0;
  for (let tries = 0; tries < 100; tries++) {
    const x0 = inBox(rng, [
      [0.75 * focus.u, 1.25 * focus.u],
      [0.75 * focus.v, 1.25 * focus.v],
    ]);
    try {
      const end = grayScott.generate({ params: p, x0, dt: 1, t1: 2000 }).clean.at(-1) ?? [];
      if (Math.hypot(end[0] - focus.u, end[1] - focus.v) < 0.01) return x0;
    } catch {}
  }
  return f.x0;
}

/** Ross–Macdonald's basic reproduction number m a² b c / (r μ) above 2: an outbreak into an endemic state. */
const malariaSpreads = ({ m, a, b, c, r, mu }: Params) => (m * a * a * b * c) / (r * mu) > 2;

export const HELD_OUT_7: Family[] = [
  {
    label: "Oregonator (held out 7)",
    system: oregonator as OdeSystem,
    degree: 2,
    params: { eps: 0.1, delta: 0.1, q: 0.002, f: 1 },
    x0: [0.5, 0.1, 0.2],
    dt: 0.02,
    t1: 120,
    coarseDt: 0.1,
    // One relaxation period is ~30 time units: at least two in every draw.
    wide: {
      regime: keepsOscillating(oregonator as OdeSystem, [0.5, 0.1, 0.2], 200, 0.1),
      x0: onAttractor,
      horizon: [0.6, 1],
    },
  },
  {
    label: "FitzHugh–Rinzel (held out 7)",
    system: fitzhughRinzel as OdeSystem,
    degree: 3,
    params: { a: 0.7, b: 0.8, c: -0.775, delta: 0.08, mu: 0.01, I: 0.3125 },
    x0: [-1, 1, 0],
    dt: 0.1,
    t1: 300,
    coarseDt: 0.5,
    wide: { regime: keepsOscillating(fitzhughRinzel as OdeSystem, [-1, 1, 0], 400, 1), x0: onAttractor },
  },
  {
    label: "Gray–Scott, well mixed (held out 7)",
    system: grayScott as OdeSystem,
    degree: 3,
    params: { F: 0.03, k: 0.05 },
    x0: [0.38, 0.2],
    dt: 0.1,
    t1: 400,
    coarseDt: 0.5,
    wide: { regime: gsSpirals, x0: gsState },
  },
  {
    label: "Ross–Macdonald malaria (held out 7)",
    system: rossMacdonald as OdeSystem,
    degree: 2,
    params: { m: 2, a: 0.3, b: 0.5, c: 0.5, r: 0.05, mu: 0.1 },
    x0: [0.02, 0.01],
    dt: 0.1,
    t1: 200,
    coarseDt: 0.5,
    wide: {
      regime: malariaSpreads,
      x0: (rng) =>
        inBox(rng, [
          [0.005, 0.1],
          [0, 0.05],
        ]),
      horizon: [0.6, 1],
    },
  },
  {
    label: "Rössler hyperchaos (held out 7)",
    system: hyperRossler as OdeSystem,
    degree: 2,
    params: { a: 0.25, b: 3, c: 0.5, d: 0.05 },
    x0: [-10, -6, 0, 10],
    dt: 0.02,
    t1: 100,
    coarseDt: 0.05,
    wide: { regime: keepsOscillating(hyperRossler as OdeSystem, [-10, -6, 0, 10], 200, 5), x0: onAttractor },
  },
  {
    label: "cubic Chua (held out 7)",
    system: cubicChua as OdeSystem,
    degree: 3,
    params: { alpha: 10, beta: 16, c1: 1 / 6, c3: 1 / 16 },
    x0: [0.1, 0, 0],
    dt: 0.02,
    t1: 100,
    coarseDt: 0.08,
    wide: { regime: keepsOscillating(cubicChua as OdeSystem, [0.1, 0, 0], 200, 1), x0: onAttractor },
  },
];
