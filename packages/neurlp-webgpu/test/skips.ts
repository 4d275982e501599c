/**
 * Conformance cases skipped on WebGPU: none. (The four ill-conditioned cases — continuous rows,
 * exponential growth, K = 4 — pass since `assembleMatrix` returns its double-float band as Float64
 * and `factor` factors it in double-float; see README "Accuracy".)
 */
export const SKIP: Record<string, string> = {};

/**
 * Chromium runs a representative subset (SwiftShader compiles every pipeline again per page, and
 * the whole suite there took most of the package's test budget on 2 cores): one case per kernel
 * shape class and feature — central and continuous rows, the ill-conditioned ones (exponential,
 * continuous h = 0.01, K = 4), D > 1, batches, gradients against the fixtures, bad input — and a fresh
 * instance's first solve and solves in flight at once (a first-solve mismatch was once reported from
 * Chromium only, and device/pipeline creation runs in the page's own event loop there).
 */
export const BROWSER_CASES: string[] = [
  "harmonic-central-h0.01",
  "harmonic-continuous-h0.01",
  "exponential",
  "order3",
  "coupled-d3",
  "time-varying-order1-central",
  "fixture-coupled_N7_E2_D3_K5_central",
  "gradients-fd-continuous",
  "batch-independent",
  "bad-inputs",
  "fresh-instance-first-solve",
  "concurrent-solves",
];
