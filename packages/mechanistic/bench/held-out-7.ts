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
 * First run (main at ab1339d, WIDE=1 DRAWS=2 NOISE=0,1,5), exact structure: seeds 1000+ 11/12, 11/12, 9/12 at
 * 0/1/5%; seeds 3000+ 12/12, 9/12, 7/12 (STLSQ 3/12, 0/12, 0/12 on both seed sets). Per system over the 24 runs:
 * Oregonator 11, FitzHugh–Rinzel 10, Gray–Scott 11, Ross–Macdonald 6, Rössler hyperchaos 11, cubic Chua 10. CPU time
 * 718 s (1000+) and 627 s (3000+); the slowest run cubic Chua 1% seed 1010 (1000 samples, exact), 299 s CPU.
 * "Truth's BIC" below is the refined BIC of the true support started from the true coefficients, minus the chosen
 * model's, at the pipeline's own segments; "never evaluated" was traced by logging polish.ts's evaluated candidates
 * in a scratch copy (which also showed it kept its full segments in those three runs).
 * Ross–Macdonald (6 failures). Along one outbreak h and v rise together to the endemic state, so h², h·v and the
 * linear terms are nearly collinear. Identifiability: 1147 (5%, 500 samples) drops the small decays −rh and −μv,
 * the truth's BIC 7.9 higher; 3107 (1%, 500), 3050 (5%) and 3147 (5%) fit dh/dt on {v, h²} (and dv/dt on {h, v²}
 * in 3107 and 3050), the truth's BIC 0.5, 9.9 and 9.0 higher; each warns of ambiguity with dh/dt on {v, h·v}.
 * Search defects: 1050 (5%, 5000 samples) has both equations wrong (dh/dt on {v, h², v²}, dv/dt on {v, h², h·v}),
 * the truth's BIC 22.9 lower, neither true row among the 49 candidates; 3010 (1%, 5000) has dv/dt on {h, h·v, v²},
 * one term from the truth, whose BIC is 6.4 lower — the true row is not among the 47 candidates, no warning names it.
 * Oregonator 5% 3147 (500 samples, dt = 0.24τ): the small 0.022·y in dx/dt becomes a constant and 0.007·y², and the
 * −0.016·y in dy/dt a constant; the truth's BIC 7.6 lower, the true dx/dt not among 91 candidates (a search defect;
 * the warning names the true dy/dt, 0.4 worse in that combination).
 * FitzHugh–Rinzel: 1% 3010 (500 samples) writes dy/dt's −μy (μ = 0.012) as +0.012·v·y, the truth's BIC 2.1 lower
 * (weak, no warning); 5% 3147 adds 0.29·w²·y to dv/dt, the truth's BIC 0.2 higher (a tie, no warning).
 * Cubic Chua, both on a large symmetric orbit (|x| ≤ 5, |z| ≤ 19; the double scroll at the family's parameters
 * stays within |x| ≤ 2.2): 5% 3147 fits dy/dt on {z, x·z², y·z²} instead of {x, y, z}, the truth's BIC 1.2 lower
 * (a near tie; the warning names another alternative). Clean 1097 (500 samples, dt = 0.58τ) is a defect: the
 * coarse clean data are read as noisy (σ estimated at 22% of x's spread), the result has 27 extra terms, lacks x³ and does not
 * integrate (poor-fit warning), while the truth refines to cost ≈ 0 on the 9-sample segments.
 * Rössler hyperchaos 5% 1050 (500 samples, dt = 0.84τ; z spikes to 309 within a few samples): 11 extra terms, a
 * divergent re-simulation with a poor-fit warning; the refinement from the true coefficients fails as well, so the
 * sampling is too coarse for this criterion to tell.
 * Gray–Scott 1% 1107: a degenerate draw of this spec — the start fell within 2% of the focus (u moves by 0.7%), σ
 * (1% of that swing) is below the clean threshold relative to the state, and the clean path returns a 6-term model
 * that re-simulates within 0.7%; both refined costs are ≈ 0, the truth's BIC 8.3 lower only by its one term fewer.
 * General classes: candidates drawn only from the window path, so a true row that differs by one or two terms is
 * never evaluated (Ross–Macdonald 1050 and 3010, Oregonator 3147; set 6's Vano and chemostat 1147 likewise);
 * identifiability of one transient into an equilibrium (Ross–Macdonald ×4, as set 6's chemostat); small linear
 * terms traded for products that mimic them on the orbit, at near-tie BICs without a warning (FitzHugh–Rinzel
 * 3010, cubic Chua 3147); and coarse clean data misread as noisy (cubic Chua 1097).
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
