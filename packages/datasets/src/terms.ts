/**
 * True equations in the SINDy term vocabulary: for each state variable, a map from term name to
 * coefficient. Term names are monomials in variable order with exponents written with ^:
 * `1`, `x`, `x^2`, `x*y`, `x^2*y`. Example (Lorenz):
 * `{ x: { x: -10, y: 10 }, y: { x: 28, y: -1, "x*z": -1 }, z: { "x*y": 1, z: -8/3 } }`.
 */
export type TrueEquations = Record<string, Record<string, number>>;

/**
 * Which vocabulary the true equations use: "polynomial" (monomials only), "extended" (also
 * `sin(x)`-style terms, see the system's note) or "none" (not given; `trueEquations` is null).
 */
export type Vocabulary = "polynomial" | "extended" | "none";

/** Formats the monomial ∏ names[i]^exponents[i] as a term name (`1` for the constant). */
export function formatMonomial(names: readonly string[], exponents: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const e = exponents[i] ?? 0;
    if (e === 1) parts.push(names[i]);
    else if (e > 1) parts.push(`${names[i]}^${e}`);
  }
  return parts.length === 0 ? "1" : parts.join("*");
}

/**
 * All monomials of total degree ≤ `degree`, ordered by degree and then lexicographically in
 * variable order (`1, x, y, z, x^2, x*y, x*z, y^2, y*z, z^2` for three variables, degree 2: the
 * order of pysindy's PolynomialLibrary and of the MNN Lorenz library).
 */
export function polynomialTerms(names: readonly string[], degree: number): string[] {
  const out: string[] = [];
  const exps = new Array<number>(names.length).fill(0);
  const rec = (start: number, left: number) => {
    if (left === 0) {
      out.push(formatMonomial(names, exps));
      return;
    }
    for (let i = start; i < names.length; i++) {
      exps[i]++;
      rec(i, left - 1);
      exps[i]--;
    }
  };
  for (let d = 0; d <= degree; d++) rec(0, d);
  return out;
}
