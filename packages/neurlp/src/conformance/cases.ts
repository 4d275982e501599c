import type { Smoothness } from "../backend.js";
import type { ArrayInput } from "../core/arrays.js";
import type { OdeInputs } from "../core/problem.js";
import { NeurlpBackendError, NeurlpShapeError, NeurlpSingularError, NeurlpValueError } from "../errors.js";
import { prepareODE } from "../prepare.js";
import { solveDense } from "../reference/dense.js";
import { type SolveOptions, solveODE } from "../solve.js";
import { atLeast, atMost, check, rejects, sameNumbers } from "./assert.js";
import { CONTRACT_CASES } from "./contract-cases.js";
import { HIGH_ORDER_CASES } from "./highorder-cases.js";
import { KERNEL_CASES } from "./kernel-cases.js";
import * as P from "./problems.js";
import { randomInputs, rng } from "./random.js";
import fixtures from "./reference.json" with { type: "json" };

export interface Tolerances {
  /** Relative (to max |reference|) error of u against Float64 references. */
  solution: number;
  /** Relative (to max |reference gradient| per input) error of gradients. */
  gradient: number;
  /** Extra error allowed on closed-form cases, relative to max |exact| (0 for Float64 backends). */
  closedForm: number;
  /** Extra error allowed on the "high" scheme's closed-form cases (its precision floor; 0 for Float64). */
  highOrder: number;
  /**
   * Kernels called directly (kernel-cases.ts): relative error of assembled arrays against the Float64
   * host, and the normwise backward error of factor + solve.
   */
  kernel: number;
}

export interface CaseContext {
  backend: string;
  tol: Tolerances;
}

export interface ConformanceCase {
  id: string;
  title: string;
  run(ctx: CaseContext): Promise<void>;
}

type Flat = { shape: number[]; data: Float64Array };

function opts(ctx: CaseContext, extra: SolveOptions = {}): SolveOptions {
  return { backend: ctx.backend, ...extra };
}

function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]!));
  return m;
}

/** max |a − b| / max |b|. */
function relErr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  check(a.length === b.length, `lengths differ: ${a.length} vs ${b.length}`);
  let e = 0;
  for (let i = 0; i < a.length; i++) e = Math.max(e, Math.abs(a[i]! - b[i]!));
  return e / Math.max(maxAbs(b), 1e-300);
}

function flat(x: unknown): number[] {
  return (x as unknown[]).flat(10) as number[];
}

/** A closed-form case: error ≤ bound (+ closedForm slack), or within [lo, hi] for regression values. */
function closedForm(
  id: string,
  title: string,
  make: () => P.ClosedFormProblem,
  D: number,
  K: number,
  smoothness: Smoothness,
  checks: Array<{ check: Array<[number, number]>; max?: number; relMax?: number; range?: [number, number] }>,
): ConformanceCase {
  return {
    id,
    title,
    run: async (ctx) => {
      const p = make();
      const { u } = await solveODE(p.inputs, opts(ctx, { smoothness }));
      sameNumbers(u.shape, [1, p.t.length, D, K], `${id}: u shape`);
      for (const c of checks) {
        const { err, scale } = P.closedFormError({ ...p, check: c.check }, u.data, D, K);
        const slack = ctx.tol.closedForm * scale;
        const label = `${id} ${JSON.stringify(c.check)}: max error ${err.toExponential(3)}`;
        if (c.max !== undefined) atMost(err, c.max + slack, label);
        if (c.relMax !== undefined) atMost(err / scale, c.relMax + ctx.tol.closedForm, label);
        if (c.range) {
          atLeast(err, c.range[0] - slack, label);
          atMost(err, c.range[1] + slack, label);
        }
      }
    },
  };
}

const U: Array<[number, number]> = [[0, 0]];
const UDD: Array<[number, number]> = [
  [0, 0],
  [0, 1],
  [0, 2],
];

/** Random direction check of the vjp against central differences of the dense Float64 reference. */
async function fdGradientCheck(
  ctx: CaseContext,
  seed: number,
  smoothness: Smoothness,
  timeInvariant: boolean,
) {
  const spec = { B: 1, N: 6, E: 2, D: 2, K: 3, nIvSteps: 1, nIv: 2, timeInvariant };
  const inputs = randomInputs(seed, spec);
  const r = rng(seed + 1);
  const n = spec.N * spec.D * spec.K;
  const w = new Float64Array(n).map(() => r() * 2 - 1);
  const loss = (x: OdeInputs) => {
    const u = solveDense(x, { smoothness }).u.data;
    let s = 0;
    for (let i = 0; i < n; i++) s += w[i]! * u[i]!;
    return s;
  };
  const { vjp } = await solveODE(inputs, opts(ctx, { smoothness }));
  const grads = await vjp({ shape: [1, spec.N, spec.D, spec.K], data: w });
  for (const key of ["coefficients", "rhs", "initial", "steps"] as const) {
    const x = inputs[key] as Flat;
    const analytic = grads[key].data;
    sameNumbers(grads[key].shape, x.shape, `${key} gradient shape`);
    const numeric = new Float64Array(x.data.length);
    for (let i = 0; i < x.data.length; i++) {
      const v = x.data[i]!;
      const eps = 1e-6 * Math.max(1, Math.abs(v));
      x.data[i] = v + eps;
      const lp = loss(inputs);
      x.data[i] = v - eps;
      const lm = loss(inputs);
      x.data[i] = v;
      numeric[i] = (lp - lm) / (2 * eps);
    }
    // every element, individual step sizes included
    atMost(relErr(analytic, numeric), ctx.tol.gradient, `d loss / d ${key}`);
  }
}

function fixtureCases(): ConformanceCase[] {
  const cases = (fixtures as { cases: Array<Record<string, unknown>> }).cases;
  return cases.map((c) => ({
    id: `fixture-${c.name as string}`,
    title: `reference fixture ${c.name as string}: u and gradients of sum(u * lossWeights)`,
    run: async (ctx: CaseContext) => {
      const inputs = {
        coefficients: c.coefficients as ArrayInput,
        rhs: c.rhs as ArrayInput,
        initial: c.initial as ArrayInput,
        steps: c.steps as ArrayInput,
      };
      const { u, vjp } = await solveODE(inputs, opts(ctx, { smoothness: c.smoothness as Smoothness }));
      atMost(relErr(u.data, flat(c.u)), ctx.tol.solution, "u");
      const g = await vjp(c.lossWeights as ArrayInput);
      const ref = c.grad as Record<string, unknown>;
      for (const key of ["coefficients", "rhs", "initial", "steps"] as const) {
        atMost(relErr(g[key].data, flat(ref[key])), ctx.tol.gradient, `gradient ${key}`);
      }
    },
  }));
}

export const CASES: ConformanceCase[] = [
  closedForm(
    "harmonic-central-h0.01",
    "u''+u=0, central rows, h=0.01, N=1000: u, u', u'' ≤ 2e-4",
    () => P.harmonic(0.01, 1000),
    1,
    3,
    "central",
    [{ check: UDD, max: 2e-4 }],
  ),
  closedForm(
    "harmonic-central-h0.05",
    "u''+u=0, central rows, h=0.05, N=500: max error ≈ 1.0e-2",
    () => P.harmonic(0.05, 500),
    1,
    3,
    "central",
    [{ check: U, range: [0.9e-2, 1.1e-2] }],
  ),
  closedForm(
    "harmonic-continuous-h0.01",
    "u''+u=0, continuous rows, h=0.01, N=1000: regression ≈ 1.3e-3",
    () => P.harmonic(0.01, 1000),
    1,
    3,
    "continuous",
    [{ check: U, range: [1.2e-3, 1.35e-3] }],
  ),
  closedForm(
    "harmonic-continuous-h0.05",
    "u''+u=0, continuous rows, h=0.05, N=500: regression ≈ 0.165",
    () => P.harmonic(0.05, 500),
    1,
    3,
    "continuous",
    [{ check: U, range: [0.16, 0.17] }],
  ),
  ...(["central", "continuous"] as const).map((sm) =>
    closedForm(
      `damped-oscillator-${sm}`,
      `damped oscillator as a 2-dim first-order system (${sm}): x0 ≤ 5e-5, x1 ≤ 1e-4`,
      () => P.dampedSystem(0.01, 1000),
      2,
      3,
      sm,
      [
        { check: [[0, 0]], max: 5e-5 },
        { check: [[1, 0]], max: 1e-4 },
      ],
    ),
  ),
  closedForm(
    "rc-circuit",
    "RC circuit c2 u' + u/c1 = c0 (K=3 padded), h=0.01, N=1000: relative ≤ 3e-4",
    () => P.rcCircuit(0.01, 1000),
    1,
    3,
    "central",
    [
      {
        check: [
          [0, 0],
          [0, 1],
        ],
        relMax: 3e-4,
      },
    ],
  ),
  closedForm(
    "exponential",
    "u' = 0.23 u (K=3 padded), h=0.01, N=1000: relative ≤ 3e-4",
    () => P.exponential(0.01, 1000),
    1,
    3,
    "central",
    [
      {
        check: [
          [0, 0],
          [0, 1],
        ],
        relMax: 3e-4,
      },
    ],
  ),
  ...(["central", "continuous"] as const).map((sm) =>
    closedForm(
      `time-varying-order1-${sm}`,
      `u' + 2tu = 0 (K=2, time-varying coefficient), h=0.01 on [0,3] (${sm}): ≤ 2e-4`,
      () => P.gaussianDecay(0.01, 301),
      1,
      2,
      sm,
      [
        {
          check: [
            [0, 0],
            [0, 1],
          ],
          max: 2e-4,
        },
      ],
    ),
  ),
  closedForm(
    "order3",
    "u''' + u'' + u' + u = 0 (K=4), h=0.01, N=1000: relative ≤ 3e-4",
    () => P.thirdOrder(0.01, 1000),
    1,
    4,
    "central",
    [
      {
        check: [
          [0, 0],
          [0, 1],
        ],
        relMax: 3e-4,
      },
    ],
  ),
  closedForm(
    "coupled-d3",
    "coupled D=3 system x'=−y, y'=x, z'=−z/2+x, h=0.01, N=1000: relative ≤ 3e-4",
    () => P.coupledD3(0.01, 1000),
    3,
    3,
    "central",
    [
      {
        check: [
          [0, 0],
          [1, 0],
          [2, 0],
        ],
        relMax: 3e-4,
      },
    ],
  ),
  closedForm(
    "variable-steps",
    "u''+u=0 on a random non-uniform grid, h ∈ [0.005, 0.015], N=1000: ≤ 4e-4 (the h = 0.01 accuracy class)",
    () => {
      const r = rng(7);
      return P.harmonicVariable(Array.from({ length: 999 }, () => 0.005 + 0.01 * r()));
    },
    1,
    3,
    "central",
    [{ check: U, max: 4e-4 }],
  ),
  {
    id: "convergence-order",
    title: "global error is O(h²) on the harmonic oscillator (fitted slope in [1.7, 2.3])",
    run: async (ctx) => {
      const hs = [0.1, 0.05, 0.025];
      const errs: number[] = [];
      for (const h of hs) {
        const p = P.harmonic(h, Math.round(10 / h) + 1);
        const { u } = await solveODE(p.inputs, opts(ctx));
        errs.push(P.closedFormError({ ...p, check: U }, u.data, 1, 3).err);
      }
      const slope = Math.log(errs[0]! / errs[2]!) / Math.log(hs[0]! / hs[2]!);
      check(slope > 1.7 && slope < 2.3, `fitted slope ${slope.toFixed(3)} is outside (1.7, 2.3)`);
    },
  },
  ...(["central", "continuous"] as const).map(
    (sm): ConformanceCase => ({
      id: `dense-equivalence-${sm}`,
      title: `block-banded == dense normal-equation solve (N=7, E=2, D=3, K=5, 3 IC steps × 4 orders, random steps, ${sm})`,
      run: async (ctx) => {
        for (const seed of [11, 12, 13]) {
          const inputs = randomInputs(seed, { B: 1, N: 7, E: 2, D: 3, K: 5, nIvSteps: 3, nIv: 4 });
          const { u } = await solveODE(inputs, opts(ctx, { smoothness: sm }));
          const ref = solveDense(inputs, { smoothness: sm }).u.data;
          atMost(relErr(u.data, ref), Math.max(ctx.tol.solution, 1e-10), `seed ${seed}`);
        }
      },
    }),
  ),
  ...fixtureCases(),
  ...(["central", "continuous"] as const).flatMap((sm) =>
    [false, true].map(
      (ti): ConformanceCase => ({
        id: `gradients-fd-${sm}${ti ? "-time-invariant" : ""}`,
        title: `vjp vs central finite differences of the dense Float64 reference, every element of coefficients, rhs, initial and each step size (${sm}${ti ? ", time-invariant coefficients" : ""})`,
        run: (ctx) => fdGradientCheck(ctx, ti ? 31 : 21, sm, ti),
      }),
    ),
  ),
  {
    id: "batch-independent",
    title: "a batch of B = 5 problems equals 5 separate solves (values and gradients)",
    run: async (ctx) => {
      const spec = { B: 5, N: 9, E: 2, D: 2, K: 3, nIvSteps: 2, nIv: 2 };
      const inputs = randomInputs(41, spec);
      const per = spec.N * spec.D * spec.K;
      const g = new Float64Array(spec.B * per).map((_, i) => Math.sin(i));
      const all = await solveODE(inputs, opts(ctx));
      const gAll = await all.vjp({ shape: [spec.B, spec.N, spec.D, spec.K], data: g });
      for (let b = 0; b < spec.B; b++) {
        const pick = (x: Flat) => {
          const size = x.data.length / spec.B;
          return { shape: [1, ...x.shape.slice(1)], data: x.data.slice(b * size, (b + 1) * size) };
        };
        const one = await solveODE(
          {
            coefficients: pick(inputs.coefficients as Flat),
            rhs: pick(inputs.rhs as Flat),
            initial: pick(inputs.initial),
            steps: pick(inputs.steps as Flat),
          },
          opts(ctx),
        );
        const part = all.u.data.slice(b * per, (b + 1) * per);
        atMost(relErr(part, one.u.data), Math.max(ctx.tol.solution, 1e-13), `u of element ${b}`);
        const gOne = await one.vjp({
          shape: [1, spec.N, spec.D, spec.K],
          data: g.slice(b * per, (b + 1) * per),
        });
        const s = gOne.steps.data;
        const gPart = gAll.steps.data.slice(b * s.length, (b + 1) * s.length);
        atMost(relErr(gPart, s), Math.max(ctx.tol.gradient, 1e-12), `steps gradient of element ${b}`);
      }
    },
  },
  {
    id: "time-invariant-broadcast",
    title:
      "time-invariant (step axis 1) and batch-shared (batch axis 1) inputs equal explicitly repeated ones, gradients summed",
    run: async (ctx) => {
      const spec = { B: 3, N: 8, E: 1, D: 1, K: 3, nIvSteps: 1, nIv: 2 };
      const small = randomInputs(51, { ...spec, B: 1, timeInvariant: true });
      const c = small.coefficients as Flat;
      const r = small.rhs as Flat;
      const rep = (x: Flat, times: number, batch: number) => {
        const out = new Float64Array(x.data.length * times * batch);
        for (let i = 0; i < times * batch; i++) out.set(x.data, i * x.data.length);
        return { shape: [batch, times, ...x.shape.slice(2)], data: out };
      };
      const steps = { shape: [1, spec.N - 1], data: new Float64Array(spec.N - 1).fill(0.3) };
      const iv = { shape: [1, 1, 1, 2], data: new Float64Array([0.5, -0.2]) };
      const a = await solveODE({ coefficients: c, rhs: r, initial: iv, steps, nSteps: spec.N }, opts(ctx));
      const full = {
        coefficients: rep(c, spec.N, spec.B),
        rhs: rep(r, spec.N, spec.B),
        initial: rep(iv, 1, spec.B),
        steps: rep(steps, 1, spec.B),
      };
      full.initial.shape = [spec.B, 1, 1, 2];
      full.steps.shape = [spec.B, spec.N - 1];
      const b = await solveODE(full, opts(ctx));
      const perU = spec.N * 3;
      for (let k = 0; k < spec.B; k++) {
        const uk = b.u.data.slice(k * perU, (k + 1) * perU);
        atMost(relErr(uk, a.u.data), Math.max(ctx.tol.solution, 1e-13), `u of element ${k}`);
      }
      // scalar steps + nSteps give the same as explicit steps
      const s = await solveODE(
        { coefficients: c, rhs: r, initial: iv, steps: 0.3, nSteps: spec.N },
        opts(ctx),
      );
      atMost(relErr(s.u.data, a.u.data), Math.max(ctx.tol.solution, 1e-13), "scalar steps");
      // gradient of a broadcast input = sum of the repeated input's gradients
      const gU = { shape: [1, spec.N, 1, 3], data: new Float64Array(perU).map((_, i) => Math.cos(i)) };
      const ga = await a.vjp(gU);
      const gb = await b.vjp({ shape: [spec.B, spec.N, 1, 3], data: rep(gU as Flat, 1, spec.B).data });
      const summed = new Float64Array(3);
      for (let i = 0; i < gb.coefficients.data.length; i++) summed[i % 3] += gb.coefficients.data[i]!;
      const scaled = ga.coefficients.data.map((v) => v * spec.B);
      atMost(relErr(scaled, summed), Math.max(ctx.tol.gradient, 1e-12), "summed broadcast gradient");
    },
  },
  {
    id: "prepared-cache",
    title: "prepareODE (cached factor) equals solveODE for new rhs/initial, batch-shared factor included",
    run: async (ctx) => {
      const N = 40;
      const B = 4;
      const solver = await prepareODE(
        { coefficients: [[[[[0, 1, 0]]]]], steps: 0.05, nSteps: N, nIvSteps: 1, nIv: 1, batch: B },
        { backend: ctx.backend },
      );
      const r = rng(61);
      const rhs = { shape: [B, N, 1], data: new Float64Array(B * N).map(() => r() * 2 - 1) };
      const initial = { shape: [B, 1, 1, 1], data: new Float64Array(B).map(() => r()) };
      const { u } = await solver.solveAsync({ rhs, initial });
      const direct = await solveODE(
        { coefficients: [[[[[0, 1, 0]]]]], rhs, initial, steps: 0.05, nSteps: N },
        opts(ctx),
      );
      atMost(relErr(u.data, direct.u.data), Math.max(ctx.tol.solution, 1e-13), "prepared vs direct");
      solver.dispose();
    },
  },
  {
    id: "bad-inputs",
    title: "bad shapes, NaN/Infinity, non-positive steps, bad options and unknown backends give typed errors",
    run: async (ctx) => {
      const ok = {
        coefficients: [[[[[1, 0, 1]]]]],
        rhs: [[[0]]],
        initial: [[[[0, 1]]]],
        steps: 0.1,
        nSteps: 10,
      };
      const o = opts(ctx);
      await rejects(
        solveODE({ ...ok, coefficients: [[[[1, 0, 1]]]] }, o),
        NeurlpShapeError,
        /coefficients.*rank 5/,
      );
      await rejects(solveODE({ ...ok, rhs: [[[0, 1]]] }, o), NeurlpShapeError, /rhs.*E = 1/);
      await rejects(solveODE({ ...ok, initial: [[[[0, 1, 2]]]] }, o), NeurlpShapeError, /nIv.*K − 1 = 2/);
      await rejects(solveODE({ ...ok, steps: [[0.1, 0.1]] }, o), NeurlpShapeError, /number of grid points/);
      await rejects(
        solveODE(
          {
            ...ok,
            coefficients: { shape: [2, 1, 1, 1, 3], data: new Float64Array(6) },
            rhs: [[[0]], [[0]], [[0]]],
          },
          o,
        ),
        NeurlpShapeError,
        /batch size B/,
      );
      await rejects(
        solveODE({ ...ok, coefficients: [[[[[1, Number.NaN, 1]]]]] }, o),
        NeurlpValueError,
        /coefficients.*\[0, 0, 0, 0, 1\].*NaN/,
      );
      await rejects(
        solveODE({ ...ok, rhs: [[[Number.POSITIVE_INFINITY]]] }, o),
        NeurlpValueError,
        /rhs.*Infinity/,
      );
      await rejects(
        solveODE({ ...ok, steps: [[0.1, 0.1, -0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]] }, o),
        NeurlpValueError,
        /steps\[0, 2\].*> 0/,
      );
      await rejects(solveODE({ ...ok, steps: 0 }, o), NeurlpValueError, /steps/);
      await rejects(
        solveODE(ok, { ...o, smoothness: "cubic" as Smoothness }),
        NeurlpValueError,
        /smoothness/,
      );
      await rejects(
        solveODE(ok, { ...o, weights: { equation: Number.NaN } }),
        NeurlpValueError,
        /weights.equation/,
      );
      await rejects(
        solveODE({ ...ok, coefficients: [[[[[1, 0]], [[1, 0, 1]]]]] }, o),
        NeurlpShapeError,
        /ragged/,
      );
      await rejects(
        solveODE(ok, { backend: "no-such-backend" }),
        NeurlpBackendError,
        new RegExp(`registered backends: \\[.*${ctx.backend}`),
      );
      // element 1 is singular (no equation, no initial rows: constants are in the null space); the error names it
      const singular = {
        coefficients: { shape: [2, 1, 1, 1, 3], data: new Float64Array([1, 0, 0, 0, 0, 0]) },
        rhs: [[[0]], [[0]]],
        initial: null,
        steps: 0.1,
        nSteps: 10,
      };
      const err = await solveODE(singular, o).then(
        () => null,
        (e: unknown) => e,
      );
      check(err instanceof NeurlpSingularError, `expected NeurlpSingularError, got ${String(err)}`);
      check((err as NeurlpSingularError).batch === 1, "the error names batch element 1");
      check(/batch element 1, step \d+/.test((err as Error).message), "the message names element and step");
    },
  },
  ...HIGH_ORDER_CASES,
  ...CONTRACT_CASES,
  ...KERNEL_CASES,
];

export const CASE_IDS: readonly string[] = CASES.map((c) => c.id);
