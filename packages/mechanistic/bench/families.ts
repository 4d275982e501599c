/**
 * The eight system families of the robustness matrix. Four come from @mechanist/datasets; four more (the SINDy
 * paper's cubic damped oscillator, a Hopf normal form, a two-compartment SIR model and the Brusselator) are
 * defined here with the same `defineSystem`. Every family runs at non-default parameters and initial states.
 */
import { defineSystem, lorenz, lotkaVolterra, type OdeSystem, rossler, vanDerPol } from "@mechanist/datasets";

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
  /** Base sampling interval and horizon (noisy runs), and a coarse interval. */
  dt: number;
  t1: number;
  coarseDt: number;
}

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
  },
];
