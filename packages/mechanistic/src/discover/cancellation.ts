/**
 * A warning for an equation that is a dense combination of terms cancelling one another along the data. On a
 * trajectory that covers little of the state space, many library terms are nearly dependent, and a wrong model can
 * combine a dozen of them with large coefficients that cancel to the derivative: it re-simulates well, so the
 * poor-fit warning stays silent, yet it is not the dynamics. The autocatalator's clean draw 1097 (bench set 9, 500
 * samples) ended with da/dt = 1224.88 − 2460.05 a + 1626.64 a² − 343.87 a³ + … (12 terms), whose largest term is 504
 * times the size of the whole right-hand side.
 *
 * Measured over 585 stored bench results (the clean trajectories of their draws): exact models reach at most 15.7
 * (their equations at most 8 terms), and the true models of all fourteen held-out sets, over their own trajectories,
 * at most 67 (a food chain's dx/dt, few terms). Both bars are needed: true equations with a few large cancelling
 * terms exist, dense true equations are rare, and the wrong models this is for have both (12 terms at 504, 19 terms
 * at 29 940).
 */
import type { Library } from "../library.js";
import { relativeSize } from "./warnings.js";

/** Terms from which an equation counts as dense. */
export const CANCELLING_TERMS = 10;

/** Largest term's rms over the rms of the equation's right-hand side, from which its terms count as cancelling. */
export const CANCELLATION = 100;

/** States to measure on: the smoothed state of each trajectory (prepare.ts `PreparedTrajectory`), per component. */
export interface StateSamples {
  t: ArrayLike<number>;
  smoothed: readonly { value: ArrayLike<number> }[];
}

export interface EquationCancellation {
  /** Nonzero coefficients of the equation. */
  terms: number;
  /** max_j rms(ξ_j θ_j(x)) / rms(Σ_j ξ_j θ_j(x)) over the states (Infinity when the sum vanishes; 0 for no terms). */
  ratio: number;
}

/** Per equation, its term count and cancellation ratio on the smoothed states of `trajectories`. */
export function cancellation(
  library: Library,
  coefficients: readonly (readonly number[])[],
  trajectories: readonly StateSamples[],
): EquationCancellation[] {
  return coefficients.map((row) => {
    const used = row.flatMap((c, j) => (c !== 0 ? [j] : []));
    const termSquares = new Float64Array(used.length);
    let sumSquares = 0;
    for (const tr of trajectories) {
      const state = new Float64Array(tr.smoothed.length);
      for (let i = 0; i < tr.t.length; i++) {
        tr.smoothed.forEach((c, d) => {
          state[d] = c.value[i];
        });
        let sum = 0;
        used.forEach((j, u) => {
          const contribution = row[j] * library.terms[j].evaluate(state);
          termSquares[u] += contribution * contribution;
          sum += contribution;
        });
        sumSquares += sum * sum;
      }
    }
    const largest = Math.max(0, ...termSquares);
    return { terms: used.length, ratio: largest === 0 ? 0 : Math.sqrt(largest / sumSquares) };
  });
}

/** The warning for the equations with at least CANCELLING_TERMS terms and a ratio of at least CANCELLATION. */
export function cancellationWarnings(
  library: Library,
  coefficients: readonly (readonly number[])[],
  trajectories: readonly StateSamples[],
  /** The polynomial degree (undefined for a custom library). */
  degree: number | undefined,
): string[] {
  const flagged = cancellation(library, coefficients, trajectories)
    .map((c, d) => ({ ...c, name: library.variables[d] }))
    .filter((c) => c.terms >= CANCELLING_TERMS && c.ratio >= CANCELLATION);
  if (flagged.length === 0) return [];
  const listed = flagged.map(
    (c) =>
      `d${c.name}/dt has ${c.terms} terms, the largest ${Number.isFinite(c.ratio) ? relativeSize(c.ratio) : "infinitely many times"} the size of the whole right-hand side`,
  );
  const degreeLever = degree !== undefined ? `, or use a smaller degree (now ${degree})` : "";
  return [
    `${listed.join("; ")}: the terms cancel one another along the data, so the equation is a dense fit of nearly dependent terms, not identified dynamics, even where it re-simulates well. Do not trust its structure; add trajectories from other initial states or longer data${degreeLever}.`,
  ];
}
