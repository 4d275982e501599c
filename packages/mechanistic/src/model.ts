/**
 * A discovered sparse model dx/dt = Θ(x) Ξ: printing, derivative prediction and simulation.
 */
import { runSteps, runStepsAsync, type Steps } from "@mechanist/autodiff";
import { odeSolve, odeSolveAsync } from "@mechanist/neurlp";
import { MechanisticInputError } from "./errors.js";
import { rk4Substeps } from "./integrate.js";
import type { Library } from "./library.js";
import { checkOptionKeys, SIMULATE_KEYS } from "./option-keys.js";
import { type NeurlpSimulateOptions, neurlpSimulateSteps, type Solve } from "./simulate.js";
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

/**
 * Without `backend`: classical RK4 on the host. With `backend` (any registered NeuRLP backend, "cpu"
 * included): NeuRLP's solver on that backend, Newton windows of linear solves (see `NeurlpSimulateOptions`),
 * so every backend runs the same algorithm and agrees with "cpu" to its precision.
 */
export interface SimulateOptions extends NeurlpSimulateOptions {
  /** Substeps per sample interval (default 10). */
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

  /**
   * Integrates the model from `y0` and samples it at `t`: RK4 with `substeps` per interval, or NeuRLP on
   * `options.backend` (synchronous backends; else `simulateAsync`).
   */
  simulate(y0: ArrayLike<number>, t: ArrayLike<number>, options: SimulateOptions = {}): Trajectory {
    const hint = `simulate: backend "${options.backend}" is asynchronous: use await model.simulateAsync(...)`;
    const x = runSteps(this.simulateSteps(y0, t, options, odeSolve), () => new MechanisticInputError(hint));
    return { t: Array.from(t), x, names: [...this.variables] };
  }

  /** `simulate` on any NeuRLP backend, asynchronous ones (WebGPU) included. */
  async simulateAsync(
    y0: ArrayLike<number>,
    t: ArrayLike<number>,
    options: SimulateOptions = {},
  ): Promise<Trajectory> {
    const x = await runStepsAsync(this.simulateSteps(y0, t, options, odeSolveAsync));
    return { t: Array.from(t), x, names: [...this.variables] };
  }

  private *simulateSteps(
    y0: ArrayLike<number>,
    t: ArrayLike<number>,
    o: SimulateOptions,
    solve: Solve,
  ): Steps<number[][]> {
    if (y0.length !== this.variables.length) {
      throw new MechanisticInputError(
        `initial state has ${y0.length} components; the model has ${this.variables.length}`,
      );
    }
    checkOptionKeys(o, SIMULATE_KEYS, "simulate options");
    const f = (state: Float64Array, dydt: Float64Array) => this.rhs(state, dydt);
    if (o.backend === undefined) return rk4Substeps(f, y0, t, o.substeps ?? 10);
    return yield* neurlpSimulateSteps(f, y0, t, o, solve);
  }
}
