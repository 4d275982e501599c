import { Rng } from "@mechanist/autodiff";
import type { Smoothness } from "../backend.js";

/** Seeded U[0,1) generator (the workspace's one `Rng`), so every conformance run sees the same problems. */
export function rng(seed: number): () => number {
  const r = Rng.fromState({ state: seed >>> 0 });
  return () => r.next();
}

export interface RandomSpec {
  B: number;
  N: number;
  E: number;
  D: number;
  K: number;
  nIvSteps: number;
  nIv: number;
  /** Time-invariant coefficients/rhs (time axis 1). */
  timeInvariant?: boolean;
  smoothness?: Smoothness;
}

export interface RandomArray {
  shape: number[];
  data: Float64Array;
}

function randArray(r: () => number, shape: number[], lo: number, hi: number): RandomArray {
  const size = shape.reduce((a, b) => a * b, 1);
  const data = new Float64Array(size);
  for (let i = 0; i < size; i++) data[i] = lo + (hi - lo) * r();
  return { shape, data };
}

/** Random well-posed problem: coefficients in (−1, 1), rhs in (−1, 1), steps in (0.1, 1). */
export function randomInputs(
  seed: number,
  s: RandomSpec,
): { coefficients: RandomArray; rhs: RandomArray; initial: RandomArray; steps: RandomArray } {
  const r = rng(seed);
  const Nt = s.timeInvariant ? 1 : s.N;
  return {
    coefficients: randArray(r, [s.B, Nt, s.E, s.D, s.K], -1, 1),
    rhs: randArray(r, [s.B, Nt, s.E], -1, 1),
    initial: randArray(r, [s.B, s.nIvSteps, s.D, s.nIv], -1, 1),
    steps: randArray(r, [s.B, s.N - 1], 0.1, 1),
  };
}
