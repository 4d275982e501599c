/**
 * The eight system families of the robustness matrix. Four come from @mechanist/datasets; four more (the SINDy
 * paper's cubic damped oscillator, a Hopf normal form, a two-compartment SIR model and the Brusselator) are
 * defined here with the same `defineSystem`. Every family runs at non-default parameters and initial states.
 */
import {
  defineSystem,
  lorenz,
  lotkaVolterra,
  type OdeSystem,
  type Rng,
  rossler,
  vanDerPol,
} from "@mechanist/datasets";

const cubicOscillator = defineSystem({
  name: "cubic-oscillator",
  description: "x' = −a x³ + b y³, y' = −b x³ − a y³ (SINDy paper, a = 0.1, b = 2).",
  citation: "S. L. Brunton, J. L. Proctor, J. N. Kutz, PNAS 113(15):3932–3937, 2016.",
  names: ["x", "y"],
  defaultParams: { a: 0.1, b: 2 },
  defaultX0: [2, 0],
  defaultTime: { t0: 0, t1: 25, dt: 0.01 },
  rhs:
    ({ a, b }) =>
    (_t, [x, y], d) => {
      d[0] = -a * x ** 3 + b * y ** 3;
      d[1] = -b * x ** 3 - a * y ** 3;
    },
  truth: ({ a, b }) => ({
    equations: { x: { "x^3": -a, "y^3": b }, y: { "x^3": -b, "y^3": -a } },
    vocabulary: "polynomial",
  }),
});

const hopf = defineSystem({
  name: "hopf",
  description: "Hopf normal form x' = μx − ωy − A x(x² + y²), y' = ωx + μy − A y(x² + y²).",
  citation: "SINDy paper (Brunton et al. 2016), supplementary Hopf example.",
  names: ["x", "y"],
  defaultParams: { mu: 0.25, omega: 1, A: 1 },
  defaultX0: [0.1, 0],
  defaultTime: { t0: 0, t1: 40, dt: 0.02 },
  rhs:
    ({ mu, omega, A }) =>
    (_t, [x, y], d) => {
      const r2 = x * x + y * y;
      d[0] = mu * x - omega * y - A * x * r2;
      d[1] = omega * x + mu * y - A * y * r2;
    },
  truth: ({ mu, omega, A }) => ({
    equations: {
      x: { x: mu, y: -omega, "x^3": -A, "x*y^2": -A },
      y: { x: omega, y: mu, "x^2*y": -A, "y^3": -A },
    },
    vocabulary: "polynomial",
  }),
});

/** S and I of the SIR model (R = 1 − S − I is left out: with it the library would be collinear). */
const sir = defineSystem({
  name: "sir",
  description: "SIR x = S, y = I: x' = −β x y, y' = β x y − γ y.",
  citation: "W. O. Kermack, A. G. McKendrick, Proc. R. Soc. A 115(772):700–721, 1927.",
  names: ["x", "y"],
  defaultParams: { beta: 3, gamma: 0.5 },
  defaultX0: [0.99, 0.01],
  defaultTime: { t0: 0, t1: 30, dt: 0.02 },
  rhs:
    ({ beta, gamma }) =>
    (_t, [x, y], d) => {
      d[0] = -beta * x * y;
      d[1] = beta * x * y - gamma * y;
    },
  truth: ({ beta, gamma }) => ({
    equations: { x: { "x*y": -beta }, y: { "x*y": beta, y: -gamma } },
    vocabulary: "polynomial",
  }),
});

const brusselator = defineSystem({
  name: "brusselator",
  description: "Brusselator x' = a − (b + 1)x + x²y, y' = bx − x²y (limit cycle for b > 1 + a²).",
  citation: "I. Prigogine, R. Lefever, J. Chem. Phys. 48(4):1695–1700, 1968.",
  names: ["x", "y"],
  defaultParams: { a: 1, b: 3 },
  defaultX0: [1, 1],
  defaultTime: { t0: 0, t1: 30, dt: 0.01 },
  rhs:
    ({ a, b }) =>
    (_t, [x, y], d) => {
      d[0] = a - (b + 1) * x + x * x * y;
      d[1] = b * x - x * x * y;
    },
  truth: ({ a, b }) => ({
    equations: { x: { "1": a, x: -(b + 1), "x^2*y": 1 }, y: { x: b, "x^2*y": -1 } },
    vocabulary: "polynomial",
  }),
});

export interface Family {
  label: string;
  system: OdeSystem;
  /** Library degree: the smallest that contains the truth (at least 2), as the CLI's default. */
  degree: number;
  params: Record<string, number>;
  x0: number[];
  /** The fixed matrix's initial state where, from `x0` (the draws' starting point), the orbit leaves the family's regime at `params`. */
  fixedX0?: number[];
  /** Base sampling interval and horizon (noisy runs), and a coarse interval. */
  dt: number;
  t1: number;
  coarseDt: number;
  /** How the wide draws (robustness.ts, WIDE=1) stay in the family's qualitative regime; defaults in `WideSpec`. */
  wide?: WideSpec;
}

type Params = Record<string, number>;

/**
 * The wide draws: every parameter within ±30% of the family's, redrawn until `regime` holds (the same qualitative
 * behaviour: chaos, a limit cycle, an epidemic); the initial state from `x0` (default: each entry ×0.5–1.5); the
 * horizon a fraction `horizon` of the family's (default 30–100%).
 */
export interface WideSpec {
  regime?: (p: Params) => boolean;
  x0?: (rng: Rng, p: Params, f: Family) => number[];
  horizon?: [number, number];
}

/** A point on the attractor: the state after a random burn-in of 5–30 time units from the family's x0. */
export function onAttractor(rng: Rng, p: Params, f: Family): number[] {
  const t1 = 0.01 * Math.round(rng.range(500, 3000));
  const run = f.system.generate({ params: p, x0: f.x0, dt: 0.01, t1 });
  return [...run.clean[run.clean.length - 1]];
}

/** A state at radius factor × r and a uniform random angle (planar oscillators). */
function onCircle(rng: Rng, r: number): number[] {
  const angle = rng.range(0, 2 * Math.PI);
  return [r * Math.cos(angle), r * Math.sin(angle)];
}

/** Uniform in a box [lo_i, hi_i]. */
export const inBox = (rng: Rng, box: [number, number][]) => box.map(([lo, hi]) => rng.range(lo, hi));

/** Own parameters and initial states, none of them the datasets' defaults. */
export const FAMILIES: Family[] = [
  {
    label: "Lorenz",
    system: lorenz as OdeSystem,
    degree: 2,
    params: { sigma: 9, rho: 26, beta: 2.5 },
    x0: [-3, 4, 18],
    dt: 0.01,
    t1: 20,
    coarseDt: 0.04,
    // Chaos: the nontrivial fixed points unstable (ρ above σ(σ + β + 3)/(σ − β − 1)); states on the attractor.
    wide: {
      regime: ({ sigma, rho, beta }) =>
        sigma > beta + 1 && rho > (sigma * (sigma + beta + 3)) / (sigma - beta - 1),
      x0: onAttractor,
    },
  },
  {
    label: "Van der Pol",
    system: vanDerPol as OdeSystem,
    degree: 3,
    params: { mu: 1.5 },
    x0: [1.5, -0.5],
    dt: 0.02,
    t1: 40,
    coarseDt: 0.1,
    wide: {
      x0: (rng) =>
        inBox(rng, [
          [-3, 3],
          [-3, 3],
        ]),
    },
  },
  {
    label: "Lotka–Volterra",
    system: lotkaVolterra as OdeSystem,
    degree: 2,
    params: { alpha: 0.9, beta: 0.12, delta: 0.06, gamma: 1.2 },
    x0: [8, 6],
    dt: 0.02,
    t1: 40,
    coarseDt: 0.1,
    wide: { x0: (rng, _p, f) => f.x0.map((v) => v * rng.range(0.4, 1.6)) },
  },
  {
    label: "cubic oscillator",
    system: cubicOscillator as OdeSystem,
    degree: 3,
    params: { a: 0.15, b: 1.8 },
    x0: [1.6, 0.3],
    dt: 0.01,
    t1: 25,
    coarseDt: 0.05,
    wide: { x0: (rng) => onCircle(rng, rng.range(0.8, 2)) },
  },
  {
    label: "Hopf",
    system: hopf as OdeSystem,
    degree: 3,
    params: { mu: 0.3, omega: 1.3, A: 1.2 },
    x0: [0.15, -0.1],
    dt: 0.02,
    t1: 40,
    coarseDt: 0.1,
    // Off the limit cycle (radius √(μ/A)), inside or outside: on it the growth terms are not identifiable.
    wide: {
      x0: (rng, { mu, A }) =>
        onCircle(rng, Math.sqrt(mu / A) * (rng.next() < 0.5 ? rng.range(0.1, 0.6) : rng.range(1.5, 2.2))),
    },
  },
  {
    label: "SIR",
    system: sir as OdeSystem,
    degree: 2,
    params: { beta: 2.4, gamma: 0.7 },
    x0: [0.97, 0.03],
    dt: 0.01,
    t1: 25,
    coarseDt: 0.1,
    // An epidemic (R₀ = β/γ > 1.5) that the horizon sees peak; a few % infected or recovered at the start.
    wide: {
      regime: ({ beta, gamma }) => beta / gamma > 1.5,
      x0: (rng) => {
        const infected = rng.range(0.005, 0.08);
        return [1 - infected - rng.range(0, 0.1), infected];
      },
      horizon: [0.6, 1],
    },
  },
  {
    label: "Brusselator",
    system: brusselator as OdeSystem,
    degree: 3,
    params: { a: 1.2, b: 2.9 },
    x0: [0.8, 2.2],
    dt: 0.01,
    t1: 30,
    coarseDt: 0.05,
    // A limit cycle (b above the Hopf point 1 + a², with 10% margin); states anywhere in its basin.
    wide: {
      regime: ({ a, b }) => b > 1.1 * (1 + a * a),
      x0: (rng) =>
        inBox(rng, [
          [0.3, 3],
          [0.5, 4],
        ]),
    },
  },
  {
    label: "Rössler",
    system: rossler as OdeSystem,
    degree: 2,
    params: { a: 0.15, b: 0.25, c: 5 },
    x0: [1, -1, 0.5],
    dt: 0.02,
    t1: 60,
    coarseDt: 0.06,
    // An oscillating attractor (c > 4: period-doubled or chaotic); states on it.
    wide: { regime: ({ c }) => c > 4, x0: onAttractor },
  },
];
