import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SegmentIntegrator } from "../src/discover/integrator.js";
import { polynomialLibrary } from "../src/library.js";

/** x, y, z of Lorenz's library (degree 2) plus a custom sin(x), evaluated by central differences. */
const library = polynomialLibrary(["x", "y", "z"], {
  degree: 2,
  custom: [{ name: "sin(x)", evaluate: (s) => Math.sin(s[0]) }],
});
const index = (name: string) => library.names.indexOf(name);

/** Lorenz's equations, a small sin(x) in dz/dt, and y·z active in dx/dt at coefficient 0. */
function model(): { xi: number[][]; active: Array<[number, number]> } {
  const xi = Array.from({ length: 3 }, () => new Array<number>(library.size).fill(0));
  xi[0][index("x")] = -10;
  xi[0][index("y")] = 10;
  xi[1][index("x")] = 28;
  xi[1][index("y")] = -1;
  xi[1][index("x*z")] = -1;
  xi[2][index("z")] = -8 / 3;
  xi[2][index("x*y")] = 1;
  xi[2][index("sin(x)")] = 0.5;
  const active: Array<[number, number]> = [];
  xi.forEach((row, d) => {
    row.forEach((c, j) => {
      if (c !== 0) active.push([d, j]);
    });
  });
  active.push([0, index("y*z")]);
  return { xi, active };
}

/** The state and sensitivities after `steps` RK4 steps of size h from x0. */
function integrate(xi: number[][], active: Array<[number, number]>, x0: number[], steps: number, h: number) {
  const integ = new SegmentIntegrator(library, xi, active);
  const dim = 3;
  const cols = dim + active.length;
  const z = new Float64Array(integ.size);
  z.set(x0);
  for (let d = 0; d < dim; d++) z[dim + d * cols + d] = 1;
  for (let s = 0; s < steps; s++) integ.step(z, h);
  return { x: Array.from(z.subarray(0, dim)), sensitivity: (d: number, c: number) => z[dim + d * cols + c] };
}

describe("SegmentIntegrator (RK4 with forward sensitivities)", () => {
  const x0 = [1.5, -2, 20];
  const steps = 40;
  const h = 0.005;

  it("matches central differences of the integrated state in the initial state and in every active coefficient", () => {
    const { xi, active } = model();
    const base = integrate(xi, active, x0, steps, h);
    const eps = 1e-6;
    for (let k = 0; k < 3; k++) {
      const plus = integrate(
        xi,
        active,
        x0.map((v, i) => (i === k ? v + eps : v)),
        steps,
        h,
      ).x;
      const minus = integrate(
        xi,
        active,
        x0.map((v, i) => (i === k ? v - eps : v)),
        steps,
        h,
      ).x;
      for (let d = 0; d < 3; d++) {
        const fd = (plus[d] - minus[d]) / (2 * eps);
        expect(Math.abs(base.sensitivity(d, k) - fd)).toBeLessThan(1e-5 * (1 + Math.abs(fd)));
      }
    }
    active.forEach(([e, j], p) => {
      const shifted = (delta: number) => {
        const moved = xi.map((row) => [...row]);
        moved[e][j] += delta;
        return integrate(moved, active, x0, steps, h).x;
      };
      const plus = shifted(eps);
      const minus = shifted(-eps);
      for (let d = 0; d < 3; d++) {
        const fd = (plus[d] - minus[d]) / (2 * eps);
        expect(Math.abs(base.sensitivity(d, 3 + p) - fd)).toBeLessThan(1e-5 * (1 + Math.abs(fd)));
      }
    });
  });

  it("integrates a linear system to its closed form with fourth-order error", () => {
    const linear = polynomialLibrary(["u", "v"], { degree: 1 });
    // u' = −0.5u + 2v, v' = −2u − 0.5v from (1, 1): u = e^{−t/2}(cos 2t + sin 2t), v = e^{−t/2}(cos 2t − sin 2t).
    const xi = [
      [0, -0.5, 2],
      [0, -2, -0.5],
    ];
    const t = 2;
    const exact = [
      Math.exp(-0.5 * t) * (Math.cos(2 * t) + Math.sin(2 * t)),
      Math.exp(-0.5 * t) * (Math.cos(2 * t) - Math.sin(2 * t)),
    ];
    const errorAt = (steps: number) => {
      const integ = new SegmentIntegrator(linear, xi, []);
      const z = new Float64Array(integ.size);
      z.set([1, 1]);
      for (let s = 0; s < steps; s++) integ.step(z, t / steps);
      return Math.hypot(z[0] - exact[0], z[1] - exact[1]);
    };
    const coarse = errorAt(100);
    const fine = errorAt(200);
    expect(fine).toBeLessThan(1e-8);
    // Halving the step divides the global error of RK4 by 2⁴.
    expect(coarse / fine).toBeGreaterThan(14);
    expect(coarse / fine).toBeLessThan(18);
  });

  // The economy of evaluating only the used terms must not change a bit of the result (see integrator.ts).
  it("takes the same floating-point steps as the dense derivative (every term, every entry of J), bit for bit", () => {
    const dense = polynomialLibrary(["a", "b", "c", "d"], { degree: 3 });
    const T = dense.size;
    const dim = 4;
    const model = fc.record({
      support: fc.array(fc.boolean(), { minLength: dim * T, maxLength: dim * T }),
      values: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), {
        minLength: dim * T,
        maxLength: dim * T,
      }),
      x0: fc.array(fc.double({ min: -1.5, max: 1.5, noNaN: true }), { minLength: dim, maxLength: dim }),
    });
    fc.assert(
      fc.property(model, ({ support, values, x0 }) => {
        const xi = Array.from({ length: dim }, (_, d) =>
          Array.from({ length: T }, (_, j) => (support[d * T + j] ? values[d * T + j] : 0)),
        );
        const active: Array<[number, number]> = [];
        xi.forEach((row, d) => {
          row.forEach((c, j) => {
            if (c !== 0) active.push([d, j]);
          });
        });
        const fast = new SegmentIntegrator(dense, xi, active);
        const z = new Float64Array(fast.size);
        z.set(x0);
        const cols = dim + active.length;
        for (let d = 0; d < dim; d++) z[dim + d * cols + d] = 1;
        const reference = Float64Array.from(z);
        for (let s = 0; s < 5; s++) {
          fast.step(z, 0.01);
          denseStep(dense, xi, active, reference, 0.01);
        }
        const differing = Array.from(z.keys()).filter((i) => !Object.is(z[i], reference[i]));
        expect(differing).toEqual([]);
      }),
      { seed: 20261201, numRuns: 60 },
    );
  });
});

/** Monomial value and ∂/∂x_k by the plain loop nest over every variable and power. */
function monomial(e: readonly number[], x: Float64Array, k: number): number {
  let v = k < 0 ? 1 : e[k];
  if (k >= 0 && e[k] === 0) return 0;
  for (let i = 0; i < e.length; i++) for (let p = 0; p < (i === k ? e[i] - 1 : e[i]); p++) v *= x[i];
  return v;
}

/** One RK4 step of state and sensitivities with the derivative evaluated densely (all terms, all of J). */
function denseStep(
  library: ReturnType<typeof polynomialLibrary>,
  xi: number[][],
  active: Array<[number, number]>,
  z: Float64Array,
  h: number,
): void {
  const dim = xi.length;
  const cols = dim + active.length;
  const f = (w: Float64Array): Float64Array => {
    const out = new Float64Array(w.length);
    const jac = new Float64Array(dim * dim);
    const x = w.subarray(0, dim);
    for (let d = 0; d < dim; d++) {
      let v = 0;
      xi[d].forEach((c, j) => {
        if (c === 0) return;
        const e = library.terms[j].exponents as number[];
        v += c * monomial(e, x, -1);
        for (let k = 0; k < dim; k++) jac[d * dim + k] += c * monomial(e, x, k);
      });
      out[d] = v;
    }
    for (let d = 0; d < dim; d++)
      for (let c = 0; c < cols; c++) {
        let s = 0;
        for (let k = 0; k < dim; k++) s += jac[d * dim + k] * w[dim + k * cols + c];
        out[dim + d * cols + c] = s;
      }
    active.forEach(([d, j], p) => {
      out[dim + d * cols + dim + p] += monomial(library.terms[j].exponents as number[], x, -1);
    });
    return out;
  };
  const k1 = f(z);
  const k2 = f(z.map((v, i) => v + 0.5 * h * k1[i]));
  const k3 = f(z.map((v, i) => v + 0.5 * h * k2[i]));
  const k4 = f(z.map((v, i) => v + h * k3[i]));
  for (let i = 0; i < z.length; i++) z[i] += (h / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
}
