export { broadcastShapes } from "./broadcast.js";
export { type CustomOpSpec, customOp, customOpAsync } from "./custom.js";
export {
  AutodiffError,
  GradcheckError,
  GradError,
  InvalidArgumentError,
  MechanistError,
  NumericalError,
  ShapeError,
} from "./errors.js";
export {
  assertGradcheck,
  assertGradcheckAsync,
  type GradcheckOptions,
  type GradcheckResult,
  gradcheck,
  gradcheckAsync,
} from "./gradcheck.js";
export { conv1dConfig } from "./kernels/conv.js";
export { choleskySolve, type NotPositiveDefinite } from "./linalg/cholesky.js";
export { columnNorms, fromRows, lstsq, type Matrix, matrix, selectColumns } from "./linalg/dense.js";
export * as nn from "./nn/index.js";
export * from "./nn/index.js";
export { type Conv1dOptions, conv1d } from "./ops/conv.js";
export {
  abs,
  add,
  cos,
  div,
  exp,
  gelu,
  log,
  maximum,
  minimum,
  mul,
  neg,
  pow,
  relu,
  sigmoid,
  sin,
  sqrt,
  square,
  sub,
  tanh,
  where,
} from "./ops/elementwise.js";
export { gemm, matmul } from "./ops/matmul.js";
export { max, mean, sum } from "./ops/reduce.js";
export {
  broadcastTo,
  concat,
  gather,
  type Indices,
  permute,
  reshape,
  slice,
  squeeze,
  stack,
  transpose,
  unsqueeze,
} from "./ops/shape.js";
export * as optim from "./optim/index.js";
export * from "./optim/index.js";
export { assertKnownOptions, type OptionKeys, unknownOptionMessage } from "./options.js";
export { Rng } from "./rng.js";
export {
  backwardSteps,
  isGradEnabled,
  type Node,
  noGrad,
  runSteps,
  runStepsAsync,
  type Steps,
} from "./tape.js";
export {
  arange,
  type DType,
  full,
  isTensor,
  linspace,
  type NestedNumberArray,
  ones,
  rand,
  randn,
  Tensor,
  type TensorOptions,
  tensor,
  zeros,
} from "./tensor.js";
export { wasmGemmConfig, wasmSimdAvailable } from "./wasm/gemm.js";
