/** Stacks trajectories into regression data: states (optionally smoothed) and their time derivatives. */

import { type Matrix, matrix } from "@mechanist/autodiff";
import { finiteDifference, smoothDerivative } from "./derivatives.js";
import { component, type Trajectory } from "./trajectory.js";

export function derivativesOf(
  trajectories: readonly Trajectory[],
  method: "finite-difference" | "smooth",
  window = 9,
): { states: Float64Array[]; derivatives: Matrix } {
  const dim = trajectories[0].x[0].length;
  const total = trajectories.reduce((n, tr) => n + tr.t.length, 0);
  const derivatives = matrix(total, dim);
  const states: Float64Array[] = [];
  let offset = 0;
  for (const traj of trajectories) {
    const n = traj.t.length;
    const columns: Float64Array[] = [];
    for (let d = 0; d < dim; d++) {
      const x = component(traj, d);
      if (method === "smooth") {
        const s = smoothDerivative(traj.t, x, { window });
        columns.push(s.value);
        for (let i = 0; i < n; i++) derivatives.data[(offset + i) * dim + d] = s.derivative[i];
      } else {
        columns.push(x);
        const dx = finiteDifference(traj.t, x);
        for (let i = 0; i < n; i++) derivatives.data[(offset + i) * dim + d] = dx[i];
      }
    }
    for (let i = 0; i < n; i++) states.push(Float64Array.from(columns, (c) => c[i]));
    offset += n;
  }
  return { states, derivatives };
}
