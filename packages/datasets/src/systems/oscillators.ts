import { defineSystem } from "./define.js";

export const vanDerPol = defineSystem({
  name: "van-der-pol",
  description: "Van der Pol oscillator x' = y, y' = μ(1 − x²)y − x (limit cycle; relaxation for large μ).",
  citation: "B. van der Pol, On relaxation-oscillations, Phil. Mag. (7) 2(11):978–992, 1926.",
  names: ["x", "y"],
  defaultParams: { mu: 1 },
  defaultX0: [2, 0],
  defaultTime: { t0: 0, t1: 20, dt: 0.01 },
  rhs:
    ({ mu }) =>
    (_t, [x, y], d) => {
      d[0] = y;
      d[1] = mu * (1 - x * x) * y - x;
    },
  truth: ({ mu }) => ({
    equations: { x: { y: 1 }, y: { x: -1, y: mu, "x^2*y": -mu } },
    vocabulary: "polynomial",
  }),
});

export const duffing = defineSystem({
  name: "duffing",
  description:
    "Duffing oscillator x' = v, v' = −δv − αx − βx³ + γcos(ωt). Default: unforced double well " +
    "(α = −1, β = 1, δ = 0.2, γ = 0).",
  citation:
    "G. Duffing, Erzwungene Schwingungen bei veränderlicher Eigenfrequenz und ihre technische Bedeutung, Vieweg, 1918.",
  names: ["x", "v"],
  defaultParams: { delta: 0.2, alpha: -1, beta: 1, gamma: 0, omega: 1.2 },
  defaultX0: [1, 0.5],
  defaultTime: { t0: 0, t1: 30, dt: 0.01 },
  rhs:
    ({ delta, alpha, beta, gamma, omega }) =>
    (t, [x, v], d) => {
      d[0] = v;
      d[1] = -delta * v - alpha * x - beta * x * x * x + gamma * Math.cos(omega * t);
    },
  truth: ({ delta, alpha, beta, gamma }) =>
    gamma === 0
      ? { equations: { x: { v: 1 }, v: { x: -alpha, v: -delta, "x^3": -beta } }, vocabulary: "polynomial" }
      : {
          equations: null,
          vocabulary: "none",
          note: "forced (γ ≠ 0): the rhs depends on t through γcos(ωt), outside an autonomous polynomial library",
        },
});

export const dampedPendulum = defineSystem({
  name: "damped-pendulum",
  description: "Damped pendulum θ' = ω, ω' = −(g/ℓ) sin θ − bω (true equations use the term sin(theta)).",
  citation: "S. H. Strogatz, Nonlinear Dynamics and Chaos, 2nd ed., Westview Press, 2015, §6.7.",
  names: ["theta", "omega"],
  defaultParams: { g: 9.81, length: 1, b: 0.25 },
  defaultX0: [2, 0],
  defaultTime: { t0: 0, t1: 20, dt: 0.01 },
  rhs:
    ({ g, length, b }) =>
    (_t, [theta, omega], d) => {
      d[0] = omega;
      d[1] = -(g / length) * Math.sin(theta) - b * omega;
    },
  truth: ({ g, length, b }) => ({
    equations: { theta: { omega: 1 }, omega: { "sin(theta)": -g / length, omega: -b } },
    vocabulary: "extended",
    note: "sin(theta) is not a polynomial: a polynomial library can only approximate it (Taylor series)",
  }),
});
