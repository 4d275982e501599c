/**
 * The KdV data of `mechanist train kdv`: LPSDA "KdV easy" trajectories from @mechanist/datasets, with
 * disjoint seeds for training, validation and test, and a checksum that binds checkpoints to the data.
 */
import { generateKdv, KDV_EASY } from "@mechanist/datasets";
import type { Fields, KdvTrainOptions } from "@mechanist/mechanistic";

export interface KdvSplits {
  train: Fields;
  validation: Fields;
  test: Fields;
  /** Spacing of the stored frames and positions of the first test trajectory (for plot axes). */
  dt: number;
  dx: number;
}

const SEED_OFFSET = { train: 0, validation: 100_000, test: 200_000 } as const;

/** More training trajectories would reuse the validation split's seeds. */
export const MAX_TRAJECTORIES = SEED_OFFSET.validation - SEED_OFFSET.train;

/**
 * A rough upper bound of the memory the data and its training windows take: every frame as a JS number array
 * (8 bytes a value), about four copies alive at once (fields, normalised windows, batches, rollouts).
 */
export function kdvDataBytes(t: KdvTrainOptions): number {
  return 4 * 8 * (t.trajectories + t.validation + t.test) * t.nt * t.nx;
}

/** Generates the three splits; `onTrajectory(done, total)` reports progress. */
export function generateKdvSplits(
  t: KdvTrainOptions,
  onTrajectory: (done: number, total: number) => void,
): KdvSplits {
  const total = t.trajectories + t.validation + t.test;
  let done = 0;
  let dt = 0;
  let dx = 0;
  const split = (n: number, offset: number): Fields =>
    Array.from({ length: n }, (_, i) => {
      // LPSDA solves 250 frames and keeps the last 140; a smaller nt keeps the same 110 discarded frames.
      const trajectory = generateKdv({
        seed: offset + i,
        nx: t.nx,
        nt: t.nt + (KDV_EASY.nt - KDV_EASY.ntEffective),
        ntEffective: t.nt,
      });
      onTrajectory(++done, total);
      dt = trajectory.dt;
      dx = trajectory.dx;
      return trajectory.u;
    });
  const train = split(t.trajectories, SEED_OFFSET.train);
  const validation = split(t.validation, SEED_OFFSET.validation);
  const test = split(t.test, SEED_OFFSET.test);
  return { train, validation, test, dt, dx };
}

/** An order-sensitive checksum of every value (a checkpoint is resumed only on identical data). */
export function checksum(splits: KdvSplits): number {
  let h = 0;
  let k = 1;
  for (const fields of [splits.train, splits.validation, splits.test])
    for (const f of fields)
      for (const row of f) for (const v of row) h = (h + v * (1 + (k++ % 9973) / 9973)) % 1e9;
  return h;
}
