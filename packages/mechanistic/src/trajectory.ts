/** Checks on sampled trajectories: the workspace's one `Trajectory` contract (`x[i]` is the state at `t[i]`). */
import { defaultVariableNames, type Trajectory } from "@mechanist/datasets";
import { assertFiniteArray, MechanisticInputError } from "./errors.js";

export { defaultVariableNames, type Trajectory };

/** Checks shapes, finiteness and increasing time; returns the state dimension. */
export function validateTrajectories(trajectories: readonly Trajectory[], minSamples = 5): number {
  if (trajectories.length === 0)
    throw new MechanisticInputError("no trajectories given; pass at least one { t, x }");
  const dim = trajectories[0].x[0]?.length ?? 0;
  if (dim === 0) throw new MechanisticInputError("trajectory 0 has no state components");
  trajectories.forEach((traj, k) => {
    if (traj.t.length !== traj.x.length) {
      throw new MechanisticInputError(
        `trajectory ${k}: t has ${traj.t.length} entries but x has ${traj.x.length} states`,
      );
    }
    if (traj.t.length < minSamples) {
      throw new MechanisticInputError(
        `trajectory ${k} has ${traj.t.length} samples; at least ${minSamples} are needed`,
      );
    }
    assertFiniteArray(traj.t, `trajectory ${k} time`);
    for (let i = 1; i < traj.t.length; i++) {
      if (!(traj.t[i] > traj.t[i - 1]))
        throw new MechanisticInputError(
          `trajectory ${k}: time must increase strictly (t[${i}] = ${traj.t[i]} after ${traj.t[i - 1]})`,
        );
    }
    if (traj.names !== undefined && traj.names.length !== dim)
      throw new MechanisticInputError(
        `trajectory ${k} names ${traj.names.length} variables (${traj.names.join(", ")}) but its states have ${dim} components`,
      );
    traj.x.forEach((s, i) => {
      if (s.length !== dim)
        throw new MechanisticInputError(
          `trajectory ${k}, sample ${i} has ${s.length} components; expected ${dim}`,
        );
      assertFiniteArray(s, `trajectory ${k}, sample ${i}`);
    });
  });
  return dim;
}

/** Component `d` of every state as a Float64Array. */
export function component(traj: Trajectory, d: number): Float64Array {
  const out = new Float64Array(traj.x.length);
  for (let i = 0; i < out.length; i++) out[i] = traj.x[i][d];
  return out;
}
