/**
 * The sparsity rule shared by STLSQ and discovery. A coefficient survives when |ξ| ≥ λ_eff in original units,
 * with λ_eff = min(λ, relative · max_j |ξ_j|) per equation when `auto` is on: a threshold of 0.1 must not wipe
 * out an equation whose true coefficients are all small (e.g. 0.02 x − 0.05 x*y), while on ordinary systems
 * λ_eff = λ exactly as the user asked.
 */
export interface ThresholdRule {
  threshold: number;
  auto: boolean;
  /** Fraction of the equation's largest coefficient that caps λ when `auto` (default 0.05). */
  relative: number;
}

export function effectiveThreshold(
  coefficients: ArrayLike<number>,
  active: ArrayLike<boolean>,
  rule: ThresholdRule,
): number {
  if (!rule.auto) return rule.threshold;
  let max = 0;
  for (let j = 0; j < coefficients.length; j++) if (active[j]) max = Math.max(max, Math.abs(coefficients[j]));
  return Math.min(rule.threshold, rule.relative * max);
}

/** Returns the new active set (a subset of `active`); reports whether anything changed. */
export function applyThreshold(
  coefficients: ArrayLike<number>,
  active: boolean[],
  rule: ThresholdRule,
): { active: boolean[]; changed: boolean } {
  const lambda = effectiveThreshold(coefficients, active, rule);
  let changed = false;
  const next = active.map((a, j) => {
    const keep = a && Math.abs(coefficients[j]) >= lambda;
    if (a && !keep) changed = true;
    return keep;
  });
  return { active: next, changed };
}
