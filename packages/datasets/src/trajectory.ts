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
