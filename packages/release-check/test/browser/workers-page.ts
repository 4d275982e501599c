// Runs in a cross-origin-isolated Chromium page: a batched NeuRLP solve split over two Web Workers (the pool
// loads dist/workers/entry.js beside the bundle, as the README says for esbuild), against the same solve in the
// page's own thread, and a gradient through the workers' kept factorisations.
import { solveODE } from "@mechanist/neurlp";

/** B damped oscillators u'' + c u' + k u = 0, u(0) = 1, u'(0) = 0, each with its own c and k. */
function oscillators(B: number, N: number) {
  const coefficients = Array.from({ length: B }, (_, b) => [[[[2 + b, 0.1 + 0.05 * b, 1]]]]);
  return {
    coefficients,
    rhs: Array.from({ length: B }, () => [[0]]),
    initial: Array.from({ length: B }, () => [[[1, 0]]]),
    steps: 0.01,
    nSteps: N,
  };
}

export async function run() {
  const inputs = oscillators(8, 400);
  const single = await solveODE(inputs);
  const pooled = await solveODE(inputs, { workers: 2 });
  const cotangent = new Float64Array(single.u.data.length).fill(1);
  const gradSingle = await single.vjp({ shape: single.u.shape, data: cotangent });
  const gradPooled = await pooled.vjp({ shape: pooled.u.shape, data: cotangent });
  let uDiff = 0;
  single.u.data.forEach((v, i) => {
    uDiff = Math.max(uDiff, Math.abs(v - pooled.u.data[i]!));
  });
  let gDiff = 0;
  gradSingle.coefficients.data.forEach((v, i) => {
    gDiff = Math.max(gDiff, Math.abs(v - gradPooled.coefficients.data[i]!));
  });
  pooled.dispose();
  return {
    isolated: (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true,
    uDiff,
    gDiff,
    gradNorm: Math.hypot(...gradSingle.coefficients.data),
    // element 0: u'' + 0.1u' + 2u = 0 at t = 3.99 (N = 400, h = 0.01)
    u0End: single.u.data[(400 - 1) * 3]!,
  };
}
