/**
 * Forecast baselines the forecaster is compared against: persistence (repeat the last sample), linear
 * extrapolation (continue the slope of the last two samples) and a linear autoregression (least squares from the
 * last `lookback` samples to the next one, rolled out one sample at a time).
 */

import { lstsq, matrix } from "@mechanist/autodiff";
import { MechanisticInputError } from "./errors.js";
import { meanAndSpread } from "./scale.js";

type Series = readonly (readonly number[])[];

function checkHistory(history: Series, min: number): void {
  if (history.length < min)
    throw new MechanisticInputError(`history needs at least ${min} samples, got ${history.length}`);
}

/** Baseline forecast: the last observed sample repeated `steps` times. */
export function persistenceForecast(history: Series, steps: number): number[][] {
  checkHistory(history, 1);
  const last = history[history.length - 1];
  return Array.from({ length: steps }, () => [...last]);
}

/** Baseline forecast: the line through the last two samples, continued for `steps` samples. */
export function linearExtrapolation(history: Series, steps: number): number[][] {
  checkHistory(history, 2);
  const a = history[history.length - 2];
  const b = history[history.length - 1];
  return Array.from({ length: steps }, (_, k) => b.map((v, d) => v + (k + 1) * (v - a[d])));
}

/** Linear AR(lookback) with intercept, fitted on `history` by least squares, rolled out for `steps` samples. */
export function linearAutoregression(history: Series, steps: number, lookback = 16): number[][] {
  const dim = history[0]?.length ?? 0;
  checkHistory(history, lookback * dim + 1 + lookback);
  // fitted in standardised units: the ridge term and the normal equations then mean the same at any scale
  const stats = Array.from({ length: dim }, (_, d) => meanAndSpread(history.map((r) => r[d])));
  const unit = stats.map((s) => s.spread || 1);
  const z = history.map((r) => r.map((v, d) => (v - stats[d].mean) / unit[d]));
  return standardAutoregression(z, steps, lookback).map((r) => r.map((v, d) => stats[d].mean + v * unit[d]));
}

function standardAutoregression(history: Series, steps: number, lookback: number): number[][] {
  const dim = history[0].length;
  const features = lookback * dim + 1;
  const rows = history.length - lookback;
  const a = matrix(rows, features);
  const b = matrix(rows, dim);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < lookback; i++)
      for (let d = 0; d < dim; d++) a.data[r * features + i * dim + d] = history[r + i][d];
    a.data[r * features + features - 1] = 1;
    for (let d = 0; d < dim; d++) b.data[r * dim + d] = history[r + lookback][d];
  }
  const w = lstsq(a, b, 1e-10);
  const buffer = history.slice(-lookback).map((r) => [...r]);
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const next = Array.from({ length: dim }, (_, d) => {
      let s = w.data[(features - 1) * dim + d];
      for (let i = 0; i < lookback; i++)
        for (let e = 0; e < dim; e++)
          s += buffer[buffer.length - lookback + i][e] * w.data[(i * dim + e) * dim + d];
      return s;
    });
    out.push(next);
    buffer.push(next);
  }
  return out;
}
