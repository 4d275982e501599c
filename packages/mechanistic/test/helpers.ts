import { expect } from "vitest";
import type { Family } from "../bench/families.js";
import { compareToTruth, discover } from "../src/index.js";
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

/**
 * Discovery with `degree` (default options otherwise) finds exactly the true terms of a generated dataset, each
 * coefficient within `tolerance` (relative).
 */
/** Missing true terms and spurious terms ("variable: term") of a comparison with the truth, for exact matching. */
export function structure(cmp: ReturnType<typeof compareToTruth>): { missing: string[]; spurious: string[] } {
  return { missing: cmp.missing, spurious: cmp.spurious.map((s) => `${s.variable}: ${s.term}`) };
}

export async function expectExactStructure(
  ds: { t: number[]; x: number[][]; names: string[]; trueEquations?: unknown },
  degree: number,
  tolerance: number,
): Promise<void> {
  const r = await discover({ t: ds.t, x: ds.x }, { variables: ds.names, degree });
  const truth = ds.trueEquations as Record<string, Record<string, number>>;
  const cmp = compareToTruth(r.variables, r.terms, r.coefficients, truth);
  expect(structure(cmp)).toEqual({ missing: [], spurious: [] });
  expect(cmp.maxRelativeError).toBeLessThan(tolerance);
}

/** The bench family (bench/families.ts, held-out-*.ts) whose label starts with `label`. */
export function familyOf(families: readonly Family[], label: string): Family {
  const f = families.find((x) => x.label.startsWith(label));
  if (!f) throw new Error(`${label} is missing from the bench's families`);
  return f;
}

/** Discovery (the family's degree, default options otherwise) on a draw of a bench family, and its structure. */
export async function discoverDraw(
  families: readonly Family[],
  label: string,
  draw: Parameters<Family["system"]["generate"]>[0],
) {
  const f = familyOf(families, label);
  const ds = f.system.generate(draw);
  const r = await discover({ t: ds.t, x: ds.x }, { variables: ds.names, degree: f.degree });
  const truth = ds.trueEquations as Record<string, Record<string, number>>;
  return { r, ...structure(compareToTruth(r.variables, r.terms, r.coefficients, truth)) };
}
