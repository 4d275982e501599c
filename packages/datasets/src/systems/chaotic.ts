import { defineSystem } from "./define.js";

export const lorenz = defineSystem({
  name: "lorenz",
  description:
    "Lorenz system x' = σ(y − x), y' = x(ρ − z) − y, z' = xy − βz; chaotic at σ=10, ρ=28, β=8/3. " +
    "Defaults follow the MNN discovery experiment: x0 = (1, 1, 1), dt = 0.01, 10 001 points.",
  citation: "E. N. Lorenz, Deterministic nonperiodic flow, J. Atmos. Sci. 20(2):130–141, 1963.",
  names: ["x", "y", "z"],
  defaultParams: { sigma: 10, rho: 28, beta: 8 / 3 },
  defaultX0: [1, 1, 1],
  defaultTime: { t0: 0, t1: 100, dt: 0.01 },
  rhs:
    ({ sigma, rho, beta }) =>
    (_t, [x, y, z], d) => {
      d[0] = sigma * (y - x);
      d[1] = x * (rho - z) - y;
      d[2] = x * y - beta * z;
    },
  truth: ({ sigma, rho, beta }) => ({
    equations: { x: { x: -sigma, y: sigma }, y: { x: rho, y: -1, "x*z": -1 }, z: { "x*y": 1, z: -beta } },
    vocabulary: "polynomial",
  }),
});

export const rossler = defineSystem({
  name: "rossler",
  description: "Rössler system x' = −y − z, y' = x + ay, z' = b + z(x − c); chaotic at a=b=0.2, c=5.7.",
  citation: "O. E. Rössler, An equation for continuous chaos, Phys. Lett. A 57(5):397–398, 1976.",
  names: ["x", "y", "z"],
  defaultParams: { a: 0.2, b: 0.2, c: 5.7 },
  defaultX0: [1, 1, 0],
  defaultTime: { t0: 0, t1: 100, dt: 0.01 },
  rhs:
    ({ a, b, c }) =>
    (_t, [x, y, z], d) => {
      d[0] = -y - z;
      d[1] = x + a * y;
      d[2] = b + z * (x - c);
    },
  truth: ({ a, b, c }) => ({
    equations: { x: { y: -1, z: -1 }, y: { x: 1, y: a }, z: { "1": b, z: -c, "x*z": 1 } },
    vocabulary: "polynomial",
  }),
});
