import { MechanistError } from "@mechanist/autodiff";

/** Base class of every error thrown by this package, so callers can catch them all at once. */
export class DatasetError extends MechanistError {
  override name = "DatasetError";
}

/** An argument was out of range or inconsistent (message says which and how to fix it). */
export class InvalidArgumentError extends DatasetError {
  override name = "InvalidArgumentError";
}

/** The adaptive integrator needed more than `maxSteps` steps. */
export class MaxStepsExceededError extends DatasetError {
  override name = "MaxStepsExceededError";
  constructor(
    readonly t: number,
    readonly maxSteps: number,
  ) {
    super(
      `dopri5: more than maxSteps=${maxSteps} steps were needed (stopped at t=${t}); ` +
        "raise maxSteps, loosen rtol/atol, or check the system for stiffness or blow-up",
    );
  }
}

/** The adaptive step size fell below what Float64 can resolve at the current time. */
export class StepSizeUnderflowError extends DatasetError {
  override name = "StepSizeUnderflowError";
  constructor(
    readonly t: number,
    readonly h: number,
  ) {
    super(
      `dopri5: step size underflow at t=${t} (h=${h}); the solution is probably singular or the ` +
        "problem is very stiff (use an implicit solver)",
    );
  }
}

/** The right-hand side returned a non-finite value. */
export class NonFiniteError extends DatasetError {
  override name = "NonFiniteError";
}

/** A CSV file could not be parsed; `line` and `column` are 1-based. */
export class CsvParseError extends DatasetError {
  override name = "CsvParseError";
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
  }
}

/** A JSON dataset file did not have the expected shape. */
export class JsonFormatError extends DatasetError {
  override name = "JsonFormatError";
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** A NumPy .npy file could not be read; `field` names the offending header field or section. */
export class NpyFormatError extends DatasetError {
  override name = "NpyFormatError";
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: bad .npy ${field}: ${detail}`);
  }
}

/** `loadDataset` was given a name that is not in the registry. */
export class UnknownDatasetError extends DatasetError {
  override name = "UnknownDatasetError";
}
