/**
 * Held-out families of the robustness bench (robustness.ts, HELD_OUT=1): polynomial systems that the discovery
 * pipeline was never tuned on. They are a check only: a change to `discover()` is measured on the eight families of
 * families.ts, and these are run before and after it without looking at them in between.
 */
import { defineSystem, duffing, type OdeSystem } from "@mechanist/datasets";
import { type Family, inBox } from "./families.js";

const fitzHughNagumo = defineSystem({
  name: "fitzhugh-nagumo",
  description: "FitzHugh–Nagumo v' = v − v³/3 − w + I, w' = ε(v + a − b w) (relaxation oscillation).",
  citation: "R. FitzHugh, Biophys. J. 1(6):445–466, 1961.",
  names: ["v", "w"],
  defaultParams: { I: 0.5, a: 0.7, b: 0.8, eps: 0.08 },
  defaultX0: [-1, 1],
  defaultTime: { t0: 0, t1: 100, dt: 0.05 },
  rhs:
    ({ I, a, b, eps }) =>
    (_t, [v, w], d) => {
      d[0] = v - (v * v * v) / 3 - w + I;
      d[1] = eps * (v + a - b * w);
    },
  truth: ({ I, a, b, eps }) => ({
    equations: { v: { "1": I, v: 1, "v^3": -1 / 3, w: -1 }, w: { "1": eps * a, v: eps, w: -eps * b } },
    vocabulary: "polynomial",
  }),
});

/** The FitzHugh–Nagumo fixed point v* (g is decreasing for b < 1: bisection). */
export function fhnFixedPoint({ I, a, b }: Record<string, number>): number {
  const g = (v: number) => v - (v * v * v) / 3 - (v + a) / b + I;
  let lo = -4;
  let hi = 4;
  for (let it = 0; it < 60; it++) {
    const mid = (lo + hi) / 2;
    if (g(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const linear3 = defineSystem({
  name: "linear-3d",
  description: "x' = −d₁x + ωy, y' = −ωx − d₁y + c z, z' = e x − d₃z (damped rotation coupled to a decay).",
  citation: "A linear test system of this bench.",
  names: ["x", "y", "z"],
  defaultParams: { d1: 0.1, w: 2, c: 0.3, e: 0.4, d3: 0.5 },
  defaultX0: [2, 0, 1],
  defaultTime: { t0: 0, t1: 20, dt: 0.01 },
  rhs:
    ({ d1, w, c, e, d3 }) =>
    (_t, [x, y, z], d) => {
      d[0] = -d1 * x + w * y;
      d[1] = -w * x - d1 * y + c * z;
      d[2] = e * x - d3 * z;
    },
  truth: ({ d1, w, c, e, d3 }) => ({
    equations: { x: { x: -d1, y: w }, y: { x: -w, y: -d1, z: c }, z: { x: e, z: -d3 } },
    vocabulary: "polynomial",
  }),
});

const competitiveLv = defineSystem({
  name: "competitive-lotka-volterra",
  description: "x' = x(r₁ − a₁₁x − a₁₂y), y' = y(r₂ − a₂₁x − a₂₂y) (two competing species, coexistence).",
  citation: "A. J. Lotka 1925; V. Volterra 1926 (competitive form).",
  names: ["x", "y"],
  defaultParams: { r1: 1, r2: 0.8, a11: 1, a12: 0.5, a21: 0.4, a22: 1 },
  defaultX0: [0.1, 1.5],
  defaultTime: { t0: 0, t1: 15, dt: 0.01 },
  rhs:
    ({ r1, r2, a11, a12, a21, a22 }) =>
    (_t, [x, y], d) => {
      d[0] = x * (r1 - a11 * x - a12 * y);
      d[1] = y * (r2 - a21 * x - a22 * y);
    },
  truth: ({ r1, r2, a11, a12, a21, a22 }) => ({
    equations: { x: { x: r1, "x^2": -a11, "x*y": -a12 }, y: { y: r2, "x*y": -a21, "y^2": -a22 } },
    vocabulary: "polynomial",
  }),
});

export const HELD_OUT: Family[] = [
  {
    label: "Duffing (held out)",
    system: duffing as OdeSystem,
    degree: 3,
    // Unforced (γ = 0) damped double well.
    params: { delta: 0.15, alpha: -1.2, beta: 0.9, gamma: 0, omega: 1 },
    x0: [1.4, 0.3],
    dt: 0.01,
    t1: 30,
    coarseDt: 0.05,
    wide: {
      x0: (rng) =>
        inBox(rng, [
          [-2, 2],
          [-1, 1],
        ]),
    },
  },
  {
    label: "FitzHugh–Nagumo (held out)",
    system: fitzHughNagumo as OdeSystem,
    degree: 3,
    params: { I: 0.45, a: 0.7, b: 0.75, eps: 0.09 },
    x0: [-1.2, 0.8],
    dt: 0.05,
    t1: 100,
    coarseDt: 0.2,
    // A relaxation oscillation: the fixed point on the unstable middle branch (trace of the Jacobian > 0.1).
    wide: {
      regime: (p) => b0(p) && 1 - fhnFixedPoint(p) ** 2 - p.eps * p.b > 0.1,
      x0: (rng) =>
        inBox(rng, [
          [-2, 2],
          [-0.5, 1.5],
        ]),
    },
  },
  {
    label: "linear 3-D (held out)",
    system: linear3 as OdeSystem,
    degree: 2,
    params: { d1: 0.12, w: 1.8, c: 0.35, e: 0.45, d3: 0.6 },
    x0: [1.5, -0.5, 1],
    dt: 0.01,
    t1: 20,
    coarseDt: 0.05,
    wide: {
      x0: (rng) =>
        inBox(rng, [
          [-2, 2],
          [-2, 2],
          [-2, 2],
        ]),
    },
  },
  {
    label: "competitive LV (held out)",
    system: competitiveLv as OdeSystem,
    degree: 2,
    params: { r1: 1.1, r2: 0.8, a11: 1, a12: 0.55, a21: 0.45, a22: 0.9 },
    x0: [0.1, 1.5],
    dt: 0.01,
    t1: 15,
    coarseDt: 0.05,
    // Stable coexistence: a positive interior equilibrium and a₁₂a₂₁ < a₁₁a₂₂.
    wide: {
      regime: ({ r1, r2, a11, a12, a21, a22 }) =>
        a12 * a21 < a11 * a22 && r1 * a22 > r2 * a12 && r2 * a11 > r1 * a21,
      x0: (rng) =>
        inBox(rng, [
          [0.05, 1.8],
          [0.05, 1.8],
        ]),
    },
  },
];

/** b < 1 keeps the FitzHugh–Nagumo nullcline intersection unique. */
const b0 = ({ b }: Record<string, number>) => b < 1;
