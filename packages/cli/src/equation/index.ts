export { EquationError } from "./errors.js";
export { type LinearOde, toLinearOde } from "./linear.js";
export { type Equation, type Node, parseEquation } from "./parse.js";
