import type { OdeProblem } from "../backend.js";
import { NeurlpShapeError } from "../errors.js";
import { type ArrayInput, OdeArray, toDense } from "./arrays.js";
import type { InputGradients } from "./gradients.js";
import { inputShapes } from "./problem.js";

/** Gradients of a scalar loss with respect to each input, in the shapes the inputs were given. */
export interface OdeGradients {
  coefficients: OdeArray;
  rhs: OdeArray;
  initial: OdeArray;
  /** `[B|1, N − 1]`; when steps was one number, sum this to get d loss / d step. */
  steps: OdeArray;
}

export function uShape(p: OdeProblem): number[] {
  return [p.dims.B, p.dims.N, p.dims.D, p.dims.K];
}

export function checkGradU(p: OdeProblem, gradU: ArrayInput): Float64Array {
  const g = toDense(gradU, "gradU");
  const expected = uShape(p);
  if (g.shape.length !== 4 || g.shape.some((d, i) => d !== expected[i])) {
    throw new NeurlpShapeError(`gradU: expected shape [${expected}] (the shape of u), got [${g.shape}]`);
  }
  return g.data;
}

export function wrapGradients(p: OdeProblem, g: InputGradients): OdeGradients {
  const shapes = inputShapes(p);
  return {
    coefficients: new OdeArray(shapes.coefficients, g.coefficients!),
    rhs: new OdeArray(shapes.rhs, g.rhs!),
    initial: new OdeArray(shapes.initial, g.initial!),
    steps: new OdeArray(shapes.steps, g.steps!),
  };
}
