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
});
