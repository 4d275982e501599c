import { InvalidArgumentError } from "../errors.js";
import { createRng } from "../rng.js";

/** Per-dimension (column) standard deviation of x[i][d] over i (population std). */
export function columnStd(x: readonly (readonly number[])[]): number[] {
  const d = x[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const sq = new Array<number>(d).fill(0);
  for (const row of x) for (let j = 0; j < d; j++) mean[j] += row[j];
  for (let j = 0; j < d; j++) mean[j] /= x.length;
  for (const row of x) for (let j = 0; j < d; j++) sq[j] += (row[j] - mean[j]) ** 2;
  return sq.map((s) => Math.sqrt(s / x.length));
}

/**
 * Adds Gaussian noise at a relative level: σ_d = level × std of column d of the clean data, so
 * `level = 0.01` is "1% noise" in the usual SINDy/MNN sense. Returns a new array; seeded.
 */
export function addNoise(x: readonly (readonly number[])[], level: number, seed = 0): number[][] {
  if (!(level >= 0) || !Number.isFinite(level)) {
    throw new InvalidArgumentError(`noise level must be a finite number >= 0 (got ${level})`);
  }
  if (level === 0) return x.map((row) => row.slice());
  const rng = createRng(seed);
  const sigma = columnStd(x).map((s) => s * level);
  return x.map((row) => row.map((v, j) => v + sigma[j] * rng.normal()));
}
