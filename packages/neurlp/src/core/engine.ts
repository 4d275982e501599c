import type {
  BandedFactor,
  BandedMatrix,
  FloatArray,
  LhsProblem,
  MaybePromise,
  NeurlpBackend,
  OdeProblem,
  RhsProblem,
} from "../backend.js";
import { NeurlpBackendError, NeurlpSingularError } from "../errors.js";
import { assembleBand, assembleBeta } from "./assemble.js";
import { giveBuffer, takeBuffer } from "./buffers.js";
import { checkDefinite } from "./cholesky.js";
import {
  type IterativeRefinementOptions,
  pcg,
  type Refinement,
  refinementStats,
  resolveRefinement,
  richardson,
  shiftedBand,
} from "./refine.js";

/**
 * The kernel call sequence, written once as generators that `yield` each kernel result so the same
 * code runs synchronously (Tensor-level ops, sync backends) or asynchronously (any backend).
 * Equilibration and iterative refinement for Float32 backends live here (see backend.ts).
 */

export type Steps<T> = Generator<MaybePromise<unknown>, T, unknown>;

/**
 * Run the kernel sequence without awaiting: only for backends that declare `features.synchronous`
 * (checked up front, so an asynchronous backend is refused before any kernel runs).
 */
export function runSync<T>(gen: Steps<T>, backend: NeurlpBackend): T {
  if (!backend.features.synchronous) {
    throw new NeurlpBackendError(
      `backend "${backend.name}" is asynchronous (features.synchronous is false): use the async API (solveODE, PreparedODE.solveAsync, odeSolveAsync)`,
    );
  }
  let next = gen.next();
  while (!next.done) {
    const v = next.value;
    if (v instanceof Promise) {
      v.catch(() => {}); // the contract violation below is the error to report
      throw new NeurlpBackendError(
        `backend "${backend.name}" declares features.synchronous but a kernel returned a Promise: declare synchronous: false`,
      );
    }
    next = gen.next(v);
  }
  return next.value;
}

/** The path `features.synchronous` selects: no awaits for synchronous backends, awaits otherwise. */
export function runSteps<T>(gen: Steps<T>, backend: NeurlpBackend): MaybePromise<T> {
  return backend.features.synchronous ? runSync(gen, backend) : runAsync(gen);
}

export async function runAsync<T>(gen: Steps<T>): Promise<T> {
  let next = gen.next();
  while (!next.done) {
    let v: unknown;
    try {
      v = await next.value;
    } catch (e) {
      // deliver kernel failures into the generator (factorLhs retries a failed Float32 factor)
      next = gen.throw(e);
      continue;
    }
    next = gen.next(v);
  }
  return next.value;
}

export interface SolveAids {
  /** Jacobi-equilibrate the band before factorisation. Default: backend.precision === 32. */
  equilibrate?: boolean;
  /**
   * Accuracy recovery with Float64 residuals (see core/refine.ts). A number is that many Richardson
   * sweeps (0 = off); an object selects `{ method: "pcg" | "richardson", maxIterations, tolerance }`.
   * Default: PCG (tolerance 1e-12, at most 100 iterations) for precision 32, off for precision 64.
   */
  iterativeRefinement?: number | IterativeRefinementOptions;
}

/** A factored left-hand side: everything a solve or an adjoint solve needs. */
export interface FactoredLhs {
  backend: NeurlpBackend;
  lhs: LhsProblem;
  factor: BandedFactor;
  /** Jacobi scaling S, `[layout.batch, N, n]`, or null. */
  scale: Float64Array | null;
  /** Float64 band for refinement residuals (null when refine = 0). */
  band64: BandedMatrix | null;
  /** > 0 when refinement is on (its iteration cap). */
  refine: number;
  refinement: Refinement | null;
  /** Set by `release`: the backend may have freed the factor, so no kernel may see it again. */
  released?: boolean;
}

function toF64(a: FloatArray): Float64Array {
  return a instanceof Float64Array ? a : Float64Array.from(a);
}

export function equilibrateBand(m: BandedMatrix): { matrix: BandedMatrix; scale: Float64Array } {
  const { batch, N, n, W } = m.layout;
  const rowLen = (W + 1) * n;
  const scale = new Float64Array(batch * N * n);
  for (let i = 0; i < scale.length; i++) {
    const d = m.data[i * rowLen + W * n + (i % n)]!;
    scale[i] = d > 0 ? 1 / Math.sqrt(d) : 1;
  }
  // entries with t < 0 are never written and must read as 0
  const data = m.data instanceof Float32Array ? new Float32Array(m.data.length) : takeBuffer(m.data.length);
  for (let b = 0; b < batch; b++) {
    for (let s = 0; s < N; s++) {
      for (let r = 0; r < n; r++) {
        const i = (b * N + s) * n + r;
        for (let j = 0; j <= W; j++) {
          const t = s - W + j;
          if (t < 0) continue;
          for (let c = 0; c < n; c++) {
            const o = i * rowLen + j * n + c;
            data[o] = m.data[o]! * scale[i]! * scale[(b * N + t) * n + c]!;
          }
        }
      }
    }
  }
  return { matrix: { layout: m.layout, data }, scale };
}

/** Whether the backend's fused kernels may run: its own row types, no equilibration, no refinement. */
function fusedAllowed(backend: NeurlpBackend, lhs: LhsProblem, aids: SolveAids) {
  const equilibrate = aids.equilibrate ?? backend.precision === 32;
  const refinement = resolveRefinement(aids.iterativeRefinement, backend.precision);
  const refine = refinement?.maxIterations ?? 0;
  // the backend's own assembly for the row types it declares, the core's host assembly otherwise
  const own = backend.features.assembles?.includes(lhs.smoothness) ?? true;
  return { equilibrate, refinement, refine, own, fused: !equilibrate && refine === 0 && own };
}

/**
 * The forward solve in the backend's one kernel (`assembleFactorSolve`) when it has one and the
 * fused path applies; null otherwise (then factorLhs, normalRhs and solveFactored run).
 */
export function* factorAndSolve(
  backend: NeurlpBackend,
  problem: OdeProblem,
  aids: SolveAids = {},
): Steps<{ factored: FactoredLhs; u: Float64Array } | null> {
  const { refinement, refine, fused } = fusedAllowed(backend, problem, aids);
  if (!fused || !backend.assembleFactorSolve) return null;
  const { factor, u } = (yield backend.assembleFactorSolve(problem)) as {
    factor: BandedFactor;
    u: FloatArray;
  };
  const factored = { backend, lhs: problem, factor, scale: null, band64: null, refine, refinement };
  return { factored, u: toF64(u) };
}

export function* factorLhs(
  backend: NeurlpBackend,
  lhs: LhsProblem,
  aids: SolveAids = {},
): Steps<FactoredLhs> {
  const { equilibrate, refinement, refine, own, fused } = fusedAllowed(backend, lhs, aids);
  if (fused && backend.assembleAndFactor) {
    const factor = (yield backend.assembleAndFactor(lhs)) as BandedFactor;
    return { backend, lhs, factor, scale: null, band64: null, refine, refinement };
  }
  const m = (
    own && backend.assembleMatrix ? yield backend.assembleMatrix(lhs) : assembleBand(lhs)
  ) as BandedMatrix;
  // factor() may overwrite what it is given, so keep M itself only when refinement needs it
  let band64: BandedMatrix | null = null;
  if (refine > 0) band64 = m.data instanceof Float64Array ? m : assembleBand(lhs);
  let scale: Float64Array | null = null;
  let toFactor = m;
  if (equilibrate) {
    ({ matrix: toFactor, scale } = equilibrateBand(m));
    if (m !== band64 && m.data instanceof Float64Array) giveBuffer(m.data);
  } else if (m === band64) {
    toFactor = { layout: m.layout, data: Float64Array.from(m.data) };
  }
  // a Float32 factorisation can break down (negative pivot) where M is fine in Float64: then factor
  // M + δ·diag(M) instead and let PCG against the exact M recover the accuracy
  const canShift = backend.precision === 32 && refinement?.method === "pcg" && band64 !== null;
  const keep = canShift ? shiftedBand(toFactor, 0) : null;
  let factor: BandedFactor;
  refinementStats.shift = 0;
  try {
    factor = (yield backend.factor(toFactor)) as BandedFactor;
  } catch (e) {
    if (!(e instanceof NeurlpSingularError) || !keep || !band64) throw e;
    factor = yield* shiftedFactor(backend, keep, band64, e);
  }
  return { backend, lhs, factor, scale, band64, refine, refinement };
}

function* shiftedFactor(
  backend: NeurlpBackend,
  m: BandedMatrix,
  band64: BandedMatrix,
  original: NeurlpSingularError,
): Steps<BandedFactor> {
  // a singular M must still be reported as such: confirm definiteness in Float64 on the host
  // (throws NeurlpSingularError naming the batch element and step)
  checkDefinite(band64);
  for (let delta = 2 ** -23; delta <= 1e-2; delta *= 4) {
    try {
      const f = (yield backend.factor(shiftedBand(m, delta))) as BandedFactor;
      refinementStats.shift = delta;
      return f;
    } catch (e) {
      if (!(e instanceof NeurlpSingularError)) throw e;
    }
  }
  throw original;
}

/** The checks every backend's `solve` would otherwise repeat (see `NeurlpBackend.solve`). */
function checkSolveCall(f: FactoredLhs, r: Float64Array, batch: number): void {
  if (f.released) {
    throw new NeurlpBackendError("this solution's factorisation was released (dispose()); solve again");
  }
  const { N, n, batch: fb } = f.factor.layout;
  if (r.length !== batch * N * n || (fb !== 1 && fb !== batch)) {
    throw new NeurlpBackendError(
      `solve: right-hand side of length ${r.length} for batch ${batch} (expected ${batch * N * n}) with a factor of batch ${fb}`,
    );
  }
}

/** x = M⁻¹ r for `batch` right-hand sides `[batch, N, n]`, with scaling and refinement. */
export function* solveFactored(f: FactoredLhs, r: Float64Array, batch: number): Steps<Float64Array> {
  checkSolveCall(f, r, batch);
  const { N, n } = f.factor.layout;
  const scaleOf = (v: Float64Array): Float64Array => {
    if (!f.scale) return v;
    const out = new Float64Array(v.length);
    const per = N * n;
    const single = f.factor.layout.batch === 1;
    for (let i = 0; i < v.length; i++) out[i] = v[i]! * f.scale[single ? i % per : i]!;
    return out;
  };
  const once = function* (rhs: Float64Array): Steps<Float64Array> {
    const y = toF64((yield f.backend.solve(f.factor, scaleOf(rhs), batch)) as FloatArray);
    return scaleOf(y);
  };
  const x = yield* once(r);
  const how = f.refinement;
  if (!f.band64 || !how) return x;
  return how.method === "pcg"
    ? yield* pcg(f.band64, once, r, x, batch, how)
    : yield* richardson(f.band64, once, r, x, batch, how.maxIterations);
}

export function* normalRhs(backend: NeurlpBackend, rp: RhsProblem): Steps<Float64Array> {
  if (!backend.assembleRhs) return assembleBeta(rp);
  return toF64((yield backend.assembleRhs(rp)) as FloatArray);
}

export function release(f: FactoredLhs): void {
  if (f.released) return;
  f.released = true;
  f.backend.releaseFactor?.(f.factor);
  if (f.band64?.data instanceof Float64Array) giveBuffer(f.band64.data);
  f.band64 = null;
}
