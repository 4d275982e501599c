/**
 * Training windows of KdV fields: `fields[i][t][x]` is trajectory i at frame t and position x. A window is
 * (trajectory, start): the input is frames start..start+window−1, the target the `horizon` frames from the
 * last input frame on (so target frame 0 is the observed frame the solver's initial value is pinned to).
 */
import { type Tensor, tensor } from "@mechanist/autodiff";
import { MechanisticInputError } from "../errors.js";

export type Fields = ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>;
export type Window = readonly [trajectory: number, start: number];

/** Checks the fields are a non-empty [trajectories][frames][positions] block of finite numbers. */
export function checkFields(fields: Fields, minFrames: number, what: string): { nt: number; nx: number } {
  if (fields.length === 0) throw new MechanisticInputError(`${what}: no trajectories`);
  const nt = fields[0].length;
  const nx = fields[0][0]?.length ?? 0;
  if (nt < minFrames)
    throw new MechanisticInputError(`${what}: trajectories need at least ${minFrames} frames, got ${nt}`);
  fields.forEach((f, i) => {
    if (f.length !== nt || f.some((row) => row.length !== nx || !row.every(Number.isFinite)))
      throw new MechanisticInputError(
        `${what}: trajectory ${i} is not ${nt} frames of ${nx} finite values like the first`,
      );
  });
  return { nt, nx };
}

/** Every window start (every `stride` frames) of every trajectory. */
export function windowsOf(fields: Fields, window: number, horizon: number, stride: number): Window[] {
  const { nt } = checkFields(fields, window + horizon - 1, "KdV windows");
  const out: Window[] = [];
  for (let i = 0; i < fields.length; i++)
    for (let s = 0; s + window + horizon - 1 <= nt; s += stride) out.push([i, s]);
  return out;
}

/** Stacks frames [start, start + count) of the chosen windows: [B, count, X]. */
export function framesTensor(
  fields: Fields,
  at: ReadonlyArray<Window>,
  offset: number,
  count: number,
): Tensor {
  const nx = fields[0][0].length;
  const data = new Float64Array(at.length * count * nx);
  at.forEach(([i, s], b) => {
    for (let k = 0; k < count; k++) data.set(fields[i][s + offset + k], (b * count + k) * nx);
  });
  return tensor(data, [at.length, count, nx]);
}

/** Inputs [B, window, X] and targets [B, horizon, X] of the chosen windows. */
export function windowBatch(fields: Fields, at: ReadonlyArray<Window>, window: number, horizon: number) {
  return { x: framesTensor(fields, at, 0, window), y: framesTensor(fields, at, window - 1, horizon) };
}
