/**
 * Warnings about state variables that the data cannot tell apart from simpler ones. A variable constant in the
 * data makes every term with it a copy of a lower-degree term (x ≡ 1: x·y is y, x is the constant); two variables
 * that are affine images of each other (y = a + b·x on every sample) make terms in one stand for terms in the
 * other. Either way many equations fit the data exactly alike and the one returned is a choice, not a finding.
 */
import { CONSTANT_SPREAD, meanAndSpread } from "../scale.js";
import type { Trajectory } from "../trajectory.js";

/** |correlation| above this counts as an affine copy (residual of the affine fit ≲ 5e-5 of the spread). */
const AFFINE = 1 - 1e-9;

interface Moments {
  mean: number;
  spread: number;
}

function column(trajectories: readonly Trajectory[], d: number): number[] {
  return trajectories.flatMap((tr) => tr.x.map((row) => row[d]!));
}

function correlation(a: readonly number[], ma: Moments, b: readonly number[], mb: Moments): number {
  let c = 0;
  for (let i = 0; i < a.length; i++) c += (a[i]! - ma.mean) * (b[i]! - mb.mean);
  return c / a.length / (ma.spread * mb.spread);
}

const isConstant = (m: Moments) => m.spread <= CONSTANT_SPREAD * (Math.abs(m.mean) + m.spread);

/** Per variable, whether it is constant in the data (spread at rounding level of its magnitude). */
export function constantVariables(dim: number, trajectories: readonly Trajectory[]): boolean[] {
  return Array.from({ length: dim }, (_, d) => isConstant(meanAndSpread(column(trajectories, d))));
}

export function degenerateVariableWarnings(
  variables: readonly string[],
  trajectories: readonly Trajectory[],
): string[] {
  const columns = variables.map((_, d) => column(trajectories, d));
  const stats = columns.map(meanAndSpread);
  const constant = stats.map(isConstant);
  const warnings: string[] = [];
  variables.forEach((name, d) => {
    if (constant[d]) {
      warnings.push(
        `${name} is constant in the data: terms with ${name} duplicate lower-degree terms, so its equation and the coefficients of those terms are not identified. Drop ${name} from the data or add data where it varies.`,
      );
    }
  });
  for (let i = 0; i < variables.length; i++) {
    for (let j = i + 1; j < variables.length; j++) {
      if (constant[i] || constant[j]) continue;
      if (Math.abs(correlation(columns[i]!, stats[i]!, columns[j]!, stats[j]!)) < AFFINE) continue;
      warnings.push(
        `${variables[j]} is an affine copy of ${variables[i]} in the data (|correlation| > 1 − 1e-9): terms in one stand for terms in the other, so the equations are not unique. Drop one of them or add data where they differ.`,
      );
    }
  }
  return warnings;
}
