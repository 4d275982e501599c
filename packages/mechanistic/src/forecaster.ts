/**
 * MechanisticForecaster: learns from a multivariate series with sliding windows. A MechanisticBlock reads the
 * last `lookback` (normalised) samples and produces, per channel, an ODE whose solution from the last observed
 * value — and, for order ≥ 2, the slope at the window's end (a local quadratic fit) — gives the next `horizon`
 * samples. `rollout` predicts further autoregressively.
 *
 * The coefficient head starts at u'' = 0 (small weights, bias on the top derivative), so an untrained forecaster
 * extrapolates linearly from the observed value and slope; training only has to learn the curvature. Without
 * the slope the network had to infer u'(0) itself and 30 epochs did not beat persistence.
 */

import { Adam, noGrad, type Tensor, tensor } from "@mechanist/autodiff";
import { MechanisticBlock } from "./block.js";
import { assertFiniteArray, MechanisticInputError } from "./errors.js";
import { fingerprint } from "./fingerprint.js";
import { type EpochInfo, type FitOptions, type FitResult, fitAsync, fit as runFit } from "./fit.js";
import { checkOptionKeys, FORECASTER_KEYS } from "./option-keys.js";
import { meanAndSpread } from "./scale.js";

export interface ForecasterOptions {
  /** Samples the model reads (default 16). */
  lookback?: number;
  /** Samples predicted per step (default 8). */
  horizon?: number;
  /** ODE order per channel (default 2). */
  order?: number;
  hidden?: number[];
  /** Solver step between samples (default 0.1; the networks learn the time scale). */
  h0?: number;
  seed?: number;
  backend?: string;
  /** Pin the slope at the window's end as a second initial value (default true when order ≥ 2). */
  initialSlope?: boolean;
  /** Samples of the local quadratic fit that estimates the slope (default min(lookback, 5)). */
  slopeWindow?: number;
}

/** Weights w with Σ w_i x_{m−1−i}... : derivative at the last of m equally spaced samples from a quadratic fit. */
function endSlopeWeights(m: number): Float64Array {
  // Least squares on s = −(m−1)..0 with basis [1, s, s²]; the slope at s = 0 is the second coefficient.
  const ata = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  const deg = m >= 3 ? 3 : 2;
  for (let i = 0; i < m; i++) {
    const s = i - (m - 1);
    const p = [1, s, s * s];
    for (let a = 0; a < deg; a++) for (let b = 0; b < deg; b++) ata[a * 3 + b] += p[a] * p[b];
  }
  // Invert the (deg × deg) normal matrix by Gauss–Jordan and take row 1 of (AᵀA)⁻¹Aᵀ.
  const inv = Array.from({ length: deg }, (_, r) => Array.from({ length: deg }, (_, c) => (r === c ? 1 : 0)));
  const a = Array.from({ length: deg }, (_, r) => Array.from({ length: deg }, (_, c) => ata[r * 3 + c]));
  for (let c = 0; c < deg; c++) {
    const piv = a[c][c];
    for (let k = 0; k < deg; k++) {
      a[c][k] /= piv;
      inv[c][k] /= piv;
    }
    for (let r = 0; r < deg; r++) {
      if (r === c) continue;
      const f = a[r][c];
      for (let k = 0; k < deg; k++) {
        a[r][k] -= f * a[c][k];
        inv[r][k] -= f * inv[c][k];
      }
    }
  }
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const s = i - (m - 1);
    const p = [1, s, s * s];
    let v = 0;
    for (let b = 0; b < deg; b++) v += inv[1][b] * p[b];
    w[i] = v;
  }
  return w;
}

export interface ForecasterFitOptions {
  epochs?: number;
  lr?: number;
  batchSize?: number;
  /** Fraction of windows (the last ones) held out for validation (default 0.2). */
  validationFraction?: number;
  patience?: number;
  onEpoch?: (info: EpochInfo) => void;
  checkpoint?: string;
  resume?: boolean;
}

/** ‖pred − truth‖² / ‖truth‖² over all entries (both sums taken in units of the largest |truth|: no overflow). */
export function normalizedMSE(
  pred: readonly (readonly number[])[],
  truth: readonly (readonly number[])[],
): number {
  const unit = truth.reduce((m, row) => row.reduce((a, v) => Math.max(a, Math.abs(v)), m), 0) || 1;
  let num = 0;
  let den = 0;
  truth.forEach((row, i) => {
    row.forEach((v, d) => {
      num += ((pred[i][d] - v) / unit) ** 2;
      den += (v / unit) ** 2;
    });
  });
  return num / (den || 1);
}

/**
 * Forecasts a multivariate series: a MechanisticBlock reads the last `lookback` samples and predicts the
 * next `horizon` as an ODE solution; `rollout` predicts further autoregressively.
 */
export class MechanisticForecaster {
  readonly lookback: number;
  readonly horizon: number;
  readonly dim: number;
  readonly block: MechanisticBlock;
  readonly order: number;
  readonly h0: number;
  private readonly slopeWeights: Float64Array | null;
  private mean: number[];
  private scale: number[];

  constructor(dim: number, options: ForecasterOptions = {}) {
    checkOptionKeys(options, FORECASTER_KEYS, "MechanisticForecaster options");
    this.dim = dim;
    this.lookback = options.lookback ?? 16;
    this.horizon = options.horizon ?? 8;
    if (!Number.isInteger(dim) || dim < 1)
      throw new MechanisticInputError(`dim must be a positive integer, got ${dim}`);
    if (!Number.isInteger(this.lookback) || this.lookback < 2)
      throw new MechanisticInputError(`lookback must be an integer ≥ 2, got ${this.lookback}`);
    // horizon + 1 grid points (the window's last sample and the predicted ones): the Block needs at least three.
    if (!Number.isInteger(this.horizon) || this.horizon < 2)
      throw new MechanisticInputError(`horizon must be an integer ≥ 2, got ${this.horizon}`);
    this.order = options.order ?? 2;
    this.h0 = options.h0 ?? 0.1;
    const slope = (options.initialSlope ?? true) && this.order >= 2;
    const m = options.slopeWindow ?? Math.min(this.lookback, 5);
    if (slope && (!Number.isInteger(m) || m < 2 || m > this.lookback))
      throw new MechanisticInputError(`slopeWindow must be an integer in [2, lookback], got ${m}`);
    this.slopeWeights = slope ? endSlopeWeights(m) : null;
    this.block = new MechanisticBlock({
      inputSize: this.lookback * dim,
      nSteps: this.horizon + 1,
      order: this.order,
      dim,
      nIv: slope ? 2 : 1,
      system: "independent",
      timeVarying: false,
      h0: this.h0,
      hidden: options.hidden ?? [32, 32],
      seed: options.seed ?? 0,
      backend: options.backend,
    });
    // Start at u^(p) = 0: small head weights, coefficient 1 on the top derivative, 0 elsewhere.
    const K = this.order + 1;
    const coefficientHead = this.block.coefficientHead;
    for (let i = 0; i < coefficientHead.weight.size; i++) coefficientHead.weight.data[i] *= 0.1;
    if (coefficientHead.bias) {
      coefficientHead.bias.data.fill(0);
      for (let d = 0; d < dim; d++) coefficientHead.bias.data[d * K + this.order] = 1;
    }
    for (let i = 0; i < this.block.rhsHead.weight.size; i++) this.block.rhsHead.weight.data[i] *= 0.1;
    this.mean = new Array(dim).fill(0);
    this.scale = new Array(dim).fill(1);
  }

  private normalise(row: readonly number[]): number[] {
    return row.map((v, d) => (v - this.mean[d]) / this.scale[d]);
  }

  /** Normalised predictions [B, horizon, dim] for normalised windows [B, lookback·dim]. */
  private predictNormalised(windows: Float64Array, B: number): Tensor {
    const { x, initial } = this.blockInputs(windows, B);
    return this.horizonOf(this.block.solve(x, { initial }).value, B);
  }

  private async predictNormalisedAsync(windows: Float64Array, B: number): Promise<Tensor> {
    const { x, initial } = this.blockInputs(windows, B);
    return this.horizonOf((await this.block.solveAsync(x, { initial })).value, B);
  }

  private horizonOf(value: Tensor, B: number): Tensor {
    return value.slice([0, 1, 0], [B, this.horizon, this.dim]);
  }

  /** The block's input [B, lookback·dim] and initial values [B, dim, nIv] (last value, end slope). */
  private blockInputs(windows: Float64Array, B: number): { x: Tensor; initial: Tensor } {
    const x = tensor(windows, [B, this.lookback * this.dim]);
    const nIv = this.slopeWeights ? 2 : 1;
    const initial = new Float64Array(B * this.dim * nIv);
    const L = this.lookback;
    for (let b = 0; b < B; b++)
      for (let d = 0; d < this.dim; d++) {
        initial[(b * this.dim + d) * nIv] = windows[(b * L + L - 1) * this.dim + d];
        if (this.slopeWeights) {
          // Slope per sample → per unit of solver time (one sample = h0).
          const w = this.slopeWeights;
          let s = 0;
          for (let i = 0; i < w.length; i++) s += w[i] * windows[(b * L + L - w.length + i) * this.dim + d];
          initial[(b * this.dim + d) * nIv + 1] = s / this.h0;
        }
      }
    return { x, initial: tensor(initial, [B, this.dim, nIv]) };
  }

  /** Train on `series` (synchronous backends; else `fitAsync`). */
  fit(series: readonly (readonly number[])[], options: ForecasterFitOptions = {}): FitResult {
    return runFit(this.fitOptions(series, options, false));
  }

  /** `fit` on any backend, asynchronous ones (WebGPU) included; same results on synchronous ones. */
  fitAsync(series: readonly (readonly number[])[], options: ForecasterFitOptions = {}): Promise<FitResult> {
    return fitAsync(this.fitOptions(series, options, true));
  }

  private fitOptions(
    series: readonly (readonly number[])[],
    options: ForecasterFitOptions,
    async: boolean,
  ): FitOptions {
    const n = series.length;
    const L = this.lookback;
    const H = this.horizon;
    if (n < L + H + 1)
      throw new MechanisticInputError(
        `series has ${n} samples; at least lookback + horizon + 1 = ${L + H + 1} are needed`,
      );
    if (series.some((r) => r.length !== this.dim))
      throw new MechanisticInputError(`every sample must have ${this.dim} components`);
    for (const [i, r] of series.entries()) assertFiniteArray(r, `series[${i}]`);
    for (let d = 0; d < this.dim; d++) {
      const { mean, spread } = meanAndSpread(series.map((r) => r[d]));
      this.mean[d] = mean;
      this.scale[d] = spread || 1;
    }
    const norm = series.map((r) => this.normalise(r));
    const count = n - L - H + 1;
    const nVal = Math.floor(count * (options.validationFraction ?? 0.2));
    const nTrain = count - nVal;
    const gather = (starts: number[]) => {
      const x = new Float64Array(starts.length * L * this.dim);
      const y = new Float64Array(starts.length * H * this.dim);
      starts.forEach((s, b) => {
        for (let i = 0; i < L; i++)
          for (let d = 0; d < this.dim; d++) x[(b * L + i) * this.dim + d] = norm[s + i][d];
        for (let i = 0; i < H; i++)
          for (let d = 0; d < this.dim; d++) y[(b * H + i) * this.dim + d] = norm[s + L + i][d];
      });
      return { x, y };
    };
    const lossOn = (starts: number[]): Tensor | Promise<Tensor> => {
      const { x, y } = gather(starts);
      const mse = (pred: Tensor) =>
        pred
          .sub(tensor(y, [starts.length, H, this.dim]))
          .square()
          .mean();
      return async
        ? this.predictNormalisedAsync(x, starts.length).then(mse)
        : mse(this.predictNormalised(x, starts.length));
    };
    // (asynchronously, noGrad covers only the synchronous part: the graph then recorded is never used)
    const validate = async
      ? async () => noGrad(() => lossOn(valStarts) as Promise<Tensor>).then((l) => l.item())
      : () => noGrad(() => (lossOn(valStarts) as Tensor).item());
    const valStarts = Array.from({ length: nVal }, (_, i) => nTrain + i);
    const optimizer = new Adam(this.block.parameters(), { lr: options.lr ?? 3e-3 });
    return {
      model: this.block,
      optimizer,
      size: nTrain,
      loss: (idx) => lossOn(idx),
      validate: nVal > 0 ? validate : undefined,
      epochs: options.epochs ?? 30,
      batchSize: options.batchSize ?? 32,
      seed: 0,
      patience: options.patience,
      onEpoch: options.onEpoch,
      checkpoint: options.checkpoint,
      resume: options.resume,
      // The series itself too: a checkpoint of other data must not resume.
      config: { kind: "forecaster", lookback: L, horizon: H, dim: this.dim, n, data: fingerprint(series) },
    };
  }

  /** The next `horizon` samples after `history` (uses its last `lookback` samples). */
  predict(history: readonly (readonly number[])[]): number[][] {
    return this.denormalise(noGrad(() => this.predictNormalised(this.lastWindow(history), 1)));
  }

  /** `predict` on any backend. */
  async predictAsync(history: readonly (readonly number[])[]): Promise<number[][]> {
    return this.denormalise(await noGrad(() => this.predictNormalisedAsync(this.lastWindow(history), 1)));
  }

  private lastWindow(history: readonly (readonly number[])[]): Float64Array {
    if (history.length < this.lookback)
      throw new MechanisticInputError(
        `history needs at least ${this.lookback} samples, got ${history.length}`,
      );
    const w = new Float64Array(this.lookback * this.dim);
    history.slice(-this.lookback).forEach((r, i) => {
      this.normalise(r).forEach((v, d) => {
        w[i * this.dim + d] = v;
      });
    });
    return w;
  }

  private denormalise(out: Tensor): number[][] {
    return Array.from({ length: this.horizon }, (_, i) =>
      Array.from({ length: this.dim }, (_, d) => out.data[i * this.dim + d] * this.scale[d] + this.mean[d]),
    );
  }

  /** Autoregressive rollout of `steps` samples: predict `horizon`, append, repeat. */
  rollout(history: readonly (readonly number[])[], steps: number): number[][] {
    const buffer = history.map((r) => [...r]);
    const out: number[][] = [];
    while (out.length < steps) {
      const next = this.predict(buffer);
      for (const r of next) {
        if (out.length < steps) out.push(r);
        buffer.push(r);
      }
    }
    return out;
  }

  /** `rollout` on any backend. */
  async rolloutAsync(history: readonly (readonly number[])[], steps: number): Promise<number[][]> {
    const buffer = history.map((r) => [...r]);
    const out: number[][] = [];
    while (out.length < steps) {
      const next = await this.predictAsync(buffer);
      for (const r of next) {
        if (out.length < steps) out.push(r);
        buffer.push(r);
      }
    }
    return out;
  }
}
