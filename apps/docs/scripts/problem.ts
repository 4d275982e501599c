import type { OdeProblem } from "@mechanist/neurlp";

/**
 * A normalised problem (the form backends receive, see the backend interface) for the matrix
 * figure: u'' + u = 0 with u(0), u'(0) given, N points, h = 0.1, central smoothness rows.
 */
export function buildProblemForFigure(N: number): OdeProblem {
  return {
    dims: { B: 1, N, E: 1, D: 1, K: 3, nIvSteps: 1, nIv: 2 },
    smoothness: "central",
    weights: { equation: 1, initial: 1, smoothness: 1 },
    coefficients: { data: Float64Array.of(1, 0, 1), batch: 1, time: 1 },
    rhs: { data: Float64Array.of(0), batch: 1, time: 1 },
    initial: { data: Float64Array.of(0, 1), batch: 1, time: 1 },
    steps: { data: new Float64Array(N - 1).fill(0.1), batch: 1, time: N - 1 },
  };
}
