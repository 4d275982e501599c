/**
 * Linear ODEs typed as text, e.g. `u'' + 0.3u' + 4u = sin(t)` or `u' + 2*t*u = 0`: a parser (no eval), a linearity
 * check, and sampling on a grid for solveODE. Browser-safe; used by the `mechanist solve` CLI and the docs demo.
 */
export { EquationError } from "./errors.js";
export { type LinearOde, toLinearOde } from "./linear.js";
export { type Equation, FUNCTIONS, type FunctionName, MAX_DEPTH, type Node, parseEquation } from "./parse.js";
export { formatLinearOde, type SampledLinearOde, sampleLinearOde } from "./sample.js";
export { MAX_ORDER, MAX_SOURCE_LENGTH } from "./tokens.js";

import { type LinearOde, toLinearOde } from "./linear.js";
import { parseEquation } from "./parse.js";

/** Parses `lhs = rhs` and checks linearity: Σ_k a_k(t)·u^(k) = f(t). Throws EquationError saying what to fix. */
export function parseLinearOde(source: string): LinearOde {
  return toLinearOde(parseEquation(source));
}
