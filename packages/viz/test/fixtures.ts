// Small deterministic inputs shared by the structure and golden tests.
export const t = Array.from({ length: 101 }, (_, i) => i / 10);
export const sin = t.map((v) => Math.sin(v));
export const cos = t.map((v) => Math.cos(v));
export const decay = Float64Array.from(t, (v) => 2 * Math.exp(-v / 3));

/** A short Lorenz-like helix in 3D (closed form, no integrator needed). */
export const helix = {
  x: Float64Array.from({ length: 400 }, (_, i) => 10 * Math.cos(i / 20)),
  y: Float64Array.from({ length: 400 }, (_, i) => 10 * Math.sin(i / 20)),
  z: Float64Array.from({ length: 400 }, (_, i) => 5 + i / 10),
};

/** Travelling Gaussian bump u(x, t) = exp(-(x - t)²) on a 12 × 20 grid (rows = time). */
export const grid = {
  x: Array.from({ length: 20 }, (_, j) => -5 + j * 0.5),
  y: Array.from({ length: 12 }, (_, i) => i * 0.5),
};
export const bump = grid.y.map((tt) => grid.x.map((xx) => Math.exp(-((xx - tt) ** 2))));

export const coefficients = {
  terms: ["1", "x", "y", "x*y"],
  variables: ["dx/dt", "dy/dt"],
  truth: [
    [0, 1.5, 0, -1],
    [0, 0, -3, 1],
  ],
  discovered: [
    [0.02, 1.48, 0, -0.97],
    [0, 0.01, -2.9, 1.05],
  ],
};
