import type { BandedFactor, BandedMatrix, FloatArray, NeurlpBackend } from "../backend.js";
import { assembleBand, assembleBeta, bandMatVec } from "../core/assemble.js";
import { equilibrateBand } from "../core/engine.js";
import { buildProblem } from "../core/problem.js";
import { solveDense } from "../reference/dense.js";
import { createInstance, getBackend, registerBackend, unregisterBackend } from "../registry.js";
import { solveODE } from "../solve.js";
import { atMost, check, sameNumbers } from "./assert.js";
import type { CaseContext, ConformanceCase } from "./cases.js";
import { LAYOUTS, type Layout, layoutInputs, layoutNamed } from "./layouts.js";

/**
 * Kernel-level cases: every kernel a backend provides, called directly, against the core's Float64
 * host assembly, for every input layout of `layouts.ts`. The solution cases alone do not hold a
 * backend to this: for Float32 backends the core refines with Float64 residuals (a wrong
 * preconditioner application is corrected, only slower) and assembles the right-hand side on the
 * host, so a kernel used only with refinement off, or wrong only on its first call, goes unseen.
 */

function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]!));
  return m;
}

/** Same length, and max |a − b| ≤ tol · max |b| (NaN fails). */
function closeTo(a: ArrayLike<number>, b: ArrayLike<number>, tol: number, label: string): void {
  check(a.length === b.length, `${label}: length ${a.length}, expected ${b.length}`);
  let e = 0;
  let at = 0;
  for (let i = 0; i < b.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    if (!(d <= e)) [e, at] = [d, i];
  }
  atMost(e / Math.max(maxAbs(b), 1e-300), tol, `${label} (worst [${at}]: ${a[at]} vs ${b[at]})`);
}

/**
 * Normwise backward error of `batch` solutions of M x = r, the largest over the right-hand sides:
 * ‖M x − r‖∞ / (‖M‖∞ ‖x‖∞ + ‖r‖∞) with M the Float64 band. A backward-stable factorisation gets a
 * few units of its working precision, whatever the conditioning; any wrong entry of x shows.
 */
function backwardError(m: BandedMatrix, x: Float64Array, r: Float64Array, batch: number): number {
  const per = m.layout.N * m.layout.n;
  const mx = new Float64Array(x.length);
  bandMatVec(m, x, batch, mx);
  const rowSums = new Float64Array(x.length);
  bandMatVec(
    { layout: m.layout, data: m.data.map(Math.abs) },
    new Float64Array(x.length).fill(1),
    batch,
    rowSums,
  );
  let worst = 0;
  for (let k = 0; k < batch; k++) {
    const lo = k * per;
    const hi = lo + per;
    let res = 0;
    for (let i = lo; i < hi; i++) res = Math.max(res, Math.abs(mx[i]! - r[i]!));
    const scale = maxAbs(rowSums.subarray(lo, hi)) * maxAbs(x.subarray(lo, hi)) + maxAbs(r.subarray(lo, hi));
    worst = Math.max(worst, Number.isNaN(res) ? Number.POSITIVE_INFINITY : res / scale);
  }
  return worst;
}

const f64 = (a: FloatArray) => Float64Array.from(a);

/** factor + solve of `m` (a copy is passed: the backend owns what `factor` gets); returns x. */
async function factorAndSolve(
  b: NeurlpBackend,
  m: BandedMatrix,
  r: Float64Array,
  B: number,
): Promise<Float64Array> {
  const f = (await b.factor({ layout: m.layout, data: Float64Array.from(m.data) })) as BandedFactor;
  sameNumbers(
    [f.layout.batch, f.layout.N, f.layout.n, f.layout.W],
    [m.layout.batch, m.layout.N, m.layout.n, m.layout.W],
    "factor layout",
  );
  const x = f64(await b.solve(f, r, B));
  b.releaseFactor?.(f);
  return x;
}

/**
 * Every kernel `b` has, on one problem in layout `L`, against the host: assembleRhs and assembleMatrix
 * entry by entry, factor + solve (of the equilibrated band, as the core hands it to Float32
 * backends), assembleAndFactor + solve and assembleFactorSolve by backward error. Returns the
 * factor + solve solution (to compare repeated calls).
 */
async function checkKernels(b: NeurlpBackend, L: Layout, seed: number, tol: number): Promise<Float64Array> {
  const p = buildProblem(layoutInputs(seed, L), { smoothness: L.smoothness });
  const { B, N, D, K } = p.dims;
  const at = (what: string) => `${L.label}: ${what}`;
  const beta = Float64Array.from(assembleBeta(p));
  const band = assembleBand(p);
  const raw = { layout: band.layout, data: Float64Array.from(band.data) };
  if (b.assembleRhs) closeTo(f64(await b.assembleRhs(p)), beta, tol, at("assembleRhs vs the host"));
  const own = b.features.assembles?.includes(L.smoothness) ?? true;
  if (own && b.assembleMatrix) {
    const m = await b.assembleMatrix(p);
    sameNumbers(
      [m.layout.batch, m.layout.N, m.layout.n, m.layout.W],
      [raw.layout.batch, N, D * K, raw.layout.W],
      at("assembleMatrix layout"),
    );
    closeTo(f64(m.data), raw.data, tol, at("assembleMatrix vs the host"));
  }
  const { matrix, scale } = equilibrateBand(raw);
  const eq = { layout: matrix.layout, data: Float64Array.from(matrix.data) };
  const sBeta = beta.map((v, i) => v * scale[eq.layout.batch === 1 ? i % (N * D * K) : i]!);
  const x = await factorAndSolve(b, eq, sBeta, B);
  check(
    x.length === B * N * D * K,
    at(`solve returned ${x.length} values, expected B·N·n = ${B * N * D * K}`),
  );
  atMost(backwardError(eq, x, sBeta, B), tol, at("factor + solve backward error"));
  if (own && b.assembleAndFactor) {
    const f = (await b.assembleAndFactor(p)) as BandedFactor;
    const y = f64(await b.solve(f, beta, B));
    b.releaseFactor?.(f);
    atMost(backwardError(raw, y, beta, B), tol, at("assembleAndFactor + solve backward error"));
  }
  if (own && b.assembleFactorSolve) {
    const { factor, u } = await b.assembleFactorSolve(p);
    b.releaseFactor?.(factor);
    atMost(backwardError(raw, f64(u), beta, B), tol, at("assembleFactorSolve backward error"));
  }
  return x;
}

const seedOf = (L: Layout) => 101 + LAYOUTS.indexOf(L);

const kernelLayouts: ConformanceCase = {
  id: "kernels-all-layouts",
  title:
    "every kernel the backend has (assembleRhs, assembleMatrix, factor + solve, assembleAndFactor, assembleFactorSolve), called directly, matches the Float64 host for every input layout: B ∈ 1–4, per-batch or shared, per-step or constant coefficients and rhs, K 2–4, both row types",
  run: async (ctx) => {
    const b = await getBackend(ctx.backend);
    for (const L of LAYOUTS) await checkKernels(b, L, seedOf(L), ctx.tol.kernel);
  },
};

/**
 * On a fresh instance: the first shape, one of the same sizes in another layout, a larger one, a
 * smaller one, then the first again (pooled buffers then hold other shapes' data past the end).
 */
const INTERLEAVED = ["B3-constant", "B3-varying", "B2-K4-two-initial-steps", "B1-K2", "B3-constant"];

/** A new instance registered under a temporary name for `use`, disposed afterwards. */
async function withFreshInstance(backend: string, use: (b: NeurlpBackend, name: string) => Promise<void>) {
  const inst = await createInstance(backend);
  const temp = `${backend}/fresh-instance`;
  registerBackend(temp, () => inst, { priority: -1 });
  try {
    await use(inst, temp);
  } finally {
    // getBackend caches `inst` (if `use` has not already), so unregistering disposes it
    await getBackend(temp).catch(() => inst.dispose?.());
    unregisterBackend(temp);
  }
}

const freshInstance: ConformanceCase = {
  id: "fresh-instance-first-solve",
  title:
    "a fresh instance's very first kernel calls equal the Float64 host; then shapes interleaved (same sizes in another layout, larger, smaller, the first again: the same numbers as the first time); then its first solveODE equals the dense reference",
  run: (ctx: CaseContext) =>
    withFreshInstance(ctx.backend, async (inst, name) => {
      let first: Float64Array | null = null;
      for (const label of INTERLEAVED) {
        const L = layoutNamed(label);
        const x = await checkKernels(inst, L, seedOf(L), ctx.tol.kernel);
        if (label !== INTERLEAVED[0]) continue;
        if (first) sameNumbers(x, first, `${label} solved again after other shapes`);
        else first = x;
      }
      const L = layoutNamed("B3-shared-varying-continuous");
      const inputs = layoutInputs(7, L);
      const { u } = await solveODE(inputs, { backend: name, smoothness: L.smoothness });
      const ref = solveDense(inputs, { smoothness: L.smoothness }).u.data;
      const tol = Math.max(ctx.tol.solution, 1e-10);
      closeTo(u.data, ref, tol, "the fresh instance's solveODE vs the dense reference");
    }),
};

/** u and the gradients of Σ sin(i)·u of every layout's problem, the solves started by `start`. */
async function solveAll(
  backend: string,
  start: (solves: Array<() => Promise<Float64Array[]>>) => Promise<Float64Array[][]>,
) {
  const solves = LAYOUTS.map((L) => async () => {
    const { u, vjp } = await solveODE(layoutInputs(seedOf(L), L), { backend, smoothness: L.smoothness });
    const g = await vjp({ shape: u.shape, data: u.data.map((_, i) => Math.sin(i)) });
    return [u.data, g.coefficients.data, g.rhs.data, g.initial.data, g.steps.data];
  });
  return start(solves);
}

const concurrentSolves: ConformanceCase = {
  id: "concurrent-solves",
  title:
    "solveODE calls and their vjps in flight together (every layout at once) give the same numbers as one after another: no buffer or kernel shared between calls in flight",
  run: async (ctx) => {
    const oneByOne = await solveAll(ctx.backend, async (solves) => {
      const out: Float64Array[][] = [];
      for (const solve of solves) out.push(await solve());
      return out;
    });
    const together = await solveAll(ctx.backend, (solves) => Promise.all(solves.map((solve) => solve())));
    const what = ["u", "coefficients gradient", "rhs gradient", "initial gradient", "steps gradient"];
    for (const [i, L] of LAYOUTS.entries()) {
      for (const [k, name] of what.entries())
        sameNumbers(together[i]![k]!, oneByOne[i]![k]!, `${L.label}: ${name}`);
    }
  },
};

export const KERNEL_CASES: ConformanceCase[] = [freshInstance, kernelLayouts, concurrentSolves];
