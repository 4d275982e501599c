import { type Tensor, tensor } from "@mechanist/autodiff";
import type { BandedFactor, NeurlpBackend } from "../backend.js";
import { assembleBand, assembleBeta } from "../core/assemble.js";
import { buildProblem, type OdeInputs } from "../core/problem.js";
import { NeurlpBackendError } from "../errors.js";
import { prepareODE } from "../prepare.js";
import { createInstance, getBackend } from "../registry.js";
import { solveODE } from "../solve.js";
import { odeSolve, odeSolveAsync, odeSolvePrepared, odeSolvePreparedAsync } from "../tensor.js";
import { atMost, check, rejects, sameNumbers, throws } from "./assert.js";
import type { CaseContext, ConformanceCase } from "./cases.js";
import { type RandomArray, randomInputs, rng } from "./random.js";

/**
 * Cases of the backend contract itself (src/backend.ts) rather than of the numbers: `solve` leaves
 * its right-hand side alone, factors and instances can be released and disposed, `features.synchronous`
 * tells the truth, and the Tensor-level and prepared-factor paths give the gradients `solveODE` gives.
 */

const SPEC = { B: 3, N: 10, E: 2, D: 2, K: 3, nIvSteps: 1, nIv: 2 };
const SHAPE_U = [SPEC.B, SPEC.N, SPEC.D, SPEC.K];

function maxRel(a: ArrayLike<number>, b: ArrayLike<number>): number {
  check(a.length === b.length, `lengths differ: ${a.length} vs ${b.length}`);
  let e = 0;
  let m = 0;
  for (let i = 0; i < b.length; i++) {
    e = Math.max(e, Math.abs(a[i]! - b[i]!));
    m = Math.max(m, Math.abs(b[i]!));
  }
  return e / Math.max(m, 1e-300);
}

const isPromise = (v: unknown) => typeof (v as { then?: unknown } | null)?.then === "function";

/** A well-conditioned problem (a harmonic oscillator per element) for direct kernel calls. */
function oscillators(): OdeInputs {
  const r = rng(83);
  const coefficients = { shape: [SPEC.B, 1, 1, 1, 3], data: new Float64Array(3 * SPEC.B) };
  for (let b = 0; b < SPEC.B; b++) coefficients.data.set([1 + r(), 0.2 * r(), 1], 3 * b);
  return {
    coefficients,
    rhs: { shape: [SPEC.B, 1, 1], data: new Float64Array(SPEC.B).map(() => r()) },
    initial: { shape: [SPEC.B, 1, 1, 2], data: new Float64Array(2 * SPEC.B).map(() => r()) },
    steps: 0.1,
    nSteps: SPEC.N,
  };
}

async function kernelFactor(b: NeurlpBackend, inputs: OdeInputs): Promise<BandedFactor> {
  return b.factor(assembleBand(buildProblem(inputs, {})));
}

const solveKeepsRhs: ConformanceCase = {
  id: "solve-keeps-rhs",
  title:
    "solve leaves its right-hand side untouched (own and batch-shared factors) and solves the same twice",
  run: async (ctx) => {
    const b = await getBackend(ctx.backend);
    const shared = { ...oscillators(), coefficients: [[[[[1, 0.1, 1]]]]] };
    for (const inputs of [oscillators(), shared]) {
      const f = await kernelFactor(b, inputs);
      // B·N·n as the contract says (these oscillators have D = 1: n = K, not SPEC's D·K)
      const size = SPEC.B * f.layout.N * f.layout.n;
      const rhs = new Float64Array(size).map((_, i) => Math.sin(i + 1));
      const before = Float64Array.from(rhs);
      const x1 = Float64Array.from(await b.solve(f, rhs, SPEC.B));
      sameNumbers(rhs, before, `rhs after solve (factor batch ${f.layout.batch})`);
      check(x1.length === size, `solve returned ${x1.length} values, expected B·N·n = ${size}`);
      const x2 = await b.solve(f, rhs, SPEC.B);
      sameNumbers(x2, x1, `a second solve with the same rhs (factor batch ${f.layout.batch})`);
      b.releaseFactor?.(f);
    }
  },
};

const releaseAndDispose: ConformanceCase = {
  id: "release-and-dispose",
  title:
    "releaseFactor twice is harmless, released memory never corrupts later solves, disposed solutions refuse vjp, a disposed second instance leaves the registered one working",
  run: async (ctx) => {
    const b = await getBackend(ctx.backend);
    const f = await kernelFactor(b, oscillators());
    b.releaseFactor?.(f);
    b.releaseFactor?.(f);
    const inputs = randomInputs(85, SPEC);
    const first = await solveODE(inputs, { backend: ctx.backend });
    const u0 = Float64Array.from(first.u.data);
    first.dispose();
    first.dispose();
    const g = { shape: SHAPE_U, data: new Float64Array(u0.length).fill(1) };
    await rejects(first.vjp(g), NeurlpBackendError, /after dispose/);
    for (let round = 0; round < 3; round++) {
      const again = await solveODE(inputs, { backend: ctx.backend });
      atMost(maxRel(again.u.data, u0), ctx.tol.solution, `u after ${round + 1} recycled solve(s)`);
      again.dispose();
    }
    const second = await createInstance(ctx.backend);
    const f2 = await kernelFactor(second, oscillators());
    second.releaseFactor?.(f2);
    await second.dispose?.();
    const after = await solveODE(inputs, { backend: ctx.backend });
    atMost(maxRel(after.u.data, u0), ctx.tol.solution, "u after another instance was disposed");
    after.dispose();
  },
};

/** Every kernel of a synchronous backend must return its value, not a Promise. */
function checkKernelsReturnValues(b: NeurlpBackend): void {
  const problem = buildProblem(oscillators(), {});
  const results: Array<[string, unknown]> = [];
  if (b.assembleMatrix) results.push(["assembleMatrix", b.assembleMatrix(problem)]);
  if (b.assembleRhs) results.push(["assembleRhs", b.assembleRhs(problem)]);
  const f = b.factor(assembleBand(problem));
  results.push(["factor", f]);
  if (!isPromise(f)) {
    results.push(["solve", b.solve(f as BandedFactor, assembleBeta(problem), SPEC.B)]);
    b.releaseFactor?.(f as BandedFactor);
  }
  if (b.assembleAndFactor) {
    const g = b.assembleAndFactor(problem);
    results.push(["assembleAndFactor", g]);
    if (!isPromise(g)) b.releaseFactor?.(g as BandedFactor);
  }
  for (const [name, v] of results) {
    if (isPromise(v)) (v as Promise<unknown>).catch(() => {});
    check(!isPromise(v), `features.synchronous is true but ${name} returned a Promise`);
  }
}

function tensors(inputs: OdeInputs, requiresGrad: boolean) {
  const t = (x: unknown) => {
    const a = x as RandomArray;
    return tensor(Float64Array.from(a.data), a.shape, { requiresGrad });
  };
  const steps = typeof inputs.steps === "number" ? inputs.steps : t(inputs.steps);
  return { coefficients: t(inputs.coefficients), rhs: t(inputs.rhs), initial: t(inputs.initial), steps };
}

const synchronousHonest: ConformanceCase = {
  id: "synchronous-honest",
  title:
    "features.synchronous tells the truth: synchronous kernels return values (and the synchronous entry points run); otherwise the synchronous entry points refuse the backend with a typed error",
  run: async (ctx) => {
    const b = await getBackend(ctx.backend);
    const inputs = randomInputs(87, SPEC);
    const lhs = {
      coefficients: inputs.coefficients,
      steps: inputs.steps,
      nIvSteps: 1,
      nIv: 2,
      batch: SPEC.B,
    };
    const prepared = await prepareODE(lhs, { backend: ctx.backend });
    try {
      if (b.features.synchronous) {
        checkKernelsReturnValues(b);
        const ref = await solveODE(inputs, { backend: ctx.backend });
        const u = odeSolve(tensors(inputs, false), { backend: ctx.backend });
        atMost(maxRel(u.data, ref.u.data), 1e-12, "odeSolve vs solveODE on the same kernels");
        const p = prepared.solve({ rhs: inputs.rhs, initial: inputs.initial }).u;
        atMost(
          maxRel(p.data, ref.u.data),
          Math.max(ctx.tol.solution, 1e-12),
          "PreparedODE.solve vs solveODE",
        );
        ref.dispose();
      } else {
        throws(
          () => odeSolve(tensors(inputs, false), { backend: ctx.backend }),
          NeurlpBackendError,
          /asynchronous/,
        );
        throws(
          () => prepared.solve({ rhs: inputs.rhs, initial: inputs.initial }),
          NeurlpBackendError,
          /asynchronous/,
        );
      }
    } finally {
      prepared.dispose();
    }
  },
};

/** Σ w·u and its gradients through the tape. */
function weightedSum(u: Tensor, w: Float64Array): Tensor {
  return u.mul(tensor(w, u.shape)).sum();
}

const tensorOdeSolve: ConformanceCase = {
  id: "tensor-odesolve",
  title:
    "the Tensor-level odeSolve op (odeSolveAsync and backwardAsync on asynchronous backends): u and the gradients of every input equal solveODE's and its vjp's",
  run: async (ctx) => {
    const b = await getBackend(ctx.backend);
    const sync = b.features.synchronous;
    const inputs = randomInputs(89, SPEC);
    const w = new Float64Array(SPEC.B * SPEC.N * SPEC.D * SPEC.K).map((_, i) => Math.cos(i));
    const ref = await solveODE(inputs, { backend: ctx.backend });
    const g = await ref.vjp({ shape: SHAPE_U, data: w });
    const t = tensors(inputs, true);
    const u = sync ? odeSolve(t, { backend: ctx.backend }) : await odeSolveAsync(t, { backend: ctx.backend });
    atMost(maxRel(u.data, ref.u.data), 1e-12, "u");
    await (sync ? weightedSum(u, w).backward() : weightedSum(u, w).backwardAsync());
    for (const key of ["coefficients", "rhs", "initial"] as const) {
      atMost(maxRel(t[key].grad!.data, g[key].data), 1e-12, `gradient of ${key}`);
    }
    atMost(maxRel((t.steps as Tensor).grad!.data, g.steps.data), 1e-12, "gradient of steps");
    ref.dispose();
  },
};

const preparedGradients: ConformanceCase = {
  id: "prepared-gradients",
  title:
    "gradients of the prepared-factor path (PreparedODE.vjp and the odeSolvePrepared op) equal solveODE's for rhs and initial, batch-shared factor included",
  run: async (ctx) => {
    const b = await getBackend(ctx.backend);
    const sync = b.features.synchronous; // else odeSolvePreparedAsync, backwardAsync and vjpAsync
    // coefficients and steps shared by the batch: one factor serves all three right-hand sides
    const inputs = {
      ...randomInputs(91, SPEC),
      coefficients: randomInputs(92, { ...SPEC, B: 1 }).coefficients,
      steps: 0.2,
      nSteps: SPEC.N,
    };
    const w = new Float64Array(SPEC.B * SPEC.N * SPEC.D * SPEC.K).map((_, i) => Math.sin(2 * i));
    const ref = await solveODE(inputs, { backend: ctx.backend });
    const g = await ref.vjp({ shape: SHAPE_U, data: w });
    const lhs = {
      coefficients: inputs.coefficients,
      steps: 0.2,
      nSteps: SPEC.N,
      nIvSteps: 1,
      nIv: 2,
      batch: SPEC.B,
    };
    const prepared = await prepareODE(lhs, { backend: ctx.backend });
    const t = tensors(inputs, true);
    const u = sync
      ? odeSolvePrepared(prepared, t.rhs, t.initial)
      : await odeSolvePreparedAsync(prepared, t.rhs, t.initial);
    atMost(maxRel(u.data, ref.u.data), Math.max(ctx.tol.solution, 1e-12), "u");
    await (sync ? weightedSum(u, w).backward() : weightedSum(u, w).backwardAsync());
    const tol = Math.max(ctx.tol.gradient, 1e-12);
    atMost(maxRel(t.rhs.grad!.data, g.rhs.data), tol, "odeSolvePrepared gradient of rhs");
    atMost(maxRel(t.initial.grad!.data, g.initial.data), tol, "odeSolvePrepared gradient of initial");
    const rhsInputs = { rhs: inputs.rhs, initial: inputs.initial };
    const uData = Float64Array.from(u.data);
    const direct = sync ? prepared.vjp(rhsInputs, uData, w) : await prepared.vjpAsync(rhsInputs, uData, w);
    atMost(maxRel(direct.rhs, g.rhs.data), tol, "PreparedODE.vjp gradient of rhs");
    prepared.dispose();
    ref.dispose();
  },
};

export const CONTRACT_CASES: ConformanceCase[] = [
  solveKeepsRhs,
  releaseAndDispose,
  synchronousHonest,
  tensorOdeSolve,
  preparedGradients,
];

export type { CaseContext };
