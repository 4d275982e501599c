import { InvalidArgumentError } from "../errors.js";
import { defineSystem } from "./define.js";

// The six linear ODEBench systems of the Scalable-MNN standalone validation (ids 1, 2, 9, 24, 25 and
// the extra third-order system), with ODEBench's constants and first initial condition. Closed forms
// are derived here and checked against DOPRI5 in the tests.
const ODEBENCH =
  "S. d'Ascoli, S. Becker, A. Mathis, P. Schwaller, N. Kilbertus, ODEFormer: Symbolic regression of dynamical " +
  "systems with transformers, ICLR 2024 (ODEBench); equations from S. H. Strogatz, Nonlinear Dynamics and " +
  "Chaos, 2015; used for standalone validation in J. Chen, K. Wu, et al., Scalable Mechanistic Neural " +
  "Networks, ICLR 2025.";
const TIME = { t0: 0, t1: 10, dt: 0.01 };

export const rcCircuit = defineSystem({
  name: "rc-circuit",
  description: "RC circuit (charging capacitor), ODEBench id 1: x' = (V − x/C)/R; V=0.7, C=1.2, R=2.31.",
  citation: `${ODEBENCH} (Strogatz p. 20)`,
  names: ["x"],
  defaultParams: { V: 0.7, C: 1.2, R: 2.31 },
  defaultX0: [10],
  defaultTime: TIME,
  rhs:
    ({ V, C, R }) =>
    (_t, [x], d) => {
      d[0] = (V - x / C) / R;
    },
  truth: ({ V, C, R }) => ({ equations: { x: { "1": V / R, x: -1 / (C * R) } }, vocabulary: "polynomial" }),
  exact: (t, [x0], { V, C, R }) => t.map((ti) => [V * C + (x0 - V * C) * Math.exp(-ti / (C * R))]),
});

export const populationGrowth = defineSystem({
  name: "population-growth",
  description: "Naive population growth, ODEBench id 2: x' = r x; r = 0.23.",
  citation: `${ODEBENCH} (Strogatz p. 22)`,
  names: ["x"],
  defaultParams: { r: 0.23 },
  defaultX0: [4.78],
  defaultTime: TIME,
  rhs:
    ({ r }) =>
    (_t, [x], d) => {
      d[0] = r * x;
    },
  truth: ({ r }) => ({ equations: { x: { x: r } }, vocabulary: "polynomial" }),
  exact: (t, [x0], { r }) => t.map((ti) => [x0 * Math.exp(r * ti)]),
});

export const languageDeath = defineSystem({
  name: "language-death",
  description: "Language death model for two languages, ODEBench id 9: x' = a(1 − x) − b x; a=0.32, b=0.28.",
  citation: `${ODEBENCH} (Strogatz p. 40)`,
  names: ["x"],
  defaultParams: { a: 0.32, b: 0.28 },
  defaultX0: [0.14],
  defaultTime: TIME,
  rhs:
    ({ a, b }) =>
    (_t, [x], d) => {
      d[0] = a * (1 - x) - b * x;
    },
  truth: ({ a, b }) => ({ equations: { x: { "1": a, x: -(a + b) } }, vocabulary: "polynomial" }),
  exact: (t, [x0], { a, b }) => {
    const eq = a / (a + b);
    return t.map((ti) => [eq - (eq - x0) * Math.exp(-(a + b) * ti)]);
  },
});

export const harmonicOscillator = defineSystem({
  name: "harmonic-oscillator",
  description: "Harmonic oscillator without damping, ODEBench id 24: x' = v, v' = −k x; k = 2.1.",
  citation: `${ODEBENCH} (Strogatz p. 126)`,
  names: ["x", "v"],
  defaultParams: { k: 2.1 },
  defaultX0: [0.4, -0.03],
  defaultTime: TIME,
  rhs:
    ({ k }) =>
    (_t, [x, v], d) => {
      d[0] = v;
      d[1] = -k * x;
    },
  truth: ({ k }) => ({ equations: { x: { v: 1 }, v: { x: -k } }, vocabulary: "polynomial" }),
  exact: (t, [x0, v0], { k }) => {
    if (!(k > 0)) throw new InvalidArgumentError(`harmonic-oscillator: exact needs k > 0 (got ${k})`);
    const w = Math.sqrt(k);
    return t.map((ti) => {
      const c = Math.cos(w * ti);
      const s = Math.sin(w * ti);
      return [x0 * c + (v0 / w) * s, v0 * c - w * x0 * s];
    });
  },
});

export const dampedHarmonicOscillator = defineSystem({
  name: "damped-harmonic-oscillator",
  description: "Damped harmonic oscillator, ODEBench id 25: x' = v, v' = −k x − c v; k = 4.5, c = 0.43.",
  citation: `${ODEBENCH} (Strogatz p. 144)`,
  names: ["x", "v"],
  defaultParams: { k: 4.5, c: 0.43 },
  defaultX0: [0.12, 0.043],
  defaultTime: TIME,
  rhs:
    ({ k, c }) =>
    (_t, [x, v], d) => {
      d[0] = v;
      d[1] = -k * x - c * v;
    },
  truth: ({ k, c }) => ({ equations: { x: { v: 1 }, v: { x: -k, v: -c } }, vocabulary: "polynomial" }),
  exact: (t, [x0, v0], { k, c }) => {
    if (!(k - (c * c) / 4 > 0)) {
      throw new InvalidArgumentError(
        `damped-harmonic-oscillator: exact covers the underdamped case k > c²/4 only`,
      );
    }
    return t.map((ti) => underdamped(ti, x0, v0, c / 2, Math.sqrt(k - (c * c) / 4)));
  },
});

export const thirdOrderLinear = defineSystem({
  name: "third-order-linear",
  description: "Third-order linear system of the S-MNN validation: x' = y, y' = z, z' = −y − z.",
  citation: ODEBENCH,
  names: ["x", "y", "z"],
  defaultParams: {},
  defaultX0: [0, -1, 1],
  defaultTime: TIME,
  rhs:
    () =>
    (_t, [, y, z], d) => {
      d[0] = y;
      d[1] = z;
      d[2] = -y - z;
    },
  truth: () => ({ equations: { x: { y: 1 }, y: { z: 1 }, z: { y: -1, z: -1 } }, vocabulary: "polynomial" }),
  // y solves y'' + y' + y = 0; integrating that equation once gives x = x0 + y0 + z0 − y − z.
  exact: (t, [x0, y0, z0]) =>
    t.map((ti) => {
      const [y, z] = underdamped(ti, y0, z0, 0.5, Math.sqrt(3) / 2);
      return [x0 + y0 + z0 - y - z, y, z];
    }),
});

/** Solution of u'' + 2a u' + (a² + w²) u = 0 with u(0) = u0, u'(0) = v0: returns [u, u']. */
function underdamped(t: number, u0: number, v0: number, a: number, w: number): [number, number] {
  const e = Math.exp(-a * t);
  const c = Math.cos(w * t);
  const s = Math.sin(w * t);
  const B = (v0 + a * u0) / w;
  return [e * (u0 * c + B * s), e * ((w * B - a * u0) * c - (a * B + w * u0) * s)];
}

/** The six linear systems used for standalone validation, in the order of the S-MNN paper. */
export const odebenchLinear = [
  rcCircuit,
  populationGrowth,
  languageDeath,
  harmonicOscillator,
  dampedHarmonicOscillator,
  thirdOrderLinear,
];
