import { InvalidArgumentError } from "../errors.js";
import { createRng } from "../rng.js";

/** Anything with the package's layout: `x[i]` is the state at `t[i]`. */
export interface Series {
  t: number[];
  x: number[][];
}

/** Keeps every `step`-th sample starting at `offset` (also thins `clean` when present). */
export function subsample<T extends Series & { clean?: number[][] }>(series: T, step: number, offset = 0): T {
  if (!Number.isInteger(step) || step < 1)
    throw new InvalidArgumentError(`step must be an integer >= 1 (got ${step})`);
  const pick = <V>(a: V[]) => a.filter((_, i) => i >= offset && (i - offset) % step === 0);
  const out = { ...series, t: pick(series.t), x: pick(series.x) };
  if (series.clean) out.clean = pick(series.clean);
  return out;
}

export interface SplitOptions {
  /** Fractions for train and validation; the rest is test (defaults 0.8 and 0.1). */
  train?: number;
  validation?: number;
  /** Shuffle before splitting (default true), with this seed (default 0). */
  shuffle?: boolean;
  seed?: number;
}

/**
 * Splits whole trajectories (never windows of the same trajectory) into train / validation / test,
 * so no test trajectory leaks into training. Counts are floor(n·fraction) for train and validation.
 */
export function splitTrajectories<T>(items: readonly T[], options: SplitOptions = {}) {
  const { train = 0.8, validation = 0.1, shuffle = true, seed = 0 } = options;
  if (!(train >= 0 && validation >= 0 && train + validation <= 1 + 1e-12)) {
    throw new InvalidArgumentError(
      `fractions must be >= 0 and sum to <= 1 (train ${train}, validation ${validation})`,
    );
  }
  const order = items.map((_, i) => i);
  if (shuffle) {
    const rng = createRng(seed);
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
  }
  const nTrain = Math.floor(items.length * train);
  const nVal = Math.floor(items.length * validation);
  const take = (a: number, b: number) => order.slice(a, b).map((i) => items[i]);
  return {
    train: take(0, nTrain),
    validation: take(nTrain, nTrain + nVal),
    test: take(nTrain + nVal, items.length),
  };
}

export interface WindowOptions {
  /** Input length (samples). */
  history: number;
  /** Target length (samples following the input). */
  horizon: number;
  /** Shift between windows (default 1). */
  stride?: number;
}

/**
 * Sliding windows over one series: inputs[w] = x[s, s + history), targets[w] = x[s + history,
 * s + history + horizon), s = w·stride; shapes [W][history][D] and [W][horizon][D].
 */
export function slidingWindows(x: readonly number[][], options: WindowOptions) {
  const { history, horizon, stride = 1 } = options;
  for (const [k, v] of Object.entries({ history, stride })) {
    if (!Number.isInteger(v) || v < 1)
      throw new InvalidArgumentError(`${k} must be an integer >= 1 (got ${v})`);
  }
  if (!Number.isInteger(horizon) || horizon < 0) {
    throw new InvalidArgumentError(`horizon must be an integer >= 0 (got ${horizon})`);
  }
  const inputs: number[][][] = [];
  const targets: number[][][] = [];
  const starts: number[] = [];
  for (let s = 0; s + history + horizon <= x.length; s += stride) {
    inputs.push(x.slice(s, s + history).map((r) => r.slice()));
    targets.push(x.slice(s + history, s + history + horizon).map((r) => r.slice()));
    starts.push(s);
  }
  return { inputs, targets, starts };
}

export interface Normalizer {
  mean: number[];
  std: number[];
  normalize(x: readonly number[][]): number[][];
  denormalize(x: readonly number[][]): number[][];
}

/** Per-dimension z-score fitted on `x` (std 0 is replaced by 1 so constants stay finite). */
export function fitNormalizer(x: readonly number[][]): Normalizer {
  if (x.length === 0) throw new InvalidArgumentError("cannot fit a normalizer on no data");
  const d = x[0].length;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const r of x) for (let j = 0; j < d; j++) mean[j] += r[j] / x.length;
  for (const r of x) for (let j = 0; j < d; j++) std[j] += (r[j] - mean[j]) ** 2 / x.length;
  for (let j = 0; j < d; j++) std[j] = Math.sqrt(std[j]) || 1;
  return {
    mean,
    std,
    normalize: (y) => y.map((r) => r.map((v, j) => (v - mean[j]) / std[j])),
    denormalize: (y) => y.map((r) => r.map((v, j) => v * std[j] + mean[j])),
  };
}
