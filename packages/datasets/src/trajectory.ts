/**
 * The one data contract for sampled trajectories, shared by every Mechanist package (datasets produce
 * it, `discover` and the plots consume it): `x[i]` is the state at `t[i]`. Typed arrays are accepted.
 */
export interface Trajectory {
  readonly t: ArrayLike<number>;
  readonly x: readonly ArrayLike<number>[];
  /** Variable names in state order (optional; consumers fall back to x, y, z or x1, x2, …). */
  readonly names?: readonly string[];
}

/** The fallback variable names: x, y, z for up to three states, else x1, x2, … */
export function defaultVariableNames(dim: number): string[] {
  if (dim <= 3) return ["x", "y", "z"].slice(0, dim);
  return Array.from({ length: dim }, (_, i) => `x${i + 1}`);
}
