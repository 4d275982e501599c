/** Which failures are the user's to fix (exit 2) and which are bugs (exit 1). */
import { MechanistError } from "@mechanist/autodiff";
import { DatasetError } from "@mechanist/datasets";
import { CheckpointError, MechanisticInputError, MechanisticNumericalError } from "@mechanist/mechanistic";
import { EquationError, NeurlpShapeError, NeurlpSingularError, NeurlpValueError } from "@mechanist/neurlp";

/** A mistake in the command line or its input: printed with a hint and exit code 2. */
export class UsageError extends MechanistError {
  override name = "UsageError";
}

/**
 * The libraries' typed input errors: each says which input to change. A singular least-squares system is
 * also the input's (a grid or coefficients the equation cannot be solved on), not a bug.
 */
const USER_ERRORS = [
  UsageError,
  EquationError,
  NeurlpShapeError,
  NeurlpValueError,
  NeurlpSingularError,
  DatasetError,
  MechanisticInputError,
  // Non-finite values or a singular system from the data given (e.g. extreme scales), not a bug.
  MechanisticNumericalError,
  CheckpointError,
];

export function isUserError(e: unknown): e is Error {
  return USER_ERRORS.some((type) => e instanceof type);
}
