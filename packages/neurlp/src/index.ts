import { createCpuBackend } from "./backends/cpu/index.js";
import { listBackends, registerBackend } from "./registry.js";

export type * from "./backend.js";
export { type CpuBackend, createCpuBackend } from "./backends/cpu/index.js";
export { type ArrayInput, type NestedNumbers, OdeArray } from "./core/arrays.js";
export { allocatedBufferBytes, clearBufferPool } from "./core/buffers.js";
export type { SolveAids } from "./core/engine.js";
export {
  DEFAULT_MAX_BYTES,
  estimateSolveBytes,
  MAX_MAGNITUDE,
  MAX_WORKERS,
  MIN_COEFFICIENT,
  type SizeDims,
} from "./core/limits.js";
export type { OdeGradients } from "./core/outputs.js";
export type { OdeInputs, ProblemOptions } from "./core/problem.js";
export type { IterativeRefinementOptions } from "./core/refine.js";
export {
  EquationError,
  formatLinearOde,
  type LinearOde,
  parseLinearOde,
  type SampledLinearOde,
  sampleLinearOde,
} from "./equation/index.js";
export {
  NeurlpBackendError,
  NeurlpConvergenceError,
  NeurlpShapeError,
  NeurlpSingularError,
  NeurlpValueError,
} from "./errors.js";
export {
  type LinearODEOptions,
  type LinearODEProblem,
  type LinearODESolution,
  solveLinearODE,
  type TimeSpan,
} from "./linear.js";
export {
  type PreparedODE,
  type PrepareInputs,
  type PrepareOptions,
  prepareODE,
  type RhsGradients,
  type RhsInputs,
} from "./prepare.js";
export { recycle } from "./recycle.js";
export {
  disposeBackends,
  getBackend,
  getBackendSync,
  listBackends,
  type RegisterOptions,
  registerBackend,
  unregisterBackend,
} from "./registry.js";
export { type OdeSolution, type SolveOptions, solveODE } from "./solve.js";
export {
  type OdeSolveOptions,
  type OdeSolveTensors,
  odeSolve,
  odeSolveAsync,
  odeSolvePrepared,
  odeSolvePreparedAsync,
} from "./tensor.js";
export { terminateWorkers } from "./workers/pool.js";

// The built-in reference backend registers itself like any other backend would.
if (!listBackends().includes("cpu")) registerBackend("cpu", createCpuBackend, { priority: 100 });
