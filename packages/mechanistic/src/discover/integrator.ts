/**
 * RK4 integration of the model dx/dt = Θ(x)ξ with forward sensitivities to the segment's initial state and to the
 * active coefficients: the inner loop of trajectory refinement (refine.ts), which takes most of a noisy
 * discovery's time. Only the terms the model uses are evaluated (an equation of a 60-term library uses a handful),
 * in the same order of operations as evaluating all of them, so the results do not depend on this economy.
 */
import type { Library } from "../library.js";

/** Term values and ∂Θ_j/∂x_k of the used terms (analytic for monomials, central differences for custom terms). */
class UsedTerms {
  /** Library indices of the used terms, ascending. */
  readonly index: Int32Array;
  private readonly exponents: (readonly number[] | undefined)[];

  constructor(
    private readonly library: Library,
    used: readonly boolean[],
  ) {
    this.index = Int32Array.from(used.flatMap((u, j) => (u ? [j] : [])));
    this.exponents = Array.from(this.index, (j) => library.terms[j].exponents);
  }

  /** theta[j] and grad[j·dim + k] for every used j; x holds the state in its first dim entries. */
  evaluate(x: Float64Array, dim: number, theta: Float64Array, grad: Float64Array): void {
    for (let u = 0; u < this.index.length; u++) {
      const j = this.index[u];
      const e = this.exponents[u];
      if (!e) {
        this.custom(j, x, dim, theta, grad);
        continue;
      }
      let v = 1;
      for (let i = 0; i < dim; i++) for (let p = 0; p < e[i]; p++) v *= x[i];
      theta[j] = v;
      for (let k = 0; k < dim; k++) {
        let g = 0;
        if (e[k] !== 0) {
          g = e[k];
          for (let i = 0; i < dim; i++) {
            const p = i === k ? e[i] - 1 : e[i];
            for (let q = 0; q < p; q++) g *= x[i];
          }
        }
        grad[j * dim + k] = g;
      }
    }
  }

  private custom(j: number, x: Float64Array, dim: number, theta: Float64Array, grad: Float64Array): void {
    const term = this.library.terms[j];
    const state = x.subarray(0, dim);
    theta[j] = term.evaluate(state);
    for (let k = 0; k < dim; k++) {
      const h = 1e-6 * (1 + Math.abs(x[k]));
      const xp = Float64Array.from(state);
      const xm = Float64Array.from(state);
      xp[k] += h;
      xm[k] -= h;
      grad[j * dim + k] = (term.evaluate(xp) - term.evaluate(xm)) / (2 * h);
    }
  }
}

/**
 * Integrates state + sensitivities through one segment. z = [x (dim), S_x0 (dim×dim), S_ξ (dim×P)] row-major by
 * state component.
 */
export class SegmentIntegrator {
  private readonly dim: number;
  private readonly P: number;
  private readonly terms: UsedTerms;
  /** Per equation, the library indices and values of its nonzero coefficients (ascending index). */
  private readonly rows: { index: Int32Array; value: Float64Array }[];
  private readonly theta: Float64Array;
  private readonly grad: Float64Array;
  private readonly jac: Float64Array;
  private readonly k: Float64Array[];
  private readonly tmp: Float64Array;
  readonly size: number;

  constructor(
    library: Library,
    xi: readonly (readonly number[])[],
    private readonly active: ReadonlyArray<readonly [number, number]>,
  ) {
    this.dim = library.variables.length;
    this.P = active.length;
    this.size = this.dim * (1 + this.dim + this.P);
    const used = library.terms.map((_, j) => xi.some((row) => row[j] !== 0));
    for (const [, j] of active) used[j] = true;
    this.terms = new UsedTerms(library, used);
    this.rows = xi.map((row) => {
      const index = Int32Array.from(row.flatMap((c, j) => (c !== 0 ? [j] : [])));
      return { index, value: Float64Array.from(index, (j) => row[j]) };
    });
    this.theta = new Float64Array(library.size);
    this.grad = new Float64Array(library.size * this.dim);
    this.jac = new Float64Array(this.dim * this.dim);
    this.k = Array.from({ length: 4 }, () => new Float64Array(this.size));
    this.tmp = new Float64Array(this.size);
  }

  /** dz/dt into out. */
  private derivative(z: Float64Array, out: Float64Array): void {
    const { dim, P, theta, grad, jac } = this;
    this.terms.evaluate(z, dim, theta, grad);
    jac.fill(0);
    for (let d = 0; d < dim; d++) {
      const { index, value } = this.rows[d];
      let f = 0;
      for (let u = 0; u < index.length; u++) {
        const j = index[u];
        const c = value[u];
        f += c * theta[j];
        for (let k = 0; k < dim; k++) jac[d * dim + k] += c * grad[j * dim + k];
      }
      out[d] = f;
    }
    const cols = dim + P;
    // S' = J S (+ ∂f/∂ξ for the ξ columns). S is stored [dim rows][cols] after x.
    for (let d = 0; d < dim; d++) {
      for (let c = 0; c < cols; c++) {
        let s = 0;
        for (let k = 0; k < dim; k++) s += jac[d * dim + k] * z[dim + k * cols + c];
        out[dim + d * cols + c] = s;
      }
    }
    for (let p = 0; p < P; p++) {
      const [d, j] = this.active[p];
      out[dim + d * cols + dim + p] += theta[j];
    }
  }

  /** One RK4 step of size h in place. */
  step(z: Float64Array, h: number): void {
    const [k1, k2, k3, k4] = this.k;
    const tmp = this.tmp;
    const n = this.size;
    this.derivative(z, k1);
    for (let i = 0; i < n; i++) tmp[i] = z[i] + 0.5 * h * k1[i];
    this.derivative(tmp, k2);
    for (let i = 0; i < n; i++) tmp[i] = z[i] + 0.5 * h * k2[i];
    this.derivative(tmp, k3);
    for (let i = 0; i < n; i++) tmp[i] = z[i] + h * k3[i];
    this.derivative(tmp, k4);
    for (let i = 0; i < n; i++) z[i] += (h / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
  }
}
