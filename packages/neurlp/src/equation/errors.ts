import { MechanistError } from "@mechanist/autodiff";

/** A malformed or nonlinear equation: the message shows the equation with a caret under the offending character. */
export class EquationError extends MechanistError {
  override name = "EquationError";
  constructor(
    /** What is wrong and what to write instead. */
    readonly reason: string,
    readonly source: string,
    /** 0-based character index of the offending character. */
    readonly position: number,
  ) {
    super(`${reason} (at character ${position + 1})\n  ${clip(source, position)}`);
  }
}

/** The equation with a caret line; long equations are clipped to 60 characters around the position. */
function clip(source: string, position: number): string {
  const from = Math.max(0, position - 30);
  const shown = source.slice(from, from + 60);
  const lead = from > 0 ? "…" : "";
  return `${lead}${shown}${from + 60 < source.length ? "…" : ""}\n  ${" ".repeat(lead.length + position - from)}^`;
}
