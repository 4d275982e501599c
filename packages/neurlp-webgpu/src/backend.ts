import type {
  BandedFactor,
  BandedMatrix,
  BandLayout,
  FloatArray,
  LhsProblem,
  NeurlpBackend,
  RhsProblem,
} from "@mechanist/neurlp";
import { NeurlpBackendError } from "@mechanist/neurlp";
import { type CyclicFactor, factorCyclic, substituteCyclic } from "./cyclic.js";
import { type DeviceOptions, GpuContext } from "./device.js";
import { pack, unpack } from "./pack.js";
import { factorSequential, type SequentialFactor, substituteSequential } from "./sequential.js";
import { type Arithmetic, wordsPer } from "./wgsl/arith.js";
import { assembleMatrixWgsl, assembleRhsWgsl } from "./wgsl/assemble.js";
import type { ShapeClass } from "./wgsl/shape.js";

export type Solver = "auto" | "sequential" | "cyclic-reduction";

export interface WebGPUBackendOptions extends DeviceOptions {
  /**
   * Kernel arithmetic. "df32" (default): double-float pairs (~44-bit significand), needed for the
   * ill-conditioned normal matrices (cond 1e8–1e10) to factor at all. "f32": plain single precision,
   * faster, good for well-conditioned problems only (see README for measured accuracy).
   */
  arithmetic?: Arithmetic;
  /**
   * Factorisation algorithm. "sequential": banded Cholesky, one invocation per matrix (best for
   * large batches). "cyclic-reduction": block cyclic reduction, O(log N) dispatch depth, parallel
   * over time (best for long sequences and small batches). "auto" (default) picks by shape.
   */
  solver?: Solver;
  /** Registry name (default "webgpu"). */
  name?: string;
}

export interface WebGPUFactor extends BandedFactor {
  readonly impl: SequentialFactor | CyclicFactor;
  released: boolean;
}

/**
 * "auto": block cyclic reduction when the batch of distinct matrices is too small to keep the device
 * busy with one invocation per matrix and the sequence is long enough for log₂ N levels to pay off
 * (thresholds from the bench on lavapipe; see README).
 */
export function chooseSolver(solver: Solver, layout: BandLayout): "sequential" | "cyclic-reduction" {
  if (solver !== "auto") return solver;
  return layout.batch <= AUTO_MAX_BATCH && layout.N >= AUTO_MIN_N ? "cyclic-reduction" : "sequential";
}
export const AUTO_MAX_BATCH = 4;
export const AUTO_MIN_N = 1024;

export interface WebGPUBackend extends NeurlpBackend {
  readonly arithmetic: Arithmetic;
  readonly solver: Solver;
  /** The algorithm the last `factor` call ran (null before the first); "auto" decides per shape. */
  readonly lastSolver: "sequential" | "cyclic-reduction" | null;
  /** Adapter description, e.g. "mesa / software / llvmpipe…". */
  readonly adapter: string;
  readonly context: GpuContext;
}

function shapeOf(dims: { D: number; K: number; E: number }, W: number, arith: Arithmetic): ShapeClass {
  return { arith, n: dims.D * dims.K, W, D: dims.D, K: dims.K, E: dims.E };
}

function invFactorials(K: number): number[] {
  const out = [1];
  for (let i = 1; i < K; i++) out.push(out[i - 1]! / i);
  return out;
}

/** Create a WebGPU backend (acquires an adapter and a device; throws WebGPUUnavailableError if there is none). */
export async function createWebGPUBackend(options: WebGPUBackendOptions = {}): Promise<WebGPUBackend> {
  const arith = options.arithmetic ?? "df32";
  const solver = options.solver ?? "auto";
  if (arith !== "f32" && arith !== "df32") {
    throw new NeurlpBackendError(`webgpu: arithmetic must be "f32" or "df32", got ${JSON.stringify(arith)}`);
  }
  if (!["auto", "sequential", "cyclic-reduction"].includes(solver)) {
    throw new NeurlpBackendError(
      `webgpu: solver must be "auto", "sequential" or "cyclic-reduction", got ${JSON.stringify(solver)}`,
    );
  }
  const ctx = await GpuContext.create(options);
  const name = options.name ?? "webgpu";
  const words = wordsPer(arith);
  let lastSolver: "sequential" | "cyclic-reduction" | null = null;

  async function assembleMatrix(lhs: LhsProblem): Promise<BandedMatrix> {
    const { dims } = lhs;
    const W = lhs.smoothness === "central" ? 2 : 1;
    const layout: BandLayout = {
      batch: Math.max(lhs.coefficients.batch, lhs.steps.batch),
      N: dims.N,
      n: dims.D * dims.K,
      W,
    };
    const sc = shapeOf(dims, W, arith);
    const pipe = await ctx.pipeline(`assemble/${arith}/${dims.D}/${dims.K}/${dims.E}/${W}`, () =>
      assembleMatrixWgsl(sc, W === 2),
    );
    const w = lhs.weights;
    const coef = ctx.upload(pack(lhs.coefficients.data, arith));
    const steps = ctx.upload(pack(lhs.steps.data, arith));
    const cst = ctx.upload(
      pack([w.equation ** 2, w.initial ** 2, w.smoothness ** 2, ...invFactorials(dims.K)], arith),
    );
    const count = layout.batch * layout.N * layout.n * (W + 1) * layout.n;
    const band = ctx.acquire(count * words * 4);
    const params = ctx.uniform(
      [
        layout.batch,
        dims.N,
        dims.nIvSteps,
        dims.nIv,
        lhs.coefficients.batch,
        lhs.coefficients.time,
        lhs.steps.batch,
        0,
      ],
      7,
    );
    const out = await ctx.runAndRead(
      (enc) => {
        const pass = enc.beginComputePass();
        ctx.dispatch(pass, pipe, ctx.bind(pipe, [params, coef, steps, cst, band]), layout.batch * dims.N);
        pass.end();
      },
      band,
      count * words * 4,
    );
    params.destroy();
    ctx.release(coef, steps, cst, band);
    // df32: returned as Float64 (hi + lo, ~1e-15 relative per entry), so the core equilibrates and
    // hands `factor` the band at full precision and its refinement residuals use this same band.
    // f32: returned as Float32 (the core then assembles its own Float64 band for the residuals).
    return { layout, data: unpack(new Float32Array(out), arith) };
  }

  async function assembleRhs(p: RhsProblem): Promise<FloatArray> {
    const { dims } = p;
    const sc = shapeOf(dims, 1, arith);
    const pipe = await ctx.pipeline(`rhs/${arith}/${dims.D}/${dims.K}/${dims.E}`, () => assembleRhsWgsl(sc));
    const w = p.weights;
    const coef = ctx.upload(pack(p.coefficients.data, arith));
    const rhs = ctx.upload(pack(p.rhs.data, arith));
    const initial = ctx.upload(pack(p.initial.data, arith));
    const cst = ctx.upload(pack([w.equation ** 2, w.initial ** 2, w.smoothness ** 2], arith));
    const count = dims.B * dims.N * dims.D * dims.K;
    const beta = ctx.acquire(count * words * 4);
    const params = ctx.uniform(
      [
        dims.B,
        dims.N,
        dims.nIvSteps,
        dims.nIv,
        p.coefficients.batch,
        p.coefficients.time,
        p.rhs.batch,
        p.rhs.time,
        p.initial.batch,
        0,
        0,
        0,
      ],
      9,
    );
    const out = await ctx.runAndRead(
      (enc) => {
        const pass = enc.beginComputePass();
        ctx.dispatch(pass, pipe, ctx.bind(pipe, [params, coef, rhs, initial, cst, beta]), dims.B * dims.N);
        pass.end();
      },
      beta,
      count * words * 4,
    );
    params.destroy();
    ctx.release(coef, rhs, initial, cst, beta);
    return unpack(new Float32Array(out), arith);
  }

  async function factor(matrix: BandedMatrix): Promise<WebGPUFactor> {
    ctx.check();
    lastSolver = chooseSolver(solver, matrix.layout);
    const impl =
      lastSolver === "cyclic-reduction"
        ? await factorCyclic(ctx, matrix.layout, arith, matrix.data)
        : await factorSequential(ctx, matrix.layout, arith, ctx.upload(pack(matrix.data, arith)));
    return { layout: matrix.layout, backend: name, impl, released: false };
  }

  /** Records the substitution passes into one compute pass, runs it, reads `x` back, frees the temporaries. */
  async function runSubstitution(
    record: (pass: GPUComputePassEncoder) => GPUBuffer[],
    x: GPUBuffer,
    bytes: number,
  ): Promise<ArrayBuffer> {
    let temps: GPUBuffer[] = [];
    const out = await ctx.runAndRead(
      (enc) => {
        const pass = enc.beginComputePass();
        temps = record(pass);
        pass.end();
      },
      x,
      bytes,
    );
    for (const t of temps) t.destroy();
    return out;
  }

  /** The core has checked the sizes and that `f` is a live factor of this backend (NeurlpBackend.solve). */
  async function solve(f: BandedFactor, rhs: FloatArray, batch: number): Promise<FloatArray> {
    const wf = f as WebGPUFactor;
    if (wf.impl.kind === "cyclic-reduction") return solveCyclic(wf, wf.impl, rhs, batch);
    // sized by the factor, never by the argument: pooled buffers hold earlier data past what the
    // kernel writes, and none of it may come back
    const size = batch * wf.layout.N * wf.layout.n;
    const bytes = size * words * 4;
    const r = ctx.upload(pack(rhs.length === size ? rhs : rhs.subarray(0, size), arith));
    const x = ctx.acquire(bytes);
    const record = await substituteSequential(ctx, wf.layout, arith, wf.impl, r, x, batch);
    const out = await runSubstitution(record, x, bytes);
    ctx.release(r, x);
    return unpack(new Float32Array(out), arith);
  }

  async function solveCyclic(
    wf: WebGPUFactor,
    impl: CyclicFactor,
    rhs: FloatArray,
    batch: number,
  ): Promise<FloatArray> {
    const per = wf.layout.N * wf.layout.n;
    const padded = impl.Nb * impl.m;
    // [batch, N·n] → [batch, Nb·m]: the same order, zero-padded past N when W does not divide N
    const src = padded === per ? rhs : new Float64Array(batch * padded);
    if (src !== rhs)
      for (let b = 0; b < batch; b++) src.set(rhs.subarray(b * per, (b + 1) * per), b * padded);
    const bytes = batch * padded * words * 4;
    const x = ctx.upload(pack(src, arith));
    const record = await substituteCyclic(ctx, wf.layout, arith, impl, x, batch);
    const out = await runSubstitution(record, x, bytes);
    ctx.release(x);
    const all = unpack(new Float32Array(out), arith);
    if (padded === per) return all;
    const res = new Float64Array(batch * per);
    for (let b = 0; b < batch; b++) res.set(all.subarray(b * padded, b * padded + per), b * per);
    return res;
  }

  function releaseFactor(f: BandedFactor): void {
    const wf = f as WebGPUFactor;
    if (wf.released) return;
    wf.released = true;
    const impl = wf.impl;
    if (impl.kind === "sequential") ctx.release(impl.L, impl.invDiag);
    else ctx.release(impl.A, impl.B, impl.Z, impl.invDiag);
  }

  return {
    name,
    precision: 32,
    // "auto" counts as parallel in time: it runs cyclic reduction exactly for the shapes where that
    // matters (few matrices, long sequences); `lastSolver` says what the last `factor` used.
    // wgsl/assemble.ts writes these row types; for others the core assembles on the host
    features: {
      parallelInTime: solver !== "sequential",
      synchronous: false,
      assembles: ["central", "continuous"],
    },
    get lastSolver() {
      return lastSolver;
    },
    arithmetic: arith,
    solver,
    adapter: ctx.adapterInfo,
    context: ctx,
    assembleMatrix,
    assembleRhs,
    factor,
    solve,
    releaseFactor,
    dispose: () => ctx.destroy(),
  };
}
