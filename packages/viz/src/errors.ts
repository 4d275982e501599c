/** Thrown when plot input is unusable; the message names the offending series/field and how to fix it. */
export class VizInputError extends Error {
  override readonly name = "VizInputError";
}
