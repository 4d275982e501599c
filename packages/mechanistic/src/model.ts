/**
 * A discovered sparse model dx/dt = Θ(x) Ξ: printing, derivative prediction and simulation.
 */
import { MechanisticInputError } from "./errors.js";
import { rk4Substeps } from "./integrate.js";
import type { Library } from "./library.js";
import type { Trajectory } from "./trajectory.js";

export function formatCoefficient(c: number): string {
  const a = Math.abs(c);
  // Magnitudes that fixed decimals cannot show (data in extreme units): three significant digits.
  if (a !== 0 && (a < 1e-10 || a >= 1e15)) return a.toExponential(2);
  const decimals = a >= 0.1 || a === 0 ? 2 : Math.min(12, Math.ceil(-Math.log10(a)) + 2);
  return a.toFixed(decimals);
}

/** `dx/dt = -10.00 x + 10.00 y` (terms with a zero coefficient are omitted; `0` if none survive). */
export function formatEquation(
  variable: string,
  names: readonly string[],
  coefficients: readonly number[],
): string {
  let out = "";
  coefficients.forEach((c, j) => {
    if (c === 0) return;
    const term = names[j] === "1" ? formatCoefficient(c) : `${formatCoefficient(c)} ${names[j]}`;
    if (out === "") out = c < 0 ? `-${term}` : term;
    else out += c < 0 ? ` - ${term}` : ` + ${term}`;
  });
  return `d${variable}/dt = ${out === "" ? "0" : out}`;
}

export interface SimulateOptions {
  /** RK4 substeps per sample interval (default 10). */
  substeps?: number;
}
/**
 * A discovered sparse model dx/dt = Θ(x) Ξ: its printed equations, derivative predictions and RK4 simulation
 * (`simulate`).
 */
export class SparseModel {
  readonly library: Library;
  /** variables × terms, in original units. */
  readonly coefficients: number[][];

  constructor(library: Library, coefficients: readonly (readonly number[])[]) {
    if (
      coefficients.length !== library.variables.length ||
      coefficients.some((row) => row.length !== library.size)
    ) {
      throw new MechanisticInputError(
        `coefficients must be ${library.variables.length} × ${library.size} (variables × terms)`,
      );
    }
    this.library = library;
    this.coefficients = coefficients.map((row) => [...row]);
  }

  get variables(): readonly string[] {
    return this.library.variables;
  }

  get terms(): string[] {
    return this.library.names;
  }

  /** Human-readable equations, one per variable. */
  equations(): string[] {
    return this.variables.map((v, d) => formatEquation(v, this.terms, this.coefficients[d]));
  }

  /** Number of non-zero coefficients. */
  get activeTerms(): number {
    return this.coefficients.reduce((n, row) => n + row.filter((c) => c !== 0).length, 0);
  }

  /** dx/dt at one state. */
  rhs(state: ArrayLike<number>, out: Float64Array = new Float64Array(this.variables.length)): Float64Array {
    const theta = this.library.evaluateRow(state, new Float64Array(this.library.size));
    for (let d = 0; d < out.length; d++) {
      let s = 0;
      const row = this.coefficients[d];
      for (let j = 0; j < row.length; j++) if (row[j] !== 0) s += row[j] * theta[j];
      out[d] = s;
    }
    return out;
  }

  /** dx/dt at every given state. */
  predict(states: readonly ArrayLike<number>[]): number[][] {
    return states.map((s) => Array.from(this.rhs(s)));
  }

  /** Integrates the model from `y0` and samples it at `t` (RK4 with `substeps` per interval). */
  simulate(y0: ArrayLike<number>, t: ArrayLike<number>, options: SimulateOptions = {}): Trajectory {
    if (y0.length !== this.variables.length) {
      throw new MechanisticInputError(
        `initial state has ${y0.length} components; the model has ${this.variables.length}`,
      );
    }
    const x = rk4Substeps((state, dydt) => this.rhs(state, dydt), y0, t, options.substeps ?? 10);
    return { t: Array.from(t), x, names: [...this.variables] };
  }
}
