/**
 * The MNN window objective of equation discovery: per window and state component, the NeuRLP solve of
 * u' = Θ(v)ξ_d (coefficients [0, 1, 0], fixed steps, u(0) = v at the window start) must reproduce the observed
 * samples. The left-hand side never changes, so one factor (prepareODE) serves every solve; each training step
 * is substitutions only. Because u is linear in ξ, the same solver also gives the exact least-squares refit
 * ("debias") of the active terms: u = Σ_j ξ_j · solve(Θ_j) + solve(initial).
 */
import { concat, lstsq, type Matrix, matrix, type Tensor, tensor } from "@mechanist/autodiff";
import { odeSolvePreparedAsync, type PreparedODE, prepareODE } from "@mechanist/neurlp";
import type { Library } from "../library.js";
import { type CompressedRows, compressRows } from "./subset.js";
import type { WindowSet } from "./windows.js";

export interface ObjectiveScales {
  /** Per component: RMS of the derivative (rhs scale) and of the state (loss scale). */
  derivative: Float64Array;
  state: Float64Array;
  /** Per term: RMS of the library column on the refined grid. */
  column: Float64Array;
}

export class WindowObjective {
  readonly win: WindowSet;
  readonly library: Library;
  readonly scales: ObjectiveScales;
  private readonly solver: PreparedODE;
  /** Θ on the refined grid with unit-RMS columns, [W·Lf, T]. */
  private readonly thetaHat: Tensor;
  private readonly ivTensor: Tensor;
  private readonly targetFine: Tensor;
  private readonly weightFine: Tensor;
  private readonly count: number;
  private responseCache: Float64Array[] | null = null;
  private ivResponse: Float64Array | null = null;

  private constructor(
    win: WindowSet,
    library: Library,
    scales: ObjectiveScales,
    solver: PreparedODE,
    thetaHat: Tensor,
  ) {
    this.win = win;
    this.library = library;
    this.scales = scales;
    this.solver = solver;
    this.thetaHat = thetaHat;
    const { W, L, Lf, dim, subgrid } = win;
    const iv = new Float64Array(W * dim);
    const target = new Float64Array(W * dim * Lf);
    const weight = new Float64Array(W * dim * Lf);
    for (let w = 0; w < W; w++) {
      for (let d = 0; d < dim; d++) {
        iv[w * dim + d] = win.initial[w * dim + d];
        for (let s = 0; s < L; s++) {
          target[(w * dim + d) * Lf + s * subgrid] = win.targets[(w * L + s) * dim + d];
          weight[(w * dim + d) * Lf + s * subgrid] = 1 / scales.state[d];
        }
      }
    }
    this.ivTensor = tensor(iv, [W * dim, 1, 1, 1]);
    this.targetFine = tensor(target, [W * dim, Lf, 1]);
    this.weightFine = tensor(weight, [W * dim, Lf, 1]);
    this.count = W * dim * L;
  }

  static async create(
    win: WindowSet,
    library: Library,
    stateScale: Float64Array,
    derivativeScale: Float64Array,
    backend?: string,
  ): Promise<WindowObjective> {
    const { W, Lf, dim } = win;
    const T = library.size;
    const states: Float64Array[] = [];
    for (let i = 0; i < W * Lf; i++) states.push(win.fineStates.subarray(i * dim, (i + 1) * dim));
    const theta = library.evaluate(states);
    const column = new Float64Array(T);
    for (let i = 0; i < W * Lf; i++) for (let j = 0; j < T; j++) column[j] += theta.data[i * T + j] ** 2;
    for (let j = 0; j < T; j++) column[j] = Math.sqrt(column[j] / (W * Lf)) || 1;
    for (let i = 0; i < W * Lf; i++) for (let j = 0; j < T; j++) theta.data[i * T + j] /= column[j];
    const B = W * dim;
    let steps: Float64Array;
    let stepShape: number[];
    if (win.uniform) {
      steps = win.steps.slice(0, Lf - 1);
      stepShape = [1, Lf - 1];
    } else {
      steps = new Float64Array(B * (Lf - 1));
      for (let w = 0; w < W; w++)
        for (let d = 0; d < dim; d++)
          steps.set(win.steps.subarray(w * (Lf - 1), (w + 1) * (Lf - 1)), (w * dim + d) * (Lf - 1));
      stepShape = [B, Lf - 1];
    }
    const solver = await prepareODE(
      {
        coefficients: { shape: [1, 1, 1, 1, 3], data: [0, 1, 0] },
        steps: { shape: stepShape, data: steps },
        nIvSteps: 1,
        nIv: 1,
        batch: B,
      },
      { backend },
    );
    return new WindowObjective(
      win,
      library,
      { derivative: derivativeScale, state: stateScale, column },
      solver,
      tensor(theta.data, [W * Lf, T]),
    );
  }

  /** rms(Θ_j)/rms(dx_d/dt) per term: turns a coefficient into its relative contribution to equation d. */
  contributionScale(d: number): Float64Array {
    return Float64Array.from(this.scales.column, (c) => c / this.scales.derivative[d]);
  }

  /** Normalised parameter ξ̂[j, d] = ξ[j, d] · column_j / derivative_d (O(1) whatever the units). */
  toNormalised(coefficients: readonly (readonly number[])[]): Float64Array {
    const T = this.library.size;
    const { dim } = this.win;
    const out = new Float64Array(T * dim);
    for (let d = 0; d < dim; d++)
      for (let j = 0; j < T; j++)
        out[j * dim + d] = (coefficients[d][j] * this.scales.column[j]) / this.scales.derivative[d];
    return out;
  }

  fromNormalised(xiHat: ArrayLike<number>): number[][] {
    const T = this.library.size;
    const { dim } = this.win;
    return Array.from({ length: dim }, (_, d) =>
      Array.from(
        { length: T },
        (_, j) => (xiHat[j * dim + d] * this.scales.derivative[d]) / this.scales.column[j],
      ),
    );
  }

  /** Differentiable loss: mean over samples of ((u − x)/scale_d)² for normalised coefficients [T, dim]. */
  async loss(xiHat: Tensor, mask: Tensor): Promise<Tensor> {
    const { W, Lf, dim } = this.win;
    const rhs = this.thetaHat
      .matmul(xiHat.mul(mask))
      .mul(tensor(this.scales.derivative, [1, dim]))
      .reshape([W, Lf, dim])
      .permute([0, 2, 1])
      .reshape([W * dim, Lf, 1]);
    const u = await odeSolvePreparedAsync(this.solver, rhs, this.ivTensor);
    const value = u.slice([0, 0, 0, 0], [W * dim, Lf, 1, 1]).reshape([W * dim, Lf, 1]);
    return value
      .sub(this.targetFine)
      .mul(this.weightFine)
      .square()
      .sum()
      .mul(1 / this.count);
  }

  /**
   * The published loss with a state estimate v [W, L, dim] (the denoiser's output): Θ(v) on the refined grid
   * (linear interpolation between samples), u(0) = v at the window start; MSE(u, x) + MSE(v, x), both scaled per
   * component. Polynomial libraries only (Θ is built from tensor products so that gradients reach v).
   */
  async lossWithStates(xiHat: Tensor, mask: Tensor, v: Tensor): Promise<Tensor> {
    const { W, L, Lf, dim, subgrid } = this.win;
    let fine = v;
    if (subgrid > 1) {
      const p = new Float64Array(L * Lf);
      for (let s = 0; s < L - 1; s++)
        for (let r = 0; r < subgrid; r++) {
          const f = r / subgrid;
          p[s * Lf + s * subgrid + r] += 1 - f;
          p[(s + 1) * Lf + s * subgrid + r] += f;
        }
      p[(L - 1) * Lf + Lf - 1] = 1;
      fine = v
        .permute([0, 2, 1])
        .reshape([W * dim, L])
        .matmul(tensor(p, [L, Lf]))
        .reshape([W, dim, Lf])
        .permute([0, 2, 1]);
    }
    const flat = fine.reshape([W * Lf, dim]);
    const columns = this.library.terms.map((term, j) => {
      let c: Tensor = tensor(new Float64Array(W * Lf).fill(1 / this.scales.column[j]), [W * Lf, 1]);
      (term.exponents ?? []).forEach((e, d) => {
        for (let q = 0; q < e; q++) c = c.mul(flat.slice([0, d], [W * Lf, 1]));
      });
      return c;
    });
    const theta = concat(columns, 1);
    const rhs = theta
      .matmul(xiHat.mul(mask))
      .mul(tensor(this.scales.derivative, [1, dim]))
      .reshape([W, Lf, dim])
      .permute([0, 2, 1])
      .reshape([W * dim, Lf, 1]);
    const iv = v.slice([0, 0, 0], [W, 1, dim]).reshape([W * dim, 1, 1, 1]);
    const u = await odeSolvePreparedAsync(this.solver, rhs, iv);
    const value = u.slice([0, 0, 0, 0], [W * dim, Lf, 1, 1]).reshape([W * dim, Lf, 1]);
    const fitLoss = value
      .sub(this.targetFine)
      .mul(this.weightFine)
      .square()
      .sum()
      .mul(1 / this.count);
    const targets = tensor(this.win.targets, [W, L, dim]);
    const inverseScale = tensor(
      Float64Array.from(this.scales.state, (x) => 1 / x),
      [1, 1, dim],
    );
    const denoiseLoss = v.sub(targets).mul(inverseScale).square().mean();
    return fitLoss.add(denoiseLoss);
  }

  /** Solver responses at the samples, per term: [W, L] each (the same for every component). */
  private responses(): { terms: Float64Array[]; iv: Float64Array } {
    if (!this.responseCache || !this.ivResponse)
      throw new Error("WindowObjective.refit: await prepareRefit() first (the solves may be asynchronous)");
    return { terms: this.responseCache, iv: this.ivResponse };
  }

  /** Solve for the per-term responses `refit` needs (once; on any backend, asynchronous ones included). */
  async prepareRefit(): Promise<void> {
    if (this.responseCache && this.ivResponse) return;
    const { W, L, Lf, dim, subgrid } = this.win;
    const T = this.library.size;
    const theta = this.thetaHat.data;
    const pick = (u: Float64Array): Float64Array => {
      const out = new Float64Array(W * L);
      // batch element (w, d = 0); u is [W·dim, Lf, 1, 3]
      for (let w = 0; w < W; w++)
        for (let s = 0; s < L; s++) out[w * L + s] = u[(w * dim * Lf + s * subgrid) * 3];
      return out;
    };
    const zerosIv = new Float64Array(W * dim);
    const terms: Float64Array[] = [];
    for (let j = 0; j < T; j++) {
      const rhs = new Float64Array(W * dim * Lf);
      for (let w = 0; w < W; w++)
        for (let s = 0; s < Lf; s++)
          rhs[w * dim * Lf + s] = theta[(w * Lf + s) * T + j] * this.scales.column[j];
      const { u } = await this.solver.solveAsync({
        rhs: { shape: [W * dim, Lf, 1], data: rhs },
        initial: { shape: [W * dim, 1, 1, 1], data: zerosIv },
      });
      terms.push(pick(u.data));
    }
    const ones = new Float64Array(W * dim).fill(1);
    const { u } = await this.solver.solveAsync({
      rhs: { shape: [W * dim, Lf, 1], data: new Float64Array(W * dim * Lf) },
      initial: { shape: [W * dim, 1, 1, 1], data: ones },
    });
    this.responseCache = terms;
    this.ivResponse = pick(u.data);
  }

  /** Residual count of `refit` per component: the samples after each window's first. */
  get rows(): number {
    return this.win.W * (this.win.L - 1);
  }

  /**
   * Exact minimiser of the window objective for component d over the active terms (original units), and the
   * residual sum of squares. Rows are the samples after each window's first (which the initial row pins).
   */
  refit(d: number, active: readonly boolean[]): { coefficients: number[]; rss: number } {
    const cols = active.flatMap((a, j) => (a ? [j] : []));
    const { a, b } = this.regressionOf(d, cols);
    const rows = a.rows;
    const coefficients = new Array<number>(this.library.size).fill(0);
    let rss = 0;
    if (cols.length > 0) {
      const x = lstsq(a, b);
      cols.forEach((j, c) => {
        coefficients[j] = x.data[c];
      });
      for (let r = 0; r < rows; r++) {
        let p = 0;
        for (let c = 0; c < cols.length; c++) p += a.data[r * cols.length + c] * x.data[c];
        rss += (b.data[r] - p) ** 2;
      }
    } else {
      for (let r = 0; r < rows; r++) rss += b.data[r] ** 2;
    }
    return { coefficients, rss };
  }

  /** The whole regression of component d compressed by QR (subset.ts): any subset refit in O(T³). */
  compressed(d: number): CompressedRows {
    const { a, b } = this.regression(d);
    return compressRows(a, b.data);
  }

  /**
   * The linear regression behind `refit`: solver responses of the columns `cols` (default all) and the targets.
   * Window w owns rows w·(L − 1) … (w + 1)·(L − 1) − 1.
   */
  regression(
    d: number,
    cols: readonly number[] = Array.from({ length: this.library.size }, (_, j) => j),
  ): { a: Matrix; b: Matrix } {
    return this.regressionOf(d, cols);
  }

  private regressionOf(d: number, cols: readonly number[]): { a: Matrix; b: Matrix } {
    const { W, L, dim } = this.win;
    const { terms, iv } = this.responses();
    const rows = W * (L - 1);
    const a = matrix(rows, cols.length);
    const b = matrix(rows, 1);
    for (let w = 0; w < W; w++) {
      const x0 = this.win.initial[w * dim + d];
      for (let s = 1; s < L; s++) {
        const r = w * (L - 1) + s - 1;
        b.data[r] = this.win.targets[(w * L + s) * dim + d] - iv[w * L + s] * x0;
        cols.forEach((j, c) => {
          a.data[r * cols.length + c] = terms[j][w * L + s];
        });
      }
    }
    return { a, b };
  }

  dispose(): void {
    this.solver.dispose();
  }
}
