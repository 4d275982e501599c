/** Base class for every error this package throws on bad input; `name` tells the subclasses apart. */
export class AutodiffError extends Error {
  override name = "AutodiffError";
}

/** Shapes that cannot be combined (broadcasting, matmul, reshape, concat, ...). Carries both shapes. */
export class ShapeError extends AutodiffError {
  override name = "ShapeError";
  constructor(
    message: string,
    readonly expected?: readonly number[] | string,
    readonly actual?: readonly number[],
  ) {
    super(message);
  }
}

/** Data, an argument or an option that is not what the op accepts (non-numeric data, bad axis, ...). */
export class InvalidArgumentError extends AutodiffError {
  override name = "InvalidArgumentError";
}

/** backward() called where no gradient can flow, or a backward rule returned a malformed gradient. */
export class GradError extends AutodiffError {
  override name = "GradError";
}

/** Thrown by assertGradcheck when analytic and numerical gradients disagree. */
export class GradcheckError extends AutodiffError {
  override name = "GradcheckError";
}

export const fmtShape = (s: readonly number[]): string => `[${s.join(", ")}]`;
