/** Test/benchmark-only references: the dense normal-equation solver (O((N·D·K)³)). */
export { type DenseRow, denseCholeskySolve, denseNormal, denseRows, solveDense } from "./dense.js";
