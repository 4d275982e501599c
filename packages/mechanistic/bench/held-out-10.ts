/**
 * Tenth held-out set of the robustness bench (robustness.ts, HELD_OUT=10), written in full before discovery was run
 * on any of it (only the systems themselves were integrated, to choose regimes) and measured untuned. Its kinds:
 * two chaotic quadratic flows whose products carry coefficients 10–25× the linear terms beside them (Newton–Leipnik,
 * with a 0.4·y damping in a row with 5·x·z; Dadras, with a lone z in dy/dt), a subcritical Hopf bifurcation with
 * quintic saturation in Cartesian form (Bautin: a degree-5 library of 21 terms, seven true in each row, seen along
 * a transient onto the outer limit cycle), two linearly coupled oscillators with small damping (4-D, damping 2–5%
 * of the stiffness: the "small damping terms" in a linear system), a predator–prey spiral with a constant
 * harvest (a negative constant beside logistic and product terms) and the Aizawa attractor (degree 4, a 35-term
 * library, eight true terms in dz/dt from z³ to z·x³).
 * First run (main at c64e59c, its src untouched, WIDE=1 DRAWS=2 NOISE=0,1,5), exact structure:
 * seeds 1000+ 11/12, 12/12, 9/12 at 0/1/5% (STLSQ 9/12, 2/12, 2/12; STLSQ + SG 9, 4, 2; E-SINDy 9, 2, 2).
 * Seeds 3000+ 12/12, 12/12, 9/12 (STLSQ 9/12, 5/12, 0/12; STLSQ + SG 9, 6, 1; E-SINDy 9, 3, 1).
 * Per system over the 24 runs: Newton–Leipnik, Dadras, the coupled oscillators and the harvest 12 each, Bautin 8,
 * Aizawa 9. CPU time 620 s (1000+) and 1013 s (3000+); the slowest run Aizawa 5% 3147 (5000 samples, failed) 310 s.
 * "Truth's BIC" below is the refined BIC of the true support started from the true coefficients, minus the chosen
 * model's, at the segments polish.ts ended on.
 * Bautin, all four failures at 5%. On the outer cycle x·g(r²) vanishes, so only the transient tells the seven odd
 * terms of each row apart, and a sparser radial factor that also vanishes on the cycle fits nearly as well.
 * 1050 and 1147 (500 samples) keep {y, x³, x⁵, x³y²} in dx/dt, i.e. x³(c − c′r²): identifiability (1050: truth 14.5
 * higher). 3147 (500) the same kind, truth 6.0 lower: a near tie on a small sample, not traced further.
 * 3050 (5000 samples) wrote both rows with even-degree terms (1, x², y², x⁴ …; 13 terms, no warning), truth 28.5
 * lower: a search defect. The debias start (7 terms, refined BIC 7898.7) led the exchanges into that family of
 * supports; the best-subset start from 64-sample windows refines to 6682.3 and reselects to the truth (fixed:
 * polish.ts `lowestStart`).
 * Aizawa 5% 1147 (500 samples, 35-term library): the debias result kept 64 terms and diverged, the search on
 * half-length windows proposed nothing that integrates, and the dense model was returned with a poor-fit warning: a
 * search defect (fixed: polish.ts `fallbackStart`, whose 32-sample windows give a start that refines; then exact).
 * Aizawa 5% 3147 (5000 samples) drops f·x³z (f = 0.08), truth 7.1 higher: identifiability of a small term.
 * Aizawa 0% 1097 (200 samples, dt 0.18 against a rotation rate of 4.4, 0.8 rad per sample) is undersampled: the
 * smoothing reads the clean data as 8.5% noise and nothing refines (poor-fit warning).
 * General classes: a start that no reselection leaves (3050) and no start at all (1147), both mended by starts from
 * longer windows; a rotationally symmetric truth written as many monomials against sparser factors that agree on
 * the cycle (Bautin at 500 samples).
 */
import { defineSystem, type OdeSystem, type Rng } from "@mechanist/datasets";
import { type Family, inBox, onAttractor } from "./families.js";
import { keepsOscillating } from "./held-out-2.js";

type Params = Record<string, number>;

const newtonLeipnik = defineSystem({
  name: "newton-leipnik",
  description:
    "Newton–Leipnik x' = −ax + y + 10yz, y' = −x − 0.4y + 5xz, z' = bz − 5xy (chaotic at a = 0.4, b = 0.175).",
  citation:
    "R. B. Leipnik, T. A. Newton, Phys. Lett. A 86(2):63–67, 1981; J. C. Sprott, Chaos and Time-Series Analysis, Oxford University Press 2003.",
  names: ["x", "y", "z"],
  defaultParams: { a: 0.4, b: 0.175 },
  defaultX0: [0.349, 0, -0.16],
  defaultTime: { t0: 0, t1: 100, dt: 0.02 },
  rhs:
    ({ a, b }) =>
    (_t, [x, y, z], d) => {
      d[0] = -a * x + y + 10 * y * z;
      d[1] = -x - 0.4 * y + 5 * x * z;
      d[2] = b * z - 5 * x * y;
    },
  truth: ({ a, b }) => ({
    equations: {
      x: { x: -a, y: 1, "y*z": 10 },
      y: { x: -1, y: -0.4, "x*z": 5 },
      z: { z: b, "x*y": -5 },
    },
    vocabulary: "polynomial",
  }),
});

const dadras = defineSystem({
  name: "dadras",
  description:
    "Dadras x' = y − ax + byz, y' = cy − xz + z, z' = dxy − ez (chaotic at a = 3, b = 2.7, c = 1.7, d = 2, e = 9).",
  citation: "S. Dadras, H. R. Momeni, Phys. Lett. A 373(40):3637–3642, 2009.",
  names: ["x", "y", "z"],
  defaultParams: { a: 3, b: 2.7, c: 1.7, d: 2, e: 9 },
  defaultX0: [1.1, 2.1, -2],
  defaultTime: { t0: 0, t1: 40, dt: 0.01 },
  rhs:
    ({ a, b, c, d: dd, e }) =>
    (_t, [x, y, z], d) => {
      d[0] = y - a * x + b * y * z;
      d[1] = c * y - x * z + z;
      d[2] = dd * x * y - e * z;
    },
  truth: ({ a, b, c, d, e }) => ({
    equations: {
      x: { y: 1, x: -a, "y*z": b },
      y: { y: c, "x*z": -1, z: 1 },
      z: { "x*y": d, z: -e },
    },
    vocabulary: "polynomial",
  }),
});

/** ρ' = ρ(μ + aρ² − ρ⁴), θ' = ω in Cartesian form: bistable for −a²/4 < μ < 0 (outer cycle stable). */
const bautin = defineSystem({
  name: "bautin",
  description:
    "Bautin normal form x' = x(μ + ar² − r⁴) − ωy, y' = y(μ + ar² − r⁴) + ωx with r² = x² + y² (a subcritical Hopf point with quintic saturation).",
  citation: "Yu. A. Kuznetsov, Elements of Applied Bifurcation Theory, 3rd ed., Springer 2004, §8.3.",
  names: ["x", "y"],
  defaultParams: { mu: -0.1, a: 1, omega: 1 },
  defaultX0: [0.5, 0],
  defaultTime: { t0: 0, t1: 30, dt: 0.01 },
  rhs:
    ({ mu, a, omega }) =>
    (_t, [x, y], d) => {
      const r2 = x * x + y * y;
      const g = mu + a * r2 - r2 * r2;
      d[0] = x * g - omega * y;
      d[1] = y * g + omega * x;
    },
  truth: ({ mu, a, omega }) => ({
    equations: {
      x: { x: mu, y: -omega, "x^3": a, "x*y^2": a, "x^5": -1, "x^3*y^2": -2, "x*y^4": -1 },
      y: { y: mu, x: omega, "x^2*y": a, "y^3": a, "x^4*y": -1, "x^2*y^3": -2, "y^5": -1 },
    },
    vocabulary: "polynomial",
  }),
});

/** Two masses, each on its own spring and coupled by a third, each with light viscous damping. */
const coupledOscillators = defineSystem({
  name: "coupled-damped-oscillators",
  description:
    "Two coupled damped oscillators x₁'' = −(k₁ + k)x₁ + kx₂ − c₁x₁', x₂'' = kx₁ − (k₂ + k)x₂ − c₂x₂' as a 4-D first-order system.",
  citation: "H. Goldstein, C. Poole, J. Safko, Classical Mechanics, 3rd ed., Addison-Wesley 2002, ch. 6.",
  names: ["x", "u", "y", "v"],
  defaultParams: { k1: 1, k2: 1.6, k: 0.4, c1: 0.05, c2: 0.08 },
  defaultX0: [1, 0, -0.5, 0.3],
  defaultTime: { t0: 0, t1: 40, dt: 0.02 },
  rhs:
    ({ k1, k2, k, c1, c2 }) =>
    (_t, [x, u, y, v], d) => {
      d[0] = u;
      d[1] = -(k1 + k) * x + k * y - c1 * u;
      d[2] = v;
      d[3] = k * x - (k2 + k) * y - c2 * v;
    },
  truth: ({ k1, k2, k, c1, c2 }) => ({
    equations: {
      x: { u: 1 },
      u: { x: -(k1 + k), y: k, u: -c1 },
      y: { v: 1 },
      v: { x: k, y: -(k2 + k), v: -c2 },
    },
    vocabulary: "polynomial",
  }),
});

/** Logistic prey harvested at a constant rate H, a Lotka–Volterra predator: a damped spiral into coexistence. */
const harvestedPredatorPrey = defineSystem({
  name: "harvested-predator-prey",
  description: "Predator–prey with constant prey harvest x' = rx − (r/K)x² − bxy − H, y' = −my + exy.",
  citation:
    "F. Brauer, A. C. Soudack, J. Math. Biol. 7(4):319–337, 1979; C. W. Clark, Mathematical Bioeconomics, 3rd ed., Wiley 2010.",
  names: ["x", "y"],
  defaultParams: { r: 1, K: 5, b: 0.6, H: 0.3, m: 0.5, e: 0.3 },
  defaultX0: [3, 1.5],
  defaultTime: { t0: 0, t1: 40, dt: 0.02 },
  rhs:
    ({ r, K, b, H, m, e }) =>
    (_t, [x, y], d) => {
      d[0] = r * x - (r / K) * x * x - b * x * y - H;
      d[1] = -m * y + e * x * y;
    },
  truth: ({ r, K, b, H, m, e }) => ({
    equations: {
      x: { x: r, "x^2": -r / K, "x*y": -b, "1": -H },
      y: { y: -m, "x*y": e },
    },
    vocabulary: "polynomial",
  }),
});

const aizawa = defineSystem({
  name: "aizawa",
  description:
    "Aizawa x' = (z − b)x − dy, y' = dx + (z − b)y, z' = c + az − z³/3 − (x² + y²)(1 + ez) + fzx³.",
  citation:
    "Y. Aizawa, Prog. Theor. Phys. 68(1):64–84, 1982; W. Langford, in Nonlinear Dynamics and Turbulence, Pitman 1983.",
  names: ["x", "y", "z"],
  defaultParams: { a: 0.95, b: 0.7, c: 0.6, d: 3.5, e: 0.25, f: 0.1 },
  defaultX0: [0.1, 0, 0],
  defaultTime: { t0: 0, t1: 60, dt: 0.01 },
  rhs:
    ({ a, b, c, d: dd, e, f }) =>
    (_t, [x, y, z], d) => {
      d[0] = (z - b) * x - dd * y;
      d[1] = dd * x + (z - b) * y;
      d[2] = c + a * z - (z * z * z) / 3 - (x * x + y * y) * (1 + e * z) + f * z * x * x * x;
    },
  truth: ({ a, b, c, d, e, f }) => ({
    equations: {
      x: { "x*z": 1, x: -b, y: -d },
      y: { x: d, "y*z": 1, y: -b },
      z: { "1": c, z: a, "z^3": -1 / 3, "x^2": -1, "y^2": -1, "x^2*z": -e, "y^2*z": -e, "x^3*z": f },
    },
    vocabulary: "polynomial",
  }),
});

/** The outer cycle exists (a² + 4μ > 0, μ < 0) with its radius away from the unstable inner one. */
const bautinBistable = ({ mu, a }: Params) => mu < 0 && a * a + 4 * mu > 0.2 * a * a;

/** Starting just outside the unstable cycle (radii: √ of the roots of ρ⁴ − aρ² − μ), a slow spiral out to the stable one. */
function betweenCycles(rng: Rng, { mu, a }: Params): number[] {
  const root = Math.sqrt(a * a + 4 * mu);
  const inner = Math.sqrt((a - root) / 2);
  const outer = Math.sqrt((a + root) / 2);
  const r = rng.range(inner + 0.05 * (outer - inner), inner + 0.25 * (outer - inner));
  const angle = rng.range(0, 2 * Math.PI);
  return [r * Math.cos(angle), r * Math.sin(angle)];
}

/** The coexistence point (x* = m/e, y*) with prey growth left for the predator. */
function harvestEquilibrium({ r, K, b, H, m, e }: Params): [number, number] {
  const x = m / e;
  return [x, (r * (1 - x / K) - H / x) / b];
}

/** The prey never falls below a fifth of x* over the family's horizon (else the harvest drives it through zero). */
function preySurvives(p: Params, x0: number[]): boolean {
  const [xStar] = harvestEquilibrium(p);
  try {
    const run = harvestedPredatorPrey.generate({ params: p as never, x0, dt: 0.02, t1: 40 });
    return run.clean.every((row) => row[0] > 0.2 * xStar);
  } catch {
    return false;
  }
}

/** Coexistence, and the prey survives a start 50% above x* (the harvest does not tip the spiral into a crash). */
const harvestCoexists = (p: Params) => {
  const [x, y] = harvestEquilibrium(p);
  return x < p.K && y > 0.1 && preySurvives(p, [1.5 * x, y]);
};

/** Near the coexistence point, redrawn (up to 100 times) until the prey survives. */
function survivingHarvest(rng: Rng, p: Params): number[] {
  const [xStar, yStar] = harvestEquilibrium(p);
  for (let tries = 0; tries < 100; tries++) {
    const candidate = [xStar * rng.range(0.7, 1.7), yStar * rng.range(0.4, 1.6)];
    if (preySurvives(p, candidate)) return candidate;
  }
  return [1.5 * xStar, yStar];
}

export const HELD_OUT_10: Family[] = [
  {
    label: "Newton–Leipnik (held out 10)",
    system: newtonLeipnik as OdeSystem,
    degree: 2,
    params: { a: 0.4, b: 0.175 },
    x0: [0.349, 0, -0.16],
    dt: 0.02,
    t1: 100,
    coarseDt: 0.05,
    wide: {
      regime: keepsOscillating(newtonLeipnik as OdeSystem, [0.349, 0, -0.16], 200, 0.1),
      x0: onAttractor,
    },
  },
  {
    label: "Dadras (held out 10)",
    system: dadras as OdeSystem,
    degree: 2,
    params: { a: 3, b: 2.7, c: 1.7, d: 2, e: 9 },
    x0: [1.1, 2.1, -2],
    dt: 0.01,
    t1: 40,
    coarseDt: 0.04,
    wide: { regime: keepsOscillating(dadras as OdeSystem, [1.1, 2.1, -2], 60, 0.5), x0: onAttractor },
  },
  {
    label: "Bautin (held out 10)",
    system: bautin as OdeSystem,
    degree: 5,
    params: { mu: -0.1, a: 1, omega: 1 },
    x0: [0.5, 0],
    dt: 0.01,
    t1: 30,
    coarseDt: 0.05,
    wide: { regime: bautinBistable, x0: (rng, p) => betweenCycles(rng, p), horizon: [0.5, 1] },
  },
  {
    label: "coupled damped oscillators (held out 10)",
    system: coupledOscillators as OdeSystem,
    degree: 2,
    params: { k1: 1, k2: 1.6, k: 0.4, c1: 0.05, c2: 0.08 },
    x0: [1, 0, -0.5, 0.3],
    dt: 0.02,
    t1: 40,
    coarseDt: 0.1,
    wide: {
      x0: (rng) =>
        inBox(rng, [
          [0.5, 1.5],
          [-0.5, 0.5],
          [-1, 1],
          [-0.5, 0.5],
        ]),
    },
  },
  {
    label: "harvested predator–prey (held out 10)",
    system: harvestedPredatorPrey as OdeSystem,
    degree: 2,
    params: { r: 1, K: 5, b: 0.6, H: 0.3, m: 0.5, e: 0.3 },
    x0: [3, 1.5],
    // From (3, 1.5) the harvest drives the prey through zero at t ≈ 9; from (3, 1) it spirals into coexistence.
    fixedX0: [3, 1],
    dt: 0.02,
    t1: 40,
    coarseDt: 0.1,
    wide: {
      regime: harvestCoexists,
      x0: (rng, p) => survivingHarvest(rng, p),
      horizon: [0.5, 1],
    },
  },
  {
    label: "Aizawa (held out 10)",
    system: aizawa as OdeSystem,
    degree: 4,
    params: { a: 0.95, b: 0.7, c: 0.6, d: 3.5, e: 0.25, f: 0.1 },
    x0: [0.1, 0, 0],
    dt: 0.01,
    t1: 60,
    coarseDt: 0.04,
    // z must swing: at some parameters the orbit settles on a cycle of nearly constant z.
    wide: { regime: keepsOscillating(aizawa as OdeSystem, [0.1, 0, 0], 100, 0.8, 2), x0: onAttractor },
  },
];
