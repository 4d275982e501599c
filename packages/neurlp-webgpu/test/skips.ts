/**
 * Conformance cases skipped on WebGPU: none. (The four ill-conditioned cases — continuous rows,
 * exponential growth, K = 4 — pass since `assembleMatrix` returns its double-float band as Float64
 * and `factor` factors it in double-float; see README "Accuracy".)
 */
export const SKIP: Record<string, string> = {};
