/**
 * Base of every typed error thrown by a Mechanist package (catch them all with `instanceof
 * MechanistError`). `name` is the subclass's own name, so a new error class is one line:
 * `export class FooError extends MechanistError {
  override name = "FooError";
}`. Bundles that minify must keep class names
 * (esbuild `keepNames`), or `name` is mangled.
 */
export class MechanistError extends Error {
  constructor(message?: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target === MechanistError ? "MechanistError" : new.target.name;
  }
}

/** Base class for every error this package throws on bad input; `name` tells the subclasses apart. */
export class AutodiffError extends MechanistError {
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

/** A numerical failure the input caused (non-finite data, overflow); the message says which. */
export class NumericalError extends AutodiffError {
  override name = "NumericalError";
}

/** Thrown by assertGradcheck when analytic and numerical gradients disagree. */
export class GradcheckError extends AutodiffError {
  override name = "GradcheckError";
}

export const fmtShape = (s: readonly number[]): string => `[${s.join(", ")}]`;
