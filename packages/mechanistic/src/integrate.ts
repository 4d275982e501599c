/**
 * Classical RK4 with a fixed number of substeps per output interval: enough to simulate a discovered model
 * on the data's own grid (the reference integrators for data generation live in @mechanist/datasets).
 * Deliberately not datasets' `rk4`: @mechanist/datasets is only a dev dependency here (test data), and
 * SparseModel.simulate must report divergence as the public MechanisticNumericalError, not datasets' error.
 */
import { MechanisticNumericalError } from "./errors.js";

export function rk4Substeps(
  f: (y: Float64Array, dydt: Float64Array) => unknown,
  y0: ArrayLike<number>,
  t: ArrayLike<number>,
  substeps: number,
): number[][] {
  const n = y0.length;
  const y = Float64Array.from(y0);
  const k1 = new Float64Array(n);
  const k2 = new Float64Array(n);
  const k3 = new Float64Array(n);
  const k4 = new Float64Array(n);
  const tmp = new Float64Array(n);
  const out: number[][] = [Array.from(y)];
  for (let i = 1; i < t.length; i++) {
    const h = (t[i] - t[i - 1]) / substeps;
    for (let s = 0; s < substeps; s++) {
      f(y, k1);
      for (let d = 0; d < n; d++) tmp[d] = y[d] + 0.5 * h * k1[d];
      f(tmp, k2);
      for (let d = 0; d < n; d++) tmp[d] = y[d] + 0.5 * h * k2[d];
      f(tmp, k3);
      for (let d = 0; d < n; d++) tmp[d] = y[d] + h * k3[d];
      f(tmp, k4);
      for (let d = 0; d < n; d++) y[d] += (h / 6) * (k1[d] + 2 * k2[d] + 2 * k3[d] + k4[d]);
    }
    for (let d = 0; d < n; d++) {
      if (!Number.isFinite(y[d])) {
        throw new MechanisticNumericalError(
          `simulation diverged at t = ${t[i]} (component ${d} is ${y[d]}); the model may be unstable from this initial state`,
        );
      }
    }
    out.push(Array.from(y));
  }
  return out;
}
