import { MechanistError } from "@mechanist/autodiff";

/**
 * Typed errors. Every failure the solver can detect is one of these, with a message that names the
 * argument (or batch element and step) and says how to fix it. Backends throw them too.
 */

/** An input has the wrong rank or size, or two inputs disagree on B, N, E, D or K. */
export class NeurlpShapeError extends MechanistError {
  override name = "NeurlpShapeError";
}

/** An input has a value the solver cannot use: NaN, ±Infinity, a non-positive step, a bad option. */
export class NeurlpValueError extends MechanistError {
  override name = "NeurlpValueError";
}

/** The normal matrix has a zero, negative or non-finite pivot: the least-squares problem is singular. */
export class NeurlpSingularError extends MechanistError {
  override name = "NeurlpSingularError";
  constructor(
    message: string,
    /** Batch element of the failing factorisation (index into the factor batch, see `BandedMatrix`). */
    readonly batch: number,
    /** Time step (grid point) whose diagonal block had the bad pivot. */
    readonly step: number,
    /** Row inside the step's block, `d * K + k`. */
    readonly row: number,
    /** The pivot value that was rejected. */
    readonly pivot: number,
  ) {
    super(message);
  }
}

/** Unknown backend name, a backend whose factory failed, or a backend used in a way it cannot support. */
export class NeurlpBackendError extends MechanistError {
  override name = "NeurlpBackendError";
}

/**
 * An iterative solve did not converge: the preconditioned CG that recovers Float64 accuracy for a
 * Float32 backend hit its iteration cap (the problem is too ill-conditioned for that backend).
 */
export class NeurlpConvergenceError extends MechanistError {
  override name = "NeurlpConvergenceError";
  constructor(
    message: string,
    /** Iterations done before giving up. */
    readonly iterations: number,
  ) {
    super(message);
  }
}
