/**
 * Ninth held-out set of the robustness bench (robustness.ts, HELD_OUT=9), written in full before discovery was run
 * on any of it (only the systems themselves were integrated, to choose regimes) and measured untuned. Its kinds: a
 * relaxation oscillator in the Liénard plane (two time scales: jumps of duration ~1/μ between slow drifts along the
 * cubic's branches, and a dy/dt row of a single small term x/μ), a 3-D chemical limit cycle with constant inflow
 * (the Petrov–Scott–Showalter autocatalator: a cubic a·b² term beside the uncatalysed a, ~2–20% of it at the
 * spikes, and rows scaled by 1/σ and 1/δ), a three-species Lotka–Volterra food web with intraspecific competition
 * on every level (intraguild predation: the self-limitation terms 0.05·y², 0.05·z² are ~3% of the predation terms
 * beside them, seen along one damped transient), cubic jerk chaos (Moore–Spiegel: x²y in a row of four terms),
 * 4-D hyperchaos from the Lorenz equations with a feedback variable driven by a product (Wang–Wang) and the
 * Burke–Shaw attractor (a constant beside a product, coefficient 10 on every other term).
 * First run (branch heldout9 at d9950d0, main's src untouched, WIDE=1 DRAWS=2 NOISE=0,1,5), exact structure:
 * seeds 1000+ 10/12, 12/12, 10/12 at 0/1/5% (STLSQ 3/12, 2/12, 0/12; STLSQ + SG 3, 4, 0; E-SINDy 3, 3, 0).
 * Seeds 3000+ 9/12, 12/12, 9/12 (STLSQ 7/12, 3/12, 0/12; STLSQ + SG 7, 4, 0; E-SINDy 7, 2, 0).
 * Per system over the 24 runs: Liénard 12, autocatalator 5 (2 and 3), intraguild predation 11, Moore–Spiegel 11,
 * Wang–Wang 12, Burke–Shaw 11.
 * CPU time 1097 s (1000+), of which the autocatalator 907 s; the slowest run autocatalator 0% seed 1097 (500
 * samples, failed) 454 s; 1970 s (3000+), the autocatalator 1792 s, its 1% seed 3107 (5000 samples, exact) 1007 s.
 * "Truth's BIC" below is the refined BIC of the true support started from the true coefficients, minus the chosen
 * model's, both refined from the smoothed starts at the default segments (segmentLength; whether polish.ts shortened
 * them was not traced) with the scale polish.ts uses (σ when the data read as noisy, else the state's RMS).
 * Autocatalator (7 failures; every one but 0% 3000 misses da/dt's −a, whose variation along the orbit has a std of
 * only 0.08–0.18 in these draws).
 * 5% 1050 (500 samples) writes μκ − a as 0.11·b + 0.36·a·c beside a larger c term, truth 1.5 higher; 5% 1147 (500)
 * drops −a and shrinks the constant to 0.16 (true μκ = 0.98; the c term takes the rest), truth 0.2 lower: ties, the
 * ambiguity warning fires on both (identifiability: on a single periodic orbit c's coefficient absorbs part of
 * μκ − a; least squares on {1, c} along the clean orbits leaves 15–49% of its std). 0% 1000 (1000 samples) writes {1, a} as {b, c³} (0.0475·b, −0.0038·c³): same size, and the same refined
 * BIC (72.1 both) because clean data are weighed by the state's RMS, while the truth's refined cost is 5.8·10⁻¹⁵
 * against the chosen 1.6·10⁻⁷ — a clean-data defect: the refined BIC on clean data cannot see a misfit of 10⁻⁵ of
 * the scale, and clean data run no exchanges, so a two-term swap at equal size stands. 0% 1097 (500 samples over 7.7
 * time units, 3.4 samples per fastest time scale; the smoothing reads the clean data as 0.13% noise) returns 18
 * terms (14 extra; 1, c, a missed in da/dt and a·b², a in db/dt), truth 71.0 lower (cost 1.8·10⁻⁶ against 2.6): a search defect, and
 * 454 s CPU. 0% 3000 (2000 samples, 13 per time scale, read as 0.05–0.11% noise) returns 49 terms with coefficients
 * up to 2·10⁵ (poor-fit warning: it diverges and cannot be refined) while the truth refines (cost 4·10⁻⁵): a search
 * defect (rerun alone: same result, 27 s CPU). 5% 3050 (5000 samples) drops −a and shrinks the constant to 0.30
 * (true μκ = 1.59), truth 10.3 lower: a search defect — one term to add back, with the constant and c's coefficient
 * moving far (0.30 → 1.59, 0.79 → 0.53), which the exchanges did not reach; only the ambiguity warning (2.2 worse).
 * 5% 3147 (500) drops −a and adds a²c to db/dt, truth 4.9 higher (identifiability, warning).
 * Lotka–Volterra intraguild predation 5% 3147 (1000 samples) writes dz/dt's −0.05·z² as 0.0058·y, truth 0.7 higher:
 * a tie (the warning names ties at 0.0–0.3), the small self-limitation term of the kind the set was built to test.
 * Moore–Spiegel 0% 3000 (200 samples, dt 0.20 against a fastest time scale of 0.18) and Burke–Shaw 0% 3000 (200,
 * dt 0.12 against 0.13) are undersampled: the smoothing reads clean data as 46–91% and 37–51% noise, both return
 * dense models that diverge (poor-fit and suspect-noise warnings); Moore–Spiegel's truth refines on 9-sample
 * segments (cost 7·10⁻¹²), Burke–Shaw's does not converge.
 * Later (README, "Near-clean data read as clean"): 0% 1000 exact with the greedy path's double exchanges, 0% 3000
 * exact with the clean reading (2.1 s CPU, was 20 s), so seeds 1000+ and 3000+ give 11/12 and 10/12 at 0%.
 * General classes: a small linear term beside a constant on a single limit cycle (the autocatalator's −a, 5% ties);
 * clean data treated by a scale that hides 10⁻⁵-relative misfits (1000); clean but spiky data read as slightly noisy
 * end in dense, ill-conditioned fits that the truth beats by far (1097, 3000); and the autocatalator's CPU cost
 * (up to 1007 s for one exact run).
 */
import { defineSystem, type OdeSystem, type Rng } from "@mechanist/datasets";
import { type Family, inBox, onAttractor } from "./families.js";
import { keepsOscillating } from "./held-out-2.js";

type Params = Record<string, number>;

/** Van der Pol's oscillator in the Liénard plane (y = x³k − x + x'/μ), with the cubic's coefficient k free. */
const lienardRelaxation = defineSystem({
  name: "lienard-relaxation",
  description:
    "Relaxation oscillator in the Liénard plane x' = μ(x − kx³ − y), y' = x/μ (van der Pol at k = 1/3; jumps and slow drifts for μ ≫ 1).",
  citation:
    "B. van der Pol, Phil. Mag. 2(11):978–992, 1926; S. H. Strogatz, Nonlinear Dynamics and Chaos, 2nd ed., Westview 2015, §7.5.",
  names: ["x", "y"],
  defaultParams: { mu: 5, k: 1 / 3 },
  defaultX0: [0.5, 0],
  defaultTime: { t0: 0, t1: 40, dt: 0.01 },
  rhs:
    ({ mu, k }) =>
    (_t, [x, y], d) => {
      d[0] = mu * (x - k * x * x * x - y);
      d[1] = x / mu;
    },
  truth: ({ mu, k }) => ({
    equations: { x: { x: mu, "x^3": -mu * k, y: -mu }, y: { x: 1 / mu } },
    vocabulary: "polynomial",
  }),
});

/** P → A (rate μκ), C → A, A + 2B → 3B, A → B, B → C, C → products; dimensionless, σ and δ the fast time scales. */
const autocatalator = defineSystem({
  name: "autocatalator",
  description:
    "Three-variable autocatalator a' = μ(κ + c) − ab² − a, σb' = ab² + a − b, δc' = b − c (a relaxation limit cycle).",
  citation:
    "V. Petrov, S. K. Scott, K. Showalter, J. Chem. Phys. 97(9):6191–6198, 1992; S. K. Scott, Chemical Chaos, Oxford University Press 1991.",
  names: ["a", "b", "c"],
  defaultParams: { mu: 0.45, kappa: 2.5, sigma: 0.05, delta: 0.2 },
  defaultX0: [1, 1, 1],
  defaultTime: { t0: 0, t1: 10, dt: 0.002 },
  rhs:
    ({ mu, kappa, sigma, delta }) =>
    (_t, [a, b, c], d) => {
      d[0] = mu * (kappa + c) - a * b * b - a;
      d[1] = (a * b * b + a - b) / sigma;
      d[2] = (b - c) / delta;
    },
  truth: ({ mu, kappa, sigma, delta }) => ({
    equations: {
      a: { "1": mu * kappa, c: mu, "a*b^2": -1, a: -1 },
      b: { "a*b^2": 1 / sigma, a: 1 / sigma, b: -1 / sigma },
      c: { b: 1 / delta, c: -1 / delta },
    },
    vocabulary: "polynomial",
  }),
});

/** Resource x, consumer y, omnivore z eating both; every species limits itself (a₁₁, a₂₂, a₃₃). */
const intraguildPredation = defineSystem({
  name: "intraguild-predation-lv",
  description:
    "Lotka–Volterra intraguild predation with self-limitation x' = x(r − a₁₁x − a₁₂y − a₁₃z), y' = y(−m₂ + a₂₁x − a₂₂y − a₂₃z), z' = z(−m₃ + a₃₁x + a₃₂y − a₃₃z).",
  citation:
    "R. D. Holt, G. A. Polis, Am. Nat. 149(4):745–764, 1997; J. Hofbauer, K. Sigmund, Evolutionary Games and Population Dynamics, Cambridge University Press 1998, ch. 5.",
  names: ["x", "y", "z"],
  defaultParams: {
    r: 1.1,
    a11: 0.3,
    a12: 1,
    a13: 0.6,
    m2: 0.575,
    a21: 0.8,
    a22: 0.05,
    a23: 0.4,
    m3: 0.575,
    a31: 0.3,
    a32: 0.6,
    a33: 0.05,
  },
  defaultX0: [2, 0.3, 0.2],
  defaultTime: { t0: 0, t1: 40, dt: 0.02 },
  rhs:
    ({ r, a11, a12, a13, m2, a21, a22, a23, m3, a31, a32, a33 }) =>
    (_t, [x, y, z], d) => {
      d[0] = x * (r - a11 * x - a12 * y - a13 * z);
      d[1] = y * (-m2 + a21 * x - a22 * y - a23 * z);
      d[2] = z * (-m3 + a31 * x + a32 * y - a33 * z);
    },
  truth: ({ r, a11, a12, a13, m2, a21, a22, a23, m3, a31, a32, a33 }) => ({
    equations: {
      x: { x: r, "x^2": -a11, "x*y": -a12, "x*z": -a13 },
      y: { y: -m2, "x*y": a21, "y^2": -a22, "y*z": -a23 },
      z: { z: -m3, "x*z": a31, "y*z": a32, "z^2": -a33 },
    },
    vocabulary: "polynomial",
  }),
});

const mooreSpiegel = defineSystem({
  name: "moore-spiegel",
  description: "Moore–Spiegel jerk x' = y, y' = z, z' = −z − (T − R + Rx²)y − Tx (chaotic at T = 6, R = 20).",
  citation:
    "D. W. Moore, E. A. Spiegel, Astrophys. J. 143:871–887, 1966; J. C. Sprott, Elegant Chaos, World Scientific 2010.",
  names: ["x", "y", "z"],
  defaultParams: { T: 6, R: 20 },
  defaultX0: [0.1, 0, 0],
  defaultTime: { t0: 0, t1: 50, dt: 0.01 },
  rhs:
    ({ T, R }) =>
    (_t, [x, y, z], d) => {
      d[0] = y;
      d[1] = z;
      d[2] = -z - (T - R + R * x * x) * y - T * x;
    },
  truth: ({ T, R }) => ({
    equations: {
      x: { y: 1 },
      y: { z: 1 },
      z: { z: -1, y: R - T, "x^2*y": -R, x: -T },
    },
    vocabulary: "polynomial",
  }),
});

/** Lorenz's equations with a fourth variable w fed back into x' and driven by −yz (hyperchaotic for 0.06 < d < 1.52). */
const hyperchaoticLorenz = defineSystem({
  name: "hyperchaotic-lorenz-wang",
  description: "Hyperchaotic Lorenz x' = a(y − x) + w, y' = cx − y − xz, z' = xy − bz, w' = −yz − dw.",
  citation: "X. Wang, M. Wang, Physica A 387(14):3751–3758, 2008.",
  names: ["x", "y", "z", "w"],
  defaultParams: { a: 10, b: 8 / 3, c: 28, d: 1 },
  defaultX0: [1, 1, 1, 1],
  defaultTime: { t0: 0, t1: 30, dt: 0.01 },
  rhs:
    ({ a, b, c, d: dw }) =>
    (_t, [x, y, z, w], d) => {
      d[0] = a * (y - x) + w;
      d[1] = c * x - y - x * z;
      d[2] = x * y - b * z;
      d[3] = -y * z - dw * w;
    },
  truth: ({ a, b, c, d }) => ({
    equations: {
      x: { x: -a, y: a, w: 1 },
      y: { x: c, y: -1, "x*z": -1 },
      z: { "x*y": 1, z: -b },
      w: { "y*z": -1, w: -d },
    },
    vocabulary: "polynomial",
  }),
});

const burkeShaw = defineSystem({
  name: "burke-shaw",
  description: "Burke–Shaw x' = −s(x + y), y' = −y − sxz, z' = sxy + v (chaotic at s = 10, v = 4.272).",
  citation:
    "R. Shaw, Z. Naturforsch. A 36(1):80–112, 1981; J. C. Sprott, Elegant Chaos, World Scientific 2010.",
  names: ["x", "y", "z"],
  defaultParams: { s: 10, v: 4.272 },
  defaultX0: [0.6, 0, 0],
  defaultTime: { t0: 0, t1: 30, dt: 0.01 },
  rhs:
    ({ s, v }) =>
    (_t, [x, y, z], d) => {
      d[0] = -s * (x + y);
      d[1] = -y - s * x * z;
      d[2] = s * x * y + v;
    },
  truth: ({ s, v }) => ({
    equations: {
      x: { x: -s, y: -s },
      y: { y: -1, "x*z": -s },
      z: { "x*y": s, "1": v },
    },
    vocabulary: "polynomial",
  }),
});

/** Anywhere inside the relaxation cycle's box (|x| ≤ 2/√(3k), the jump amplitude): from there onto the cycle. */
function lienardState(rng: Rng, { k }: Params): number[] {
  const amplitude = 2 / Math.sqrt(3 * k);
  return inBox(rng, [
    [-amplitude, amplitude],
    [-amplitude / 3, amplitude / 3],
  ]);
}

/** All three species persist: after 80 time units from the family's start none has fallen below 5% of 1. */
function coexists(p: Params): boolean {
  const run = intraguildPredation.generate({ params: p, x0: [2, 0.3, 0.2], dt: 0.5, t1: 80 });
  const last = run.clean[run.clean.length - 1];
  return last.every((v) => Number.isFinite(v) && v > 0.05);
}

export const HELD_OUT_9: Family[] = [
  {
    label: "Liénard relaxation oscillator (held out 9)",
    system: lienardRelaxation as OdeSystem,
    degree: 3,
    params: { mu: 5, k: 1 / 3 },
    x0: [0.5, 0],
    dt: 0.01,
    t1: 40,
    coarseDt: 0.05,
    wide: { x0: lienardState, horizon: [0.5, 1] },
  },
  {
    label: "autocatalator (held out 9)",
    system: autocatalator as OdeSystem,
    degree: 3,
    params: { mu: 0.45, kappa: 2.5, sigma: 0.05, delta: 0.2 },
    x0: [1, 1, 1],
    dt: 0.002,
    t1: 10,
    coarseDt: 0.01,
    wide: { regime: keepsOscillating(autocatalator as OdeSystem, [1, 1, 1], 30, 0.1), x0: onAttractor },
  },
  {
    label: "Lotka–Volterra intraguild predation (held out 9)",
    system: intraguildPredation as OdeSystem,
    degree: 2,
    params: { ...intraguildPredation.defaultParams },
    x0: [2, 0.3, 0.2],
    dt: 0.02,
    t1: 40,
    coarseDt: 0.1,
    wide: {
      regime: coexists,
      x0: (rng) =>
        inBox(rng, [
          [0.3, 2.5],
          [0.1, 1],
          [0.1, 1],
        ]),
      horizon: [0.6, 1],
    },
  },
  {
    label: "Moore–Spiegel (held out 9)",
    system: mooreSpiegel as OdeSystem,
    degree: 3,
    params: { T: 6, R: 20 },
    x0: [0.1, 0, 0],
    dt: 0.01,
    t1: 50,
    coarseDt: 0.04,
    wide: { regime: keepsOscillating(mooreSpiegel as OdeSystem, [0.1, 0, 0], 100, 1), x0: onAttractor },
  },
  {
    label: "hyperchaotic Lorenz, Wang–Wang (held out 9)",
    system: hyperchaoticLorenz as OdeSystem,
    degree: 2,
    params: { a: 10, b: 8 / 3, c: 28, d: 1 },
    x0: [1, 1, 1, 1],
    dt: 0.01,
    t1: 30,
    coarseDt: 0.02,
    wide: { regime: keepsOscillating(hyperchaoticLorenz as OdeSystem, [1, 1, 1, 1], 60, 5), x0: onAttractor },
  },
  {
    label: "Burke–Shaw (held out 9)",
    system: burkeShaw as OdeSystem,
    degree: 2,
    params: { s: 10, v: 4.272 },
    x0: [0.6, 0, 0],
    dt: 0.01,
    t1: 30,
    coarseDt: 0.04,
    wide: { regime: keepsOscillating(burkeShaw as OdeSystem, [0.6, 0, 0], 60, 0.5), x0: onAttractor },
  },
];
