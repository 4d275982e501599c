import { defineSystem } from "./define.js";

export const twoBody = defineSystem({
  name: "two-body",
  description:
    "Planar two-body (Kepler) problem in relative coordinates: r'' = −μ r/|r|³, state (x, y, vx, vy). " +
    "Default: an ellipse with eccentricity 0.44 and period ≈ 10.",
  citation:
    "Kepler problem, e.g. H. Goldstein, Classical Mechanics, ch. 3; used as the synthetic 2-body task of " +
    "A. Pervez, F. Locatello, E. Gavves, Mechanistic Neural Networks for Scientific Machine Learning, ICML 2024.",
  names: ["x", "y", "vx", "vy"],
  defaultParams: { mu: 1 },
  defaultX0: [1, 0, 0, 1.2],
  defaultTime: { t0: 0, t1: 20, dt: 0.01 },
  rhs:
    ({ mu }) =>
    (_t, [x, y, vx, vy], d) => {
      const r2 = x * x + y * y;
      const k = -mu / (r2 * Math.sqrt(r2));
      d[0] = vx;
      d[1] = vy;
      d[2] = k * x;
      d[3] = k * y;
    },
  truth: () => ({
    equations: null,
    vocabulary: "none",
    note: "the force −μ r/|r|³ is not polynomial in (x, y); use twoBodyInvariants() to check energy and angular momentum",
  }),
});

/** Energy (½|v|² − μ/|r|) and angular momentum (x vy − y vx): conserved along exact orbits. */
export function twoBodyInvariants(
  state: readonly number[],
  mu = 1,
): { energy: number; angularMomentum: number } {
  const [x, y, vx, vy] = state;
  return {
    energy: 0.5 * (vx * vx + vy * vy) - mu / Math.hypot(x, y),
    angularMomentum: x * vy - y * vx,
  };
}
