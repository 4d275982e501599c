import type { OdeInputs } from "../core/problem.js";
import { NeurlpValueError } from "../errors.js";
import { type SolveOptions, solveODE } from "../solve.js";
import { atLeast, atMost, rejects } from "./assert.js";
import type { CaseContext, ConformanceCase } from "./cases.js";
import {
  bisect,
  dampedOscillator,
  exponentialIvp,
  forcedResonance,
  pointwiseRelativeError,
} from "./highorder-problems.js";
import * as P from "./problems.js";
import { randomInputs, rng } from "./random.js";

/**
 * Conformance cases of the "high" scheme (fourth order): closed forms at two step sizes with the
 * observed order, growing and decaying solutions, a stiff-ish decay, non-uniform and time-varying
 * problems, systems, gradients against finite differences of the Float64 CPU solve, and bad inputs.
 * Float32 backends get `tol.highOrder` of slack (absolute, relative to the solution's scale).
 */

const HIGH: SolveOptions = { scheme: "high" };

type Measure = (p: P.ClosedFormProblem, u: Float64Array) => number;

const absolute =
  (D: number, K: number): Measure =>
  (p, u) => {
    const { err, scale } = P.closedFormError(p, u, D, K);
    return err / Math.max(scale, 1);
  };

/**
 * Solve at a coarse and a fine grid: the fine error must be ≤ `bound` and the observed order
 * log(e_coarse / e_fine) / log(h_coarse / h_fine) ≥ `minOrder`. On a Float32 backend the order is
 * asserted only while the fine error is above its precision floor (`tol.highOrder`).
 */
function orderCase(
  id: string,
  title: string,
  make: (level: 0 | 1) => P.ClosedFormProblem,
  ratio: number,
  measure: Measure,
  bound: number,
  minOrder: number,
): ConformanceCase {
  return {
    id,
    title,
    run: async (ctx) => {
      const errs: number[] = [];
      for (const level of [0, 1] as const) {
        const p = make(level);
        const { u } = await solveODE(p.inputs, { ...HIGH, backend: ctx.backend });
        errs.push(measure(p, u.data));
      }
      const [coarse, fine] = errs as [number, number];
      const order = Math.log(coarse / fine) / Math.log(ratio);
      const label = `${id}: errors ${coarse.toExponential(3)}, ${fine.toExponential(3)}, observed order ${order.toFixed(2)}`;
      const floor = ctx.tol.highOrder;
      atMost(fine, bound + floor, label);
      if (fine > 10 * floor) atLeast(order, minOrder, label);
    },
  };
}

function randomGrid(seed: number, n: number, lo: number, hi: number): number[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => lo + (hi - lo) * r());
}

/** vjp of the high scheme vs central differences of the Float64 CPU high solve, every input element. */
async function highGradientCheck(ctx: CaseContext, timeInvariant: boolean): Promise<void> {
  const spec = { B: 2, N: 13, E: 2, D: 2, K: 3, nIvSteps: 1, nIv: 2, timeInvariant };
  const inputs = randomInputs(timeInvariant ? 73 : 71, spec);
  const opts: SolveOptions = { ...HIGH, window: 4 };
  const r = rng(72);
  const n = spec.B * spec.N * spec.D * spec.K;
  const w = new Float64Array(n).map(() => r() * 2 - 1);
  const loss = async (x: OdeInputs) => {
    const { u } = await solveODE(x, { ...opts, backend: "cpu" });
    return u.data.reduce((s, v, i) => s + w[i]! * v, 0);
  };
  const { vjp } = await solveODE(inputs, { ...opts, backend: ctx.backend });
  const grads = await vjp({ shape: [spec.B, spec.N, spec.D, spec.K], data: w });
  for (const key of ["coefficients", "rhs", "initial", "steps"] as const) {
    const x = inputs[key];
    const numeric = new Float64Array(x.data.length);
    for (let i = 0; i < x.data.length; i++) {
      const v = x.data[i]!;
      const eps = 1e-6 * Math.max(1, Math.abs(v));
      x.data[i] = v + eps;
      const lp = await loss(inputs);
      x.data[i] = v - eps;
      const lm = await loss(inputs);
      x.data[i] = v;
      numeric[i] = (lp - lm) / (2 * eps);
    }
    const analytic = grads[key].data;
    let e = 0;
    let scale = 0;
    for (let i = 0; i < numeric.length; i++) {
      e = Math.max(e, Math.abs(analytic[i]! - numeric[i]!));
      scale = Math.max(scale, Math.abs(numeric[i]!));
    }
    atMost(e / scale, ctx.tol.gradient, `d loss / d ${key}`);
  }
}

export const HIGH_ORDER_CASES: ConformanceCase[] = [
  orderCase(
    "high-oscillator",
    "scheme \"high\": u''+0.3u'+4u=0 on [0,10], h=0.02 → 0.01: u, u', u'' ≤ 2e-7, observed order ≥ 3.7",
    (l) => dampedOscillator(l === 0 ? 0.02 : 0.01),
    2,
    absolute(1, 3),
    2e-7,
    3.7,
  ),
  orderCase(
    "high-growth",
    'scheme "high": u\' = u on [0,10] (grows to 2.2e4), h=0.02 → 0.01: u relative ≤ 1e-6 everywhere, order ≥ 3.7',
    (l) => exponentialIvp(-1, l === 0 ? 0.02 : 0.01, 10),
    2,
    (p, u) => pointwiseRelativeError({ ...p, check: [[0, 0]] }, u, 1, 2),
    1e-6,
    3.7,
  ),
  orderCase(
    "high-stiff-decay",
    'scheme "high": u\' + 50u = 0 on [0,1], h=0.005 → 0.0025: ≤ 1e-5 (of u(0) = 1), order ≥ 3.5',
    (l) => exponentialIvp(50, l === 0 ? 0.005 : 0.0025, 1),
    2,
    (p, u) => P.closedFormError({ ...p, check: [[0, 0]] }, u, 1, 2).err,
    1e-5,
    3.5,
  ),
  orderCase(
    "high-time-varying",
    'scheme "high": u\' + 2tu = 0 on [0,2] (time-varying coefficient), h=0.02 → 0.01: u ≤ 3e-8, order ≥ 3.7',
    (l) => P.gaussianDecay(l === 0 ? 0.02 : 0.01, l === 0 ? 101 : 201),
    2,
    (p, u) => P.closedFormError({ ...p, check: [[0, 0]] }, u, 1, 2).err,
    3e-8,
    3.7,
  ),
  orderCase(
    "high-nonuniform",
    "scheme \"high\": u''+u = 2cos t (u = t sin t, time-varying rhs) on a random grid h ∈ [0.01, 0.03] and its bisection: order ≥ 3.7",
    (l) => {
      const grid = randomGrid(91, 250, 0.01, 0.03);
      return forcedResonance(l === 0 ? grid : bisect(grid));
    },
    2,
    absolute(1, 3),
    2e-6,
    3.7,
  ),
  orderCase(
    "high-third-order",
    "scheme \"high\": u''' + u'' + u' + u = 0 (K=4) on [0,10], h=0.02 → 0.01: u, u' ≤ 1e-6 relative, order ≥ 3.7",
    (l) => P.thirdOrder(l === 0 ? 0.02 : 0.01, l === 0 ? 501 : 1001),
    2,
    absolute(1, 4),
    1e-6,
    3.7,
  ),
  ...[false, true].map(
    (ti): ConformanceCase => ({
      id: `high-gradients-fd${ti ? "-time-invariant" : ""}`,
      title: `scheme "high" vjp vs central finite differences of the Float64 cpu solve: coefficients, rhs, initial, each step (B=2, E=2, D=2, 3 windows${ti ? ", time-invariant coefficients" : ""})`,
      run: (ctx) => highGradientCheck(ctx, ti),
    }),
  ),
  {
    id: "high-bad-inputs",
    title:
      'scheme "high" without initial values, with its own options overridden, or an unknown scheme: typed errors',
    run: async (ctx) => {
      const ok = {
        coefficients: [[[[[1, 0, 1]]]]],
        rhs: [[[0]]],
        initial: [[[[0, 1]]]],
        steps: 0.1,
        nSteps: 30,
      };
      const o: SolveOptions = { ...HIGH, backend: ctx.backend };
      await rejects(solveODE({ ...ok, initial: null }, o), NeurlpValueError, /initial-value problems/);
      await rejects(
        solveODE(ok, { ...o, weights: { initial: 2 } }),
        NeurlpValueError,
        /own smoothness rows and row weights/,
      );
      await rejects(solveODE(ok, { ...o, window: 1 }), NeurlpValueError, /window must be an integer ≥ 2/);
      await rejects(
        solveODE(ok, { backend: ctx.backend, scheme: "rk4" as "high" }),
        NeurlpValueError,
        /scheme must be "published" or "high"/,
      );
    },
  },
];
