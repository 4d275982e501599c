/**
 * Second held-out set of the robustness bench (robustness.ts, HELD_OUT=2): six polynomial families whose structure
 * neither the eight families of families.ts nor held-out.ts cover — Chen's 3-D chaos (a linear term beside the
 * quadratic ones in the same equation), the Rikitake dynamo (a constant among quadratics), a 4-variable Lorenz-96
 * ring (cyclic products and a constant forcing), Selkov's glycolysis oscillator (a small linear coefficient beside
 * x²y), a 3-compartment SEIR epidemic (a transient) and predator–prey with logistic prey (a spiral into
 * equilibrium). Like held-out.ts they are a check only: run before and after a change, never tuned on.
 */
import { defineSystem, type OdeSystem } from "@mechanist/datasets";
import { type Family, inBox, onAttractor } from "./families.js";

type Params = Record<string, number>;

const chen = defineSystem({
  name: "chen",
  description:
    "Chen x' = a(y − x), y' = (c − a)x − xz + cy, z' = xy − bz (chaotic for a = 35, b = 3, c = 28).",
  citation: "G. Chen, T. Ueta, Int. J. Bifurcation Chaos 9(7):1465–1466, 1999.",
  names: ["x", "y", "z"],
  defaultParams: { a: 35, b: 3, c: 28 },
  defaultX0: [-10, 0, 37],
  defaultTime: { t0: 0, t1: 10, dt: 0.005 },
  rhs:
    ({ a, b, c }) =>
    (_t, [x, y, z], d) => {
      d[0] = a * (y - x);
      d[1] = (c - a) * x - x * z + c * y;
      d[2] = x * y - b * z;
    },
  truth: ({ a, b, c }) => ({
    equations: { x: { x: -a, y: a }, y: { x: c - a, y: c, "x*z": -1 }, z: { z: -b, "x*y": 1 } },
    vocabulary: "polynomial",
  }),
});

const rikitake = defineSystem({
  name: "rikitake",
  description: "Rikitake two-disc dynamo x' = −μx + yz, y' = −μy + (z − a)x, z' = 1 − xy (field reversals).",
  citation: "T. Rikitake, Proc. Cambridge Philos. Soc. 54(1):89–105, 1958.",
  names: ["x", "y", "z"],
  defaultParams: { mu: 2, a: 5 },
  defaultX0: [1, 0.5, 2],
  defaultTime: { t0: 0, t1: 60, dt: 0.02 },
  rhs:
    ({ mu, a }) =>
    (_t, [x, y, z], d) => {
      d[0] = -mu * x + y * z;
      d[1] = -mu * y + (z - a) * x;
      d[2] = 1 - x * y;
    },
  truth: ({ mu, a }) => ({
    equations: { x: { x: -mu, "y*z": 1 }, y: { x: -a, y: -mu, "x*z": 1 }, z: { "1": 1, "x*y": -1 } },
    vocabulary: "polynomial",
  }),
});

/** Lorenz-96 on a ring of four: x_i' = (x_{i+1} − x_{i−2}) x_{i−1} − x_i + F. */
const lorenz96 = defineSystem({
  name: "lorenz-96-4",
  description: "Lorenz-96 with four variables x_i' = (x_{i+1} − x_{i−2})x_{i−1} − x_i + F (indices mod 4).",
  citation: "E. N. Lorenz, Proc. ECMWF Seminar on Predictability, 1996.",
  names: ["x1", "x2", "x3", "x4"],
  defaultParams: { F: 8 },
  defaultX0: [8.01, 8, 8, 8],
  defaultTime: { t0: 0, t1: 20, dt: 0.01 },
  rhs:
    ({ F }) =>
    (_t, x, d) => {
      for (let i = 0; i < 4; i++) d[i] = (x[(i + 1) % 4] - x[(i + 2) % 4]) * x[(i + 3) % 4] - x[i] + F;
    },
  truth: ({ F }) => {
    const equations: Record<string, Record<string, number>> = {};
    for (let i = 0; i < 4; i++) {
      const eq: Record<string, number> = { "1": F, [`x${i + 1}`]: -1 };
      eq[product(i + 1, i + 3)] = (eq[product(i + 1, i + 3)] ?? 0) + 1;
      eq[product(i + 2, i + 3)] = (eq[product(i + 2, i + 3)] ?? 0) - 1;
      equations[`x${i + 1}`] = eq;
    }
    return { equations, vocabulary: "polynomial" };
  },
});

/** The library's name of x_{i mod 4} · x_{j mod 4} (0-based indices, lower variable first). */
function product(i: number, j: number): string {
  const [a, b] = [(i % 4) + 1, (j % 4) + 1].sort((p, q) => p - q);
  return `x${a}*x${b}`;
}

const selkov = defineSystem({
  name: "selkov",
  description:
    "Sel'kov glycolysis x' = −x + ay + x²y, y' = b − ay − x²y (limit cycle for a = 0.08, b = 0.6).",
  citation: "E. E. Sel'kov, Eur. J. Biochem. 4(1):79–86, 1968.",
  names: ["x", "y"],
  defaultParams: { a: 0.08, b: 0.6 },
  defaultX0: [1, 1],
  defaultTime: { t0: 0, t1: 100, dt: 0.05 },
  rhs:
    ({ a, b }) =>
    (_t, [x, y], d) => {
      d[0] = -x + a * y + x * x * y;
      d[1] = b - a * y - x * x * y;
    },
  truth: ({ a, b }) => ({
    equations: { x: { x: -1, y: a, "x^2*y": 1 }, y: { "1": b, y: -a, "x^2*y": -1 } },
    vocabulary: "polynomial",
  }),
});

/** S, E and I of the SEIR model in days (R = 1 − S − E − I is left out: with it the library would be collinear). */
const seir = defineSystem({
  name: "seir",
  description: "SEIR x = S, y = E, z = I: x' = −βxz, y' = βxz − σy, z' = σy − γz (days).",
  citation: "R. M. Anderson, R. M. May, Infectious Diseases of Humans, Oxford University Press, 1991.",
  names: ["x", "y", "z"],
  defaultParams: { beta: 0.5, sigma: 0.2, gamma: 0.1 },
  defaultX0: [0.99, 0.005, 0.005],
  defaultTime: { t0: 0, t1: 160, dt: 0.5 },
  rhs:
    ({ beta, sigma, gamma }) =>
    (_t, [x, y, z], d) => {
      d[0] = -beta * x * z;
      d[1] = beta * x * z - sigma * y;
      d[2] = sigma * y - gamma * z;
    },
  truth: ({ beta, sigma, gamma }) => ({
    equations: { x: { "x*z": -beta }, y: { "x*z": beta, y: -sigma }, z: { y: sigma, z: -gamma } },
    vocabulary: "polynomial",
  }),
});

const logisticPredatorPrey = defineSystem({
  name: "logistic-predator-prey",
  description: "Predator–prey with logistic prey x' = rx − (r/K)x² − axy, y' = cxy − dy (a damped spiral).",
  citation: "A. J. Lotka 1925; V. Volterra 1926, with P.-F. Verhulst's logistic prey (1838).",
  names: ["x", "y"],
  defaultParams: { r: 1, K: 3, a: 0.6, c: 0.4, d: 0.5 },
  defaultX0: [2, 0.5],
  defaultTime: { t0: 0, t1: 40, dt: 0.02 },
  rhs:
    ({ r, K, a, c, d }) =>
    (_t, [x, y], out) => {
      out[0] = r * x - (r / K) * x * x - a * x * y;
      out[1] = c * x * y - d * y;
    },
  truth: ({ r, K, a, c, d }) => ({
    equations: { x: { x: r, "x^2": -r / K, "x*y": -a }, y: { "x*y": c, y: -d } },
    vocabulary: "polynomial",
  }),
});

/**
 * Whether the family keeps oscillating at parameters p: from its x0, after a burn-in of half of `t1`, the given
 * variable (the first by default) still swings by more than `minSwing` and stays finite (no collapse onto a fixed
 * point, no blow-up).
 */
export function keepsOscillating(
  system: OdeSystem,
  x0: number[],
  t1: number,
  minSwing: number,
  variable = 0,
) {
  return (p: Params): boolean => {
    try {
      const run = system.generate({ params: p, x0, dt: 0.01, t1 });
      const late = run.clean.slice(Math.floor(run.clean.length / 2)).map((row) => row[variable]);
      const swing = Math.max(...late) - Math.min(...late);
      return late.every(Number.isFinite) && swing > minSwing && swing < 1e3;
    } catch {
      return false;
    }
  };
}

/** Selkov's fixed point (b, b/(a + b²)) is unstable (trace of the Jacobian > 0.05): a limit cycle around it. */
function selkovTrace({ a, b }: Params): number {
  const s = a + b * b;
  return -1 + (2 * b * b) / s - s;
}

/** Logistic predator–prey: an interior equilibrium x* = d/c < K that is a spiral (trace² < 4 det). */
function spiralsIn({ r, K, a, c, d }: Params): boolean {
  const xs = d / c;
  if (xs >= 0.9 * K) return false;
  const ys = (r * (1 - xs / K)) / a;
  const trace = (-r * xs) / K;
  return trace * trace < 4 * a * c * xs * ys;
}

export const HELD_OUT_2: Family[] = [
  {
    label: "Chen (held out 2)",
    system: chen as OdeSystem,
    degree: 2,
    params: { a: 36, b: 3.2, c: 27 },
    x0: [-8, 2, 30],
    dt: 0.005,
    t1: 8,
    coarseDt: 0.01,
    // Chaos or a large cycle: still swinging after the burn-in; states on the attractor.
    wide: { regime: keepsOscillating(chen as OdeSystem, [-8, 2, 30], 20, 5), x0: onAttractor },
  },
  {
    label: "Rikitake (held out 2)",
    system: rikitake as OdeSystem,
    degree: 2,
    params: { mu: 1.8, a: 4.5 },
    x0: [1.2, 0.4, 2.5],
    dt: 0.02,
    t1: 60,
    coarseDt: 0.06,
    wide: { regime: keepsOscillating(rikitake as OdeSystem, [1.2, 0.4, 2.5], 80, 0.5), x0: onAttractor },
  },
  {
    label: "Lorenz-96, 4 variables (held out 2)",
    system: lorenz96 as OdeSystem,
    degree: 2,
    params: { F: 7.5 },
    x0: [7.6, 7.5, 7.4, 7.5],
    dt: 0.01,
    t1: 20,
    coarseDt: 0.04,
    wide: { regime: keepsOscillating(lorenz96 as OdeSystem, [7.6, 7.5, 7.4, 7.5], 40, 1), x0: onAttractor },
  },
  {
    label: "Selkov (held out 2)",
    system: selkov as OdeSystem,
    degree: 3,
    params: { a: 0.07, b: 0.55 },
    x0: [0.9, 1.3],
    dt: 0.05,
    t1: 100,
    coarseDt: 0.2,
    // A limit cycle (unstable fixed point); states in a box around it.
    wide: {
      regime: (p) => selkovTrace(p) > 0.05,
      x0: (rng) =>
        inBox(rng, [
          [0.2, 1.6],
          [0.5, 2.5],
        ]),
    },
  },
  {
    label: "SEIR (held out 2)",
    system: seir as OdeSystem,
    degree: 2,
    params: { beta: 0.45, sigma: 0.22, gamma: 0.12 },
    x0: [0.99, 0.006, 0.004],
    dt: 0.5,
    t1: 160,
    coarseDt: 1,
    // An epidemic (R₀ = β/γ > 2) that the horizon sees peak; under 2% exposed or infected at the start.
    wide: {
      regime: ({ beta, gamma }) => beta / gamma > 2,
      x0: (rng) => {
        const exposed = rng.range(0.001, 0.02);
        const infected = rng.range(0.001, 0.02);
        return [1 - exposed - infected - rng.range(0, 0.1), exposed, infected];
      },
      horizon: [0.7, 1],
    },
  },
  {
    label: "logistic predator–prey (held out 2)",
    system: logisticPredatorPrey as OdeSystem,
    degree: 2,
    params: { r: 1.1, K: 3.2, a: 0.55, c: 0.42, d: 0.5 },
    x0: [2.2, 0.4],
    dt: 0.02,
    t1: 40,
    coarseDt: 0.1,
    // A damped spiral into the interior equilibrium; states anywhere in the positive quadrant below K.
    wide: {
      regime: spiralsIn,
      x0: (rng) =>
        inBox(rng, [
          [0.3, 2.8],
          [0.1, 2],
        ]),
    },
  },
];
