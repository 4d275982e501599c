/** Evaluates a parsed linear ODE on a time grid: the per-step coefficient and rhs arrays that solveODE takes. */
import { NeurlpValueError } from "../errors.js";
import type { LinearOde } from "./linear.js";

export interface SampledLinearOde {
  /** `[N, K]` row-major (K = order + 1): a_k(t_i) at index i·K + k; reshape to `[1, N, 1, 1, K]`. */
  coefficients: Float64Array;
  /** `[N]`: f(t_i); reshape to `[1, N, 1]`. */
  rhs: Float64Array;
}

const derivative = (k: number) => (k === 0 ? "u" : k <= 3 ? `u${"'".repeat(k)}` : `u^(${k})`);

/**
 * a_k(t_i) and f(t_i) at every grid point. Throws NeurlpValueError naming the term and the time when a value is
 * not finite (e.g. log(t) at t = 0, or 1e200*1e200), and when the top coefficient is 0 on the whole grid.
 */
export function sampleLinearOde(ode: LinearOde, t: ArrayLike<number>): SampledLinearOde {
  const N = t.length;
  const K = ode.order + 1;
  const coefficients = new Float64Array(N * K);
  const rhs = new Float64Array(N);
  let leadingNonZero = false;
  for (let i = 0; i < N; i++) {
    const ti = t[i] as number;
    for (let k = 0; k < K; k++) {
      const c = ode.coefficient(k, ti);
      if (!Number.isFinite(c))
        throw new NeurlpValueError(
          `the coefficient of ${derivative(k)} is ${c} at t = ${ti}; choose a grid where it is finite`,
        );
      coefficients[i * K + k] = c;
    }
    if (coefficients[i * K + K - 1] !== 0) leadingNonZero = true;
    const f = ode.forcing(ti);
    if (!Number.isFinite(f))
      throw new NeurlpValueError(
        `the right-hand side is ${f} at t = ${ti}; choose a grid where it is finite`,
      );
    rhs[i] = f;
  }
  if (N > 0 && !leadingNonZero)
    throw new NeurlpValueError(
      `the coefficient of ${derivative(K - 1)} is 0 at every grid point; simplify the equation`,
    );
  return { coefficients, rhs };
}

/**
 * Readable form: constant coefficients as numbers ("u'' + 0.3u' + 4u = 0"); an equation whose coefficients
 * or forcing depend on t is shown as typed.
 */
export function formatLinearOde(ode: LinearOde): string {
  if (ode.timeVarying) return ode.source.trim().replace(/\s+/g, " ");
  const parts: string[] = [];
  for (let k = ode.order; k >= 0; k--) {
    const c = ode.coefficient(k, 0);
    if (c === 0) continue;
    const mag = Math.abs(c) === 1 ? "" : String(Math.abs(c));
    parts.push(`${parts.length === 0 ? (c < 0 ? "-" : "") : c < 0 ? " - " : " + "}${mag}${derivative(k)}`);
  }
  return `${parts.length > 0 ? parts.join("") : "0"} = ${ode.forcing(0)}`;
}
