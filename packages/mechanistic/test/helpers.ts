import { polynomialLibrary } from "../src/library.js";
import { SparseModel } from "../src/model.js";
import type { Trajectory } from "../src/trajectory.js";

/** Lorenz as a SparseModel (exact coefficients) to generate reference data without other packages. */
export function lorenzModel(sigma = 10, rho = 28, beta = 8 / 3): SparseModel {
  const lib = polynomialLibrary(["x", "y", "z"]);
  const row = (entries: Record<string, number>) => lib.names.map((n) => entries[n] ?? 0);
  return new SparseModel(lib, [
    row({ x: -sigma, y: sigma }),
    row({ x: rho, y: -1, "x*z": -1 }),
    row({ z: -beta, "x*y": 1 }),
  ]);
}

export function sample(model: SparseModel, y0: number[], dt: number, n: number): Trajectory {
  const t = Array.from({ length: n }, (_, i) => i * dt);
  return model.simulate(y0, t, { substeps: 20 });
}

export function maxRelativeError(found: number[][], truth: number[][]): number {
  let worst = 0;
  truth.forEach((row, d) => {
    row.forEach((c, j) => {
      if (c !== 0) worst = Math.max(worst, Math.abs(found[d][j] - c) / Math.abs(c));
    });
  });
  return worst;
}

export function supportMatches(found: number[][], truth: number[][]): boolean {
  return truth.every((row, d) => row.every((c, j) => (c !== 0) === (found[d][j] !== 0)));
}
