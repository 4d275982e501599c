/**
 * The sparsity rule shared by STLSQ and discovery. A coefficient is removed when |ξ| < λ in original units,
 * as in the paper. With `auto` on, a term below λ survives when its contribution to the equation is large:
 * |ξ_j|·rms(Θ_j) ≥ ρ·rms(dx/dt). A fixed λ = 0.1 would otherwise wipe out true terms whose coefficients
 * are small only because their library columns are large (Lotka–Volterra: 0.075·x·y with x·y ≈ 50), while
 * spurious terms that absorb noise contribute far less than ρ.
 */
export interface ThresholdRule {
  threshold: number;
  auto: boolean;
  /** Minimum relative contribution ρ that protects a term below λ (default 0.02). */
  contribution: number;
}

/**
 * Returns the new active set (a subset of `active`) and whether anything changed. `contributionScale[j]` is
 * rms(Θ_j)/rms(dx/dt) for this equation; omit it to use λ alone.
 */
export function applyThreshold(
  coefficients: ArrayLike<number>,
  active: boolean[],
  rule: ThresholdRule,
  contributionScale?: ArrayLike<number>,
): { active: boolean[]; changed: boolean } {
  let changed = false;
  const next = active.map((a, j) => {
    const c = Math.abs(coefficients[j]);
    const protectedTerm =
      rule.auto && contributionScale !== undefined && c * contributionScale[j] >= rule.contribution;
    const keep = a && (c >= rule.threshold || protectedTerm);
    if (a && !keep) changed = true;
    return keep;
  });
  return { active: next, changed };
}

/**
 * How discovery selects terms. `"threshold"`: a number was given, and |ξ| < λ (original units) removes a term —
 * nothing else does (unless `autoThreshold` or `pruneTolerance` are also set explicitly). `"auto"` (the default):
 * λ = 0.1 with terms protected by their contribution (≥ 2% of the derivative), backward elimination of terms whose
 * removal raises the window loss by < 10%, and on noisy data a reselection kept when it lowers BIC and a
 * significance test (a term must lower χ² by more than ln(residual count)).
 */
export interface SelectionRule {
  rule: "auto" | "threshold";
  /** λ in original units. */
  threshold: number;
  /** The applied rule in words, for reports. */
  description: string;
}

export const AUTO_THRESHOLD = 0.1;

export function describeSelection(
  threshold: number | "auto",
  rule: ThresholdRule,
  pruneTolerance: number,
): SelectionRule {
  if (threshold === "auto") {
    return {
      rule: "auto",
      threshold: rule.threshold,
      description:
        `auto: |ξ| ≥ ${rule.threshold} or contribution ≥ ${rule.contribution * 100}% of the derivative; ` +
        `backward elimination below ${pruneTolerance * 100}% loss increase; on noisy data BIC reselection and ` +
        "a significance test (Δχ² > ln n)",
    };
  }
  const extras = [
    rule.auto ? `, or contribution ≥ ${rule.contribution * 100}% of the derivative` : "",
    pruneTolerance > 0 ? `; backward elimination below ${pruneTolerance * 100}% loss increase` : "",
  ].join("");
  return { rule: "threshold", threshold, description: `threshold: |ξ| ≥ ${threshold}${extras}` };
}
