/**
 * The backend contract: the whole set of batched kernels a NeuRLP backend implements.
 *
 * The core (problem parsing, validation, equilibration, iterative refinement, the implicit-
 * differentiation backward pass, the factor cache, workers) is written once against this interface.
 * Backends never implement gradients: the backward pass is one more `solve` with the saved factor
 * followed by an analytic chain rule in the core (see `src/core/gradients.ts`).
 *
 * Notation (README, "Formulation"): B batch, N grid points, E equations, D state dimensions, K = p + 1
 * stored derivative orders (k = 0 is u, k = p the top derivative), n = D·K unknowns per grid point,
 * ordered (dim, order): index `d * K + k`. The unknown vector of one batch element is N blocks of
 * size n, ordered (step, dim, order), so the solution `u [B, N, D, K]` is that vector as is.
 *
 * All arrays are dense, row-major, with no padding. A batch or time axis of size 1 broadcasts.
 *
 * Call sequence used by the core for one solve:
 *   m    = assembleMatrix(lhs)              // normal matrix Aᵀ W² A, block band      [Bm, N, n, (W+1)n]
 *   beta = assembleRhs(problem)             // normal right-hand side Aᵀ W² b         [B, N, n]
 *   f    = factor(m)                        // Cholesky/LDLᵀ, sequential in time, kept for backward
 *          (or f = assembleAndFactor(lhs), when the backend has it and the core needs no band)
 *   u    = solve(f, beta, B)                // forward + back substitution            [B, N, n]
 *   backward: z = solve(f, dL/du, B), then the core chains z and u to every input (no kernel).
 *
 * What the core does, so a backend does not have to:
 *   - parses and validates every input (shapes, NaN, step sizes) before any kernel runs, and checks
 *     each `solve` call's arguments (rhs length B·N·n, factor batch 1 or B, factor not released);
 *   - assembles on the host in Float64 when a backend leaves out `assembleMatrix` / `assembleRhs`
 *     (only `factor` and `solve` are required);
 *   - runs the kernels synchronously or awaits them, as `features.synchronous` declares.

 * Float32 backends: the core does two things for them (both in Float64 on the host, driven by
 * `precision: 32`, overridable with the `equilibrate` / `iterativeRefinement` solve options):
 *   - Jacobi equilibration: it scales the band to S M S with S = diag(M)^(-1/2) *before* calling
 *     `factor`, and wraps every `solve` as S · solve(f, S · r). Backends see a unit-diagonal matrix.
 *   - Refinement (src/core/refine.ts): preconditioned conjugate gradients on M u = beta with Float64
 *     residuals (a Float64 band the core assembles itself when the backend returned Float32) and the
 *     backend's Float32 `solve` as the preconditioner, to a relative residual of 1e-12 (or
 *     NeurlpConvergenceError); `iterativeRefinement: k` selects k Richardson sweeps instead. If `factor` throws
 *     NeurlpSingularError, the core checks definiteness in Float64 on the host (its own banded
 *     Cholesky): a singular M is reported as such; a definite one is factored as M + δ·diag(M)
 *     instead (δ from 2⁻²³) and PCG against the exact M recovers the accuracy. The adjoint uses the same solve.
 * So a Float32 backend only has to make its kernels fast and stable; it may also return Float32Array
 * results (the core converts). It must not return NaN silently: non-finite pivots are errors.
 */

export type FloatArray = Float64Array | Float32Array;
export type MaybePromise<T> = T | Promise<T>;

/** Which smoothness rows are used (README, "Formulation": central-difference or continuous top derivative). */
export type Smoothness = "central" | "continuous";

/** Row weights w (rows are multiplied by w, so M gets w²). Defaults 1. */
export interface RowWeights {
  readonly equation: number;
  readonly initial: number;
  readonly smoothness: number;
}

/** Problem sizes. `nIvSteps` leading grid points have initial rows for orders `0..nIv-1`. */
export interface ProblemDims {
  readonly B: number;
  readonly N: number;
  readonly E: number;
  readonly D: number;
  readonly K: number;
  readonly nIvSteps: number;
  readonly nIv: number;
}

/**
 * A Float64 input with possibly broadcast leading axes. `batch` is 1 or B; `time` is 1 or the full
 * size of the input's time axis (N for coefficients and rhs). Broadcast axes are not materialised.
 */
export interface BroadcastArray {
  readonly data: Float64Array;
  readonly batch: number;
  readonly time: number;
}

/** What the left-hand side (the normal matrix) depends on. */
export interface LhsProblem {
  readonly dims: ProblemDims;
  readonly smoothness: Smoothness;
  readonly weights: RowWeights;
  /** `[batch, time, E, D, K]`: `c[e, s, d, k]` multiplies `u_{s,d,k}` in equation row (e, s). */
  readonly coefficients: BroadcastArray;
  /** `[batch, N − 1]` (`time` = N − 1): `h_s` is the gap between grid points s and s + 1. All > 0. */
  readonly steps: BroadcastArray;
}

/** What the normal right-hand side depends on (smoothness rows have right-hand side 0). */
export interface RhsProblem {
  readonly dims: ProblemDims;
  readonly weights: RowWeights;
  /** `[batch, time, E, D, K]`, as in `LhsProblem`. */
  readonly coefficients: BroadcastArray;
  /** `[batch, time, E]`: right-hand side of equation row (e, s). */
  readonly rhs: BroadcastArray;
  /** `[batch, nIvSteps, D, nIv]` (`time` = nIvSteps): `u_{s,d,k} = initial[s, d, k]` for s < nIvSteps, k < nIv. */
  readonly initial: BroadcastArray;
}

export type OdeProblem = LhsProblem & RhsProblem;

/**
 * Shape of a block-banded symmetric matrix (or its factor).
 * `batch`: number of distinct matrices — 1 when coefficients and steps both broadcast over the batch
 * (then one factor serves every batch element), else B.
 * `W`: bandwidth in blocks — 2 with central rows (block pentadiagonal), 1 without (block tridiagonal).
 */
export interface BandLayout {
  readonly batch: number;
  readonly N: number;
  /** Block size n = D·K. */
  readonly n: number;
  readonly W: number;
}

/**
 * Row-band storage of the lower block band of the symmetric normal matrix M.
 *
 * `data` has shape `[batch, N, n, (W+1)·n]`: for grid point s and row r of its block (global row
 * i = s·n + r) the last dimension holds the n·(W+1) consecutive columns
 * (s − W)·n … (s + 1)·n − 1 of row i, i.e. column block j ∈ 0..W is the block of step s − W + j:
 *
 *   data[b, s, r, j·n + c] = M[(s, r), (s − W + j, c)]
 *
 * so j = W is the diagonal block (stored in full, both triangles, symmetric), j = W − 1 is
 * M[s, s−1], j = W − 2 is M[s, s−2]. Entries referring to steps < 0 are 0. Entries strictly right of
 * the diagonal (j = W, c > r) duplicate the lower triangle; `factor` must only read c ≤ r there.
 */
export interface BandedMatrix {
  readonly layout: BandLayout;
  readonly data: FloatArray;
}

/**
 * A backend-owned factorisation of a `BandedMatrix` (opaque to the core: it may live on a GPU). The
 * core only reads `layout` and passes the object back to the same backend's `solve`/`releaseFactor`.
 */
export interface BandedFactor {
  readonly layout: BandLayout;
  readonly backend: string;
}

export interface BackendFeatures {
  /** `factor`/`solve` use a parallel-in-time algorithm (block cyclic reduction), O(log N) depth. */
  readonly parallelInTime: boolean;
  /**
   * The smoothness row types this backend's own `assembleMatrix` / `assembleAndFactor` implement;
   * for any other the core assembles the band on the host instead, so a row type added to the core
   * works on every backend at once. Leave out to mean every type (a backend without assembly
   * kernels has nothing to declare).
   */
  readonly assembles?: readonly Smoothness[];
  /**
   * Every kernel returns its result directly, never a Promise. The core reads this to choose its
   * path: true runs the kernel sequence without a single await (and enables the synchronous entry
   * points: the Tensor ops `odeSolve` / `odeSolvePrepared`, `PreparedODE.solve`, and `workers > 1`, whose threads run the
   * kernels synchronously); false awaits every kernel, and the synchronous entry points refuse the
   * backend up front with a typed error (`odeSolveAsync` / `odeSolvePreparedAsync` run on either). Declaring true and returning a Promise is a
   * `NeurlpBackendError` (the conformance suite's `synchronous-honest` case checks it).
   */
  readonly synchronous: boolean;
}

export interface NeurlpBackend {
  /** Registry name, e.g. "cpu", "webgpu", "tfjs". */
  readonly name: string;
  /**
   * Working precision of the kernels (64: Float64; 32: Float32 or emulated, e.g. WebGL/WebGPU/tfjs);
   * selects conformance tolerances and the core's Float32 aids.
   */
  readonly precision: 32 | 64;
  readonly features: BackendFeatures;

  /**
   * Optional (default: the core's Float64 host assembly). Assemble the normal matrix M = Aᵀ W² A of
   * every batch element directly in block-band form (never a dense N·n square). Rows (README, "Formulation"): equation rows, initial rows (identity,
   * weight `initial`), forward/backward Taylor rows (orders 0..p−1, plus order p for "continuous")
   * and, for "central", the central-difference rows of the top derivative.
   * Output `layout.batch` = max(coefficients.batch, steps.batch); `layout.W` = 2 for "central", 1 else.
   */
  assembleMatrix?(lhs: LhsProblem): MaybePromise<BandedMatrix>;

  /**
   * Optional (default: the core's Float64 host assembly). Assemble the normal right-hand side
   * Aᵀ W² b: shape `[B, N, n]`,
   * beta[b, s, d·K + k] = w_eq² Σ_e c[e, s, d, k]·rhs[e, s] + w_iv² · initial[s, d, k] (s < nIvSteps, k < nIv).
   * Like every array a kernel returns, it belongs to the caller afterwards (the core may recycle it).
   */
  assembleRhs?(problem: RhsProblem): MaybePromise<FloatArray>;

  /**
   * Factor every matrix of the batch (block-banded Cholesky or LDLᵀ; O(N·n³) time per matrix).
   * A pivot that is ≤ 0 (relative to the diagonal, at the backend's precision) or non-finite must
   * throw `NeurlpSingularError(message, batch, step, row, pivot)` naming the batch element and step.
   * The backend owns `matrix.data` from here on and may factor it in place (the core keeps its own
   * copy when it needs M later, e.g. for refinement residuals).
   */
  factor(matrix: BandedMatrix): MaybePromise<BandedFactor>;

  /**
   * Optional: `factor(assembleMatrix(lhs))` in one kernel, for backends that assemble the rows of
   * each grid point and factor them while they are hot instead of materialising the band. The core
   * uses it when it does not need the band itself (no equilibration, no refinement). Same errors as
   * `factor`; the result must agree with the two-kernel path to rounding.
   */
  assembleAndFactor?(lhs: LhsProblem): MaybePromise<BandedFactor>;

  /**
   * Optional: the whole forward solve, `u = solve(assembleAndFactor(p), assembleRhs(p), B)`, in one
   * kernel, for backends that solve each system while its factor is still in cache. Returns the
   * factor (kept for the backward) and u `[B, N, n]` (the caller's). Used under the same conditions
   * as `assembleAndFactor`; same errors; must agree with the separate kernels to rounding.
   */
  assembleFactorSolve?(problem: OdeProblem): MaybePromise<{ factor: BandedFactor; u: FloatArray }>;

  /**
   * Solve M x = rhs for `batch` right-hand sides, `rhs` and the result both `[batch, N, n]`.
   * When `factor.layout.batch` is 1 the single factor is used for every right-hand side; otherwise
   * it equals `batch` and right-hand side b uses factor b. The core has checked these sizes and that
   * the factor was not released. Must not modify `rhs`. The returned array belongs to the caller
   * (the core may recycle it).
   */
  solve(factor: BandedFactor, rhs: FloatArray, batch: number): MaybePromise<FloatArray>;

  /**
   * Free (or recycle) the memory of a factor the core will not use again: after the backward of a
   * Tensor op, on `OdeSolution.dispose()` / `PreparedODE.dispose()`, after a worker job. Optional.
   */
  releaseFactor?(factor: BandedFactor): void;
  /** Free everything the backend holds (called by `disposeBackends`). */
  dispose?(): MaybePromise<void>;
}

/** Creates a backend; may be async (device acquisition). Throwing means "not available here". */
export type BackendFactory = () => NeurlpBackend | Promise<NeurlpBackend>;
