import type { Rng } from "../rng.js";

/**
 * LPSDA's random initial condition: u0(x) = Σ_i A_i sin(2π l_i x / L + φ_i) with A_i ~ U(−½, ½),
 * φ_i ~ U(0, 2π), l_i integer in [lMin, lMax). Draw order: all A, then all φ, then all l.
 */
export function sineSeries(
  rng: Rng,
  waves: number,
  lMin: number,
  lMax: number,
): { A: number[]; phi: number[]; l: number[] } {
  const A = Array.from({ length: waves }, () => rng.next() - 0.5);
  const phi = Array.from({ length: waves }, () => 2 * Math.PI * rng.next());
  const l = Array.from({ length: waves }, () => lMin + rng.int(lMax - lMin));
  return { A, phi, l };
}

export function evalSineSeries(
  init: { A: number[]; phi: number[]; l: number[] },
  x: number[],
  L: number,
): number[] {
  return x.map((xj) =>
    init.A.reduce((s, a, i) => s + a * Math.sin((2 * Math.PI * init.l[i] * xj) / L + init.phi[i]), 0),
  );
}
