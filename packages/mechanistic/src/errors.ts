import { MechanistError } from "@mechanist/autodiff";
/** Bad input to a mechanistic API: the message says what was wrong and how to fix it. */
export class MechanisticInputError extends MechanistError {
  override name = "MechanisticInputError";
}

/** A numerical failure (singular system, non-finite values) that the caller cannot fix by retrying. */
export class MechanisticNumericalError extends MechanistError {
  override name = "MechanisticNumericalError";
}

/** A checkpoint that cannot be used to resume (corrupt, or written by a different configuration). */
export class CheckpointError extends MechanistError {
  override name = "CheckpointError";
}

export function assertFiniteArray(values: ArrayLike<number>, what: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new MechanisticInputError(
        `${what} contains a non-finite value (${values[i]}) at index ${i}; remove or interpolate missing samples first`,
      );
    }
  }
}
