import type { BandedMatrix } from "../backend.js";
import { NeurlpConvergenceError, NeurlpValueError } from "../errors.js";
import { bandMatVec } from "./assemble.js";
import { giveBuffer, takeBuffer } from "./buffers.js";

/**
 * Accuracy recovery for Float32 backends: the backend's Float32 factor solve is used as a
 * preconditioner P⁻¹ ≈ M⁻¹, and the core iterates in Float64 against the exact Float64 band M.
 *
 * - "pcg" (default for precision 32): preconditioned conjugate gradients on M x = b (M is SPD). It
 *   converges whenever P⁻¹M is reasonably clustered, including when cond(M)·2⁻²⁴ ≳ 1 where plain
 *   refinement stalls or diverges, and also with a *shifted* factor of M + δ·diag(M) (used when the
 *   Float32 factorisation itself breaks down). β is the flexible (Polak–Ribière) one, because a
 *   Float32 solve is only approximately a fixed symmetric linear operator.
 * - "richardson": x ← x + P⁻¹(b − M x), a fixed number of sweeps (the historical behaviour).
 */

export interface IterativeRefinementOptions {
  /** "pcg" (default) or "richardson". */
  method?: "pcg" | "richardson";
  /** PCG: iteration cap (default 100; exceeding it throws `NeurlpConvergenceError`). Richardson: sweeps (default 2). */
  maxIterations?: number;
  /** PCG: stop when ‖b − M x‖₂ ≤ tolerance · ‖b‖₂ for every right-hand side (default 1e-12). */
  tolerance?: number;
}

export interface Refinement {
  method: "pcg" | "richardson";
  maxIterations: number;
  tolerance: number;
}

export const DEFAULT_PCG: Refinement = { method: "pcg", maxIterations: 100, tolerance: 1e-12 };

/**
 * `iterativeRefinement` option → refinement, or null for none. A number keeps its old meaning (Richardson sweeps;
 * 0 = off). Default: PCG for precision 32, none for precision 64 (Float64 results stay bit-identical).
 */
export function resolveRefinement(
  refine: number | IterativeRefinementOptions | undefined,
  precision: 32 | 64,
): Refinement | null {
  if (refine === undefined) return precision === 32 ? { ...DEFAULT_PCG } : null;
  if (typeof refine === "number") {
    if (!Number.isInteger(refine) || refine < 0) {
      throw new NeurlpValueError(
        `iterativeRefinement must be an integer ≥ 0 (Richardson sweeps) or an options object, got ${refine}`,
      );
    }
    return refine === 0 ? null : { method: "richardson", maxIterations: refine, tolerance: 0 };
  }
  if (typeof refine !== "object" || refine === null) {
    throw new NeurlpValueError(
      `iterativeRefinement must be a number or { method, maxIterations, tolerance }, got ${String(refine)}`,
    );
  }
  const method = refine.method ?? "pcg";
  if (method !== "pcg" && method !== "richardson") {
    throw new NeurlpValueError(
      `iterativeRefinement.method must be "pcg" or "richardson", got ${JSON.stringify(method)}`,
    );
  }
  const maxIterations = refine.maxIterations ?? (method === "pcg" ? DEFAULT_PCG.maxIterations : 2);
  if (!Number.isInteger(maxIterations) || maxIterations < 0) {
    throw new NeurlpValueError(
      `iterativeRefinement.maxIterations must be an integer ≥ 0, got ${maxIterations}`,
    );
  }
  const tolerance = refine.tolerance ?? DEFAULT_PCG.tolerance;
  if (!(tolerance > 0 && tolerance < 1)) {
    throw new NeurlpValueError(`iterativeRefinement.tolerance must be in (0, 1), got ${tolerance}`);
  }
  return { method, maxIterations, tolerance };
}

/** Iterations used by the most recent refined solve (for benchmarks and the README's measurements). */
export const refinementStats = { iterations: 0, shift: 0 };

type Precond = (r: Float64Array) => Generator<unknown, Float64Array, unknown>;

/** Richardson sweeps x ← x + P⁻¹(b − M x), starting from x = P⁻¹ b (updates `x` in place). */
export function* richardson(
  m: BandedMatrix,
  precond: Precond,
  b: Float64Array,
  x: Float64Array,
  batch: number,
  sweeps: number,
): Generator<unknown, Float64Array, unknown> {
  const mx = takeBuffer(x.length, false);
  const res = takeBuffer(x.length, false);
  for (let it = 0; it < sweeps; it++) {
    bandMatVec(m, x, batch, mx);
    for (let i = 0; i < x.length; i++) res[i] = b[i]! - mx[i]!;
    const dx = yield* precond(res);
    for (let i = 0; i < x.length; i++) x[i] += dx[i]!;
    giveBuffer(dx);
  }
  giveBuffer(mx);
  giveBuffer(res);
  refinementStats.iterations = sweeps;
  return x;
}

/** Per right-hand side dot products of `[batch, per]` vectors. */
function dots(u: Float64Array, v: Float64Array, batch: number, out: Float64Array): Float64Array {
  const per = u.length / batch;
  for (let k = 0; k < batch; k++) {
    let s = 0;
    for (let i = k * per; i < (k + 1) * per; i++) s += u[i]! * v[i]!;
    out[k] = s;
  }
  return out;
}

/** ‖M‖∞ per stored matrix (lower band row sums doubled: an upper bound, enough for a stopping floor). */
function bandNorms(m: BandedMatrix): Float64Array {
  const { batch, N, n, W } = m.layout;
  const rowLen = (W + 1) * n;
  const out = new Float64Array(batch);
  for (let b = 0; b < batch; b++) {
    for (let row = b * N * n; row < (b + 1) * N * n; row++) {
      let s = 0;
      for (let c = 0; c < rowLen; c++) s += Math.abs(m.data[row * rowLen + c]!);
      out[b] = Math.max(out[b]!, 2 * s);
    }
  }
  return out;
}

function maxAbs(a: Float64Array, lo: number, hi: number): number {
  let m = 0;
  for (let i = lo; i < hi; i++) m = Math.max(m, Math.abs(a[i]!));
  return m;
}

/**
 * Preconditioned conjugate gradients for `batch` independent systems M x_k = b_k (each with its own
 * step lengths), starting from x = P⁻¹ b (updated in place and returned). A right-hand side has
 * converged when its true residual satisfies ‖r‖₂ ≤ tol·‖b‖₂, or when ‖r‖∞ is at the Float64
 * rounding floor 2⁻⁴⁸·(‖M‖∞‖x‖∞ + ‖b‖∞) (nothing more can be gained). Throws
 * `NeurlpConvergenceError` when the cap is reached first.
 */
export function* pcg(
  m: BandedMatrix,
  precond: Precond,
  b: Float64Array,
  x: Float64Array,
  batch: number,
  opt: Refinement,
): Generator<unknown, Float64Array, unknown> {
  const len = x.length;
  const per = len / batch;
  const mNorm = bandNorms(m);
  const r = takeBuffer(len, false);
  const q = takeBuffer(len, false);
  const p = takeBuffer(len, false);
  const rOld = takeBuffer(len, false);
  const bNorm = dots(b, b, batch, new Float64Array(batch)).map(Math.sqrt);
  const rz = new Float64Array(batch);
  const tmp = new Float64Array(batch);
  const active = new Uint8Array(batch);
  let z: Float64Array | null = null;
  let iterations = 0;

  /** r = b − M x with the true residual; marks which right-hand sides still need work. */
  const residual = (): number => {
    bandMatVec(m, x, batch, q);
    let open = 0;
    for (let k = 0; k < batch; k++) {
      const lo = k * per;
      const hi = lo + per;
      let s = 0;
      for (let i = lo; i < hi; i++) {
        r[i] = b[i]! - q[i]!;
        s += r[i]! * r[i]!;
      }
      const floor = 2 ** -48 * (mNorm[m.layout.batch === 1 ? 0 : k]! * maxAbs(x, lo, hi) + maxAbs(b, lo, hi));
      const done = Math.sqrt(s) <= opt.tolerance * bNorm[k]! || maxAbs(r, lo, hi) <= floor;
      active[k] = done ? 0 : 1;
      if (!done) open++;
    }
    return open;
  };

  /** z = P⁻¹ r, p = z (a fresh start of the Krylov space from the current x). */
  const restart = function* (): Generator<unknown, void, unknown> {
    if (z) giveBuffer(z);
    z = yield* precond(r);
    p.set(z);
    dots(r, z, batch, rz);
  };

  try {
    let open = residual();
    if (open > 0) yield* restart();
    while (open > 0) {
      if (iterations >= opt.maxIterations) {
        const worst = [...active.keys()].find((k) => active[k]);
        throw new NeurlpConvergenceError(
          `preconditioned CG (Float64 residuals, Float32 factor as preconditioner) did not reach relative residual ${opt.tolerance} in ${opt.maxIterations} iterations (right-hand side ${worst}): the problem is too ill-conditioned for this backend's Float32 factorisation — use the cpu backend (Float64) or raise refine.maxIterations`,
          iterations,
        );
      }
      iterations++;
      bandMatVec(m, p, batch, q);
      dots(p, q, batch, tmp);
      rOld.set(r);
      for (let k = 0; k < batch; k++) {
        if (!active[k]) continue;
        const pq = tmp[k]!;
        if (!(pq > 0)) {
          throw new NeurlpConvergenceError(
            `preconditioned CG met a non-positive curvature pᵀMp = ${pq} (right-hand side ${k}): the normal matrix is not positive definite in Float64 or the Float32 preconditioner is unusable`,
            iterations,
          );
        }
        const alpha = rz[k]! / pq;
        for (let i = k * per; i < (k + 1) * per; i++) {
          x[i] += alpha * p[i]!;
          r[i] -= alpha * q[i]!;
        }
      }
      // convergence is decided on the true residual (the recursive one drifts); `residual` rewrites r
      const before = Uint8Array.from(active);
      open = residual();
      if (open === 0) break;
      // right-hand sides that stopped stay frozen (their r is not used below)
      for (let k = 0; k < batch; k++) if (!before[k]) active[k] = 0;
      const zOld = z!;
      z = yield* precond(r);
      // flexible β = zᵀ(r − r_old) / (r_oldᵀ z_old)
      for (let i = 0; i < len; i++) rOld[i] = r[i]! - rOld[i]!;
      dots(z, rOld, batch, tmp);
      for (let k = 0; k < batch; k++) {
        if (!active[k]) continue;
        const beta = Math.max(0, tmp[k]! / rz[k]!);
        for (let i = k * per; i < (k + 1) * per; i++) p[i] = z[i]! + beta * p[i]!;
      }
      dots(r, z, batch, rz);
      giveBuffer(zOld);
    }
  } finally {
    refinementStats.iterations = iterations;
    if (z) giveBuffer(z);
    for (const a of [r, q, p, rOld]) giveBuffer(a);
  }
  return x;
}

/** A copy of a band with δ·M_ii added to every diagonal entry (for a shifted, definite Float32 factor). */
export function shiftedBand(m: BandedMatrix, delta: number): BandedMatrix {
  const { batch, N, n, W } = m.layout;
  const rowLen = (W + 1) * n;
  const data = m.data instanceof Float32Array ? Float32Array.from(m.data) : Float64Array.from(m.data);
  for (let i = 0; i < batch * N * n; i++) {
    const o = i * rowLen + W * n + (i % n);
    data[o] = data[o]! * (1 + delta);
  }
  return { layout: m.layout, data };
}
