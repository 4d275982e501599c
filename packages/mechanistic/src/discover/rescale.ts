/**
 * Units. Data of extreme magnitude (a state scaled by 1e-100 or 1e+100) break discovery without rescaling: the
 * library's products under- or overflow, the solver refuses magnitudes beyond 1e150, and λ in original units
 * means something else entirely. Such data are run in units of a power of ten per variable (x̃_d = x_d / s_d),
 * and the result is mapped back exactly: a monomial Π x_k^e_k in equation d has ξ = ξ̃ · s_d / Π s_k^e_k.
 * Data of ordinary magnitude are left alone, so λ keeps its meaning in the user's units there.
 */
import { MechanisticInputError } from "../errors.js";
import type { Library } from "../library.js";
import type { Trajectory } from "../trajectory.js";

/** Variables whose RMS lies in this range are used in their own units. */
export const ORDINARY_MAGNITUDE = { low: 1e-6, high: 1e6 } as const;

/** log10 of the unit of every variable (0 = its own units), or null when every variable is ordinary. */
export function unitExponents(trajectories: readonly Trajectory[], dim: number): number[] | null {
  const exponents = Array.from({ length: dim }, (_, d) => {
    // Σ (x/m)² with m = max |x| cannot overflow or underflow to 0 for nonzero data.
    let m = 0;
    for (const tr of trajectories) for (const s of tr.x) m = Math.max(m, Math.abs(s[d]));
    if (m === 0) return 0;
    let sum = 0;
    let n = 0;
    for (const tr of trajectories) {
      for (const s of tr.x) {
        sum += (s[d] / m) ** 2;
        n++;
      }
    }
    const log10Rms = Math.log10(m) + 0.5 * Math.log10(sum / n);
    const ordinary =
      log10Rms >= Math.log10(ORDINARY_MAGNITUDE.low) && log10Rms <= Math.log10(ORDINARY_MAGNITUDE.high);
    return ordinary ? 0 : Math.round(log10Rms);
  });
  return exponents.some((e) => e !== 0) ? exponents : null;
}

/** The trajectories in units 10^exponents (names kept). */
export function toUnits(trajectories: readonly Trajectory[], exponents: readonly number[]): Trajectory[] {
  // Dividing by 10^e in two halves keeps every intermediate finite (10^±200 would not be).
  const halves = exponents.map((e) => [10 ** -Math.trunc(e / 2), 10 ** -(e - Math.trunc(e / 2))]);
  return trajectories.map((tr) => ({
    ...tr,
    x: tr.x.map((s) => Array.from(s, (v, d) => v * halves[d][0] * halves[d][1])),
  }));
}

/**
 * Per equation and term, log10 of the factor that turns a coefficient in the scaled units into original units.
 * Only monomial libraries rescale exactly; a custom term gets a clear error.
 */
export function coefficientExponents(library: Library, exponents: readonly number[]): number[][] {
  if (!library.isPolynomial)
    throw new MechanisticInputError(
      `the data's magnitude (10^${exponents.join(", 10^")} per variable) is outside [${ORDINARY_MAGNITUDE.low}, ${ORDINARY_MAGNITUDE.high}] and a custom library term cannot be rescaled; rescale the data to ordinary units first`,
    );
  return exponents.map((ed) =>
    library.terms.map((term) => ed - (term.exponents ?? []).reduce((s, e, k) => s + e * exponents[k], 0)),
  );
}

/** ξ̃ · 10^p, in two halves so that an intermediate power of ten does not overflow. */
export function fromUnits(value: number, power: number): number {
  const half = Math.trunc(power / 2);
  return value * 10 ** half * 10 ** (power - half);
}

export function coefficientsFromUnits(
  coefficients: readonly (readonly number[])[],
  powers: readonly (readonly number[])[],
): number[][] {
  return coefficients.map((row, d) => row.map((c, j) => (c === 0 ? 0 : fromUnits(c, powers[d][j]))));
}
