import { NonFiniteError } from "../errors.js";
import { checkIncreasing, checkState, uniformGrid } from "./grid.js";
import type { Integration, OdeFunction, TimeGrid } from "./types.js";

export interface Rk4Options {
  /** RK4 steps taken between consecutive output times (default 1). */
  substeps?: number;
}

/**
 * Classical fixed-step fourth-order Runge–Kutta. `t` is either the output times (one step, or
 * `substeps` steps, between neighbours; steps may vary) or a uniform grid {t0, t1, dt}.
 */
export function rk4(
  f: OdeFunction,
  y0: ArrayLike<number>,
  t: number[] | TimeGrid,
  options: Rk4Options = {},
): Integration {
  const times = Array.isArray(t) ? t.slice() : uniformGrid(t);
  checkIncreasing(times, "t");
  const substeps = Math.max(1, Math.floor(options.substeps ?? 1));
  const n = y0.length;
  const y = checkState(y0);
  const k1 = new Float64Array(n);
  const k2 = new Float64Array(n);
  const k3 = new Float64Array(n);
  const k4 = new Float64Array(n);
  const tmp = new Float64Array(n);
  const out: number[][] = [Array.from(y)];
  let nfev = 0;
  for (let i = 1; i < times.length; i++) {
    const h = (times[i] - times[i - 1]) / substeps;
    for (let s = 0; s < substeps; s++) {
      const ts = times[i - 1] + s * h;
      f(ts, y, k1);
      for (let j = 0; j < n; j++) tmp[j] = y[j] + 0.5 * h * k1[j];
      f(ts + 0.5 * h, tmp, k2);
      for (let j = 0; j < n; j++) tmp[j] = y[j] + 0.5 * h * k2[j];
      f(ts + 0.5 * h, tmp, k3);
      for (let j = 0; j < n; j++) tmp[j] = y[j] + h * k3[j];
      f(ts + h, tmp, k4);
      nfev += 4;
      for (let j = 0; j < n; j++) y[j] += (h / 6) * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
    }
    for (let j = 0; j < n; j++) {
      if (!Number.isFinite(y[j])) {
        throw new NonFiniteError(
          `rk4: state component ${j} became ${y[j]} at t=${times[i]}; reduce the step`,
        );
      }
    }
    out.push(Array.from(y));
  }
  return { t: times, x: out, nfev, nsteps: (times.length - 1) * substeps, nrejected: 0 };
}
