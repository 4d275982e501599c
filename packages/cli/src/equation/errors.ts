/** A malformed or nonlinear equation: the message shows the equation with a caret under the offending character. */
import { UsageError } from "../errors.js";

export class EquationError extends UsageError {
  override readonly name = "EquationError";
  constructor(
    readonly reason: string,
    readonly source: string,
    readonly position: number,
  ) {
    super(`${reason} (at character ${position + 1})\n  ${source}\n  ${" ".repeat(position)}^`);
  }
}
