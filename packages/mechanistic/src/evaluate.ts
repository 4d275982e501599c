/** Compares discovered coefficients with known true equations (`{ x: { x: -10, y: 10 }, ... }`). */
export interface TruthComparison {
  /** Largest |ξ − ξ_true| / |ξ_true| over the true terms (Infinity when a true term is missing). */
  maxRelativeError: number;
  /** True terms that were not found, as "variable: term". */
  missing: string[];
  /** Found terms that are not in the truth, with their coefficients. */
  spurious: Array<{ variable: string; term: string; coefficient: number }>;
  /** Per true term: found and true coefficient and relative error. */
  terms: Array<{ variable: string; term: string; found: number; truth: number; relativeError: number }>;
}

/**
 * Compares discovered coefficients with the true equations: largest relative error, missing and spurious
 * terms.
 */
export function compareToTruth(
  variables: readonly string[],
  terms: readonly string[],
  coefficients: readonly (readonly number[])[],
  truth: Readonly<Record<string, Readonly<Record<string, number>>>>,
): TruthComparison {
  const out: TruthComparison = { maxRelativeError: 0, missing: [], spurious: [], terms: [] };
  variables.forEach((v, d) => {
    const eq = truth[v] ?? {};
    for (const [term, value] of Object.entries(eq)) {
      if (value === 0) continue;
      const j = terms.indexOf(term);
      const found = j >= 0 ? coefficients[d][j] : 0;
      const relativeError = Math.abs(found - value) / Math.abs(value);
      if (found === 0) out.missing.push(`${v}: ${term}`);
      out.terms.push({ variable: v, term, found, truth: value, relativeError });
      out.maxRelativeError = Math.max(
        out.maxRelativeError,
        found === 0 ? Number.POSITIVE_INFINITY : relativeError,
      );
    }
    terms.forEach((term, j) => {
      if (coefficients[d][j] !== 0 && !(term in eq && eq[term] !== 0))
        out.spurious.push({ variable: v, term, coefficient: coefficients[d][j] });
    });
  });
  return out;
}
