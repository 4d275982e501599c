/**
 * SINDy candidate libraries Θ(x): polynomial monomials with readable names (`x*z`, `x^2*y`) plus
 * user-supplied custom terms. Monomials remember their exponents so coefficients can be rescaled exactly.
 */

import { type Matrix, matrix } from "@mechanist/autodiff";
import { MechanisticInputError } from "./errors.js";
import { defaultVariableNames } from "./trajectory.js";

export interface LibraryTerm {
  /** Printed name, e.g. `1`, `x`, `x*z`, `x^2*y`, or anything for a custom term. */
  readonly name: string;
  /** Θ_j(state) for one state vector (in the library's variable order). */
  evaluate(state: ArrayLike<number>): number;
  /** Exponent of every variable when the term is a monomial (`1` has all zeros); absent for custom terms. */
  readonly exponents?: readonly number[];
}

/**
 * A SINDy candidate library Θ(x): named terms (monomials, custom functions) evaluated on the data column by
 * column.
 */
export class Library {
  readonly variables: readonly string[];
  readonly terms: readonly LibraryTerm[];

  constructor(variables: readonly string[], terms: readonly LibraryTerm[]) {
    if (variables.length === 0) throw new MechanisticInputError("a library needs at least one variable name");
    if (terms.length === 0) throw new MechanisticInputError("a library needs at least one term");
    const seen = new Set<string>();
    for (const term of terms) {
      if (seen.has(term.name))
        throw new MechanisticInputError(
          `library term "${term.name}" appears twice; give custom terms unique names`,
        );
      seen.add(term.name);
    }
    this.variables = [...variables];
    this.terms = [...terms];
  }

  get names(): string[] {
    return this.terms.map((t) => t.name);
  }

  get size(): number {
    return this.terms.length;
  }

  /** True when every term is a monomial (then coefficients rescale exactly under a change of state units). */
  get isPolynomial(): boolean {
    return this.terms.every((t) => t.exponents !== undefined);
  }

  /** Θ for a list of states (rows = samples, columns = terms). */
  evaluate(states: readonly ArrayLike<number>[]): Matrix {
    const out = matrix(states.length, this.terms.length);
    for (let i = 0; i < states.length; i++) {
      const s = states[i];
      if (s.length !== this.variables.length) {
        throw new MechanisticInputError(
          `state ${i} has ${s.length} components but the library has ${this.variables.length} variables (${this.variables.join(", ")})`,
        );
      }
      for (let j = 0; j < this.terms.length; j++)
        out.data[i * this.terms.length + j] = this.terms[j].evaluate(s);
    }
    return out;
  }

  /** Θ(state) for one state into a preallocated row. */
  evaluateRow(state: ArrayLike<number>, out: Float64Array): Float64Array {
    for (let j = 0; j < this.terms.length; j++) out[j] = this.terms[j].evaluate(state);
    return out;
  }

  /** A new library with extra terms appended. */
  extend(terms: readonly LibraryTerm[]): Library {
    return new Library(this.variables, [...this.terms, ...terms]);
  }
}

export function monomialName(variables: readonly string[], exponents: readonly number[]): string {
  const parts: string[] = [];
  exponents.forEach((e, i) => {
    if (e === 1) parts.push(variables[i]);
    else if (e > 1) parts.push(`${variables[i]}^${e}`);
  });
  return parts.length === 0 ? "1" : parts.join("*");
}

/** A library term Π xᵢ^eᵢ named like `x*z` or `x^2*y` (exponents in the order of `variables`). */
export function monomialTerm(variables: readonly string[], exponents: readonly number[]): LibraryTerm {
  const exps = [...exponents];
  return {
    name: monomialName(variables, exps),
    exponents: exps,
    evaluate(state) {
      let v = 1;
      for (let i = 0; i < exps.length; i++) for (let p = 0; p < exps[i]; p++) v *= state[i];
      return v;
    },
  };
}

/** Exponent vectors of total degree exactly `degree` in lexicographic order (x^2, x*y, x*z, y^2, ...). */
function exponentsOfDegree(nVars: number, degree: number): number[][] {
  if (nVars === 1) return [[degree]];
  const out: number[][] = [];
  for (let first = degree; first >= 0; first--) {
    for (const rest of exponentsOfDegree(nVars - 1, degree - first)) out.push([first, ...rest]);
  }
  return out;
}

export interface PolynomialLibraryOptions {
  /** Highest total degree (default 2). */
  degree?: number;
  /** Include the constant term `1` (default true). */
  bias?: boolean;
  /** Extra terms appended after the monomials. */
  custom?: readonly LibraryTerm[];
}

/** All monomials up to `degree` in the given variables, ordered by degree then lexicographically (pysindy order). */
export function polynomialLibrary(
  variables: readonly string[],
  options: PolynomialLibraryOptions = {},
): Library {
  const degree = options.degree ?? 2;
  if (!Number.isInteger(degree) || degree < 1 || degree > 6) {
    throw new MechanisticInputError(`polynomial degree must be an integer between 1 and 6, got ${degree}`);
  }
  const terms: LibraryTerm[] = [];
  for (let d = options.bias === false ? 1 : 0; d <= degree; d++) {
    for (const e of exponentsOfDegree(variables.length, d)) terms.push(monomialTerm(variables, e));
  }
  return new Library(variables, [...terms, ...(options.custom ?? [])]);
}

/**
 * The library a fit uses: `options.library` as given, or the polynomial library of `options.degree`
 * (default 2) in `options.variables` (default: the data's `names`, else x, y, z or x1, x2, …); either way
 * it must have `dim` variables.
 */
export function resolveLibrary(
  options: { library?: Library; variables?: readonly string[]; degree?: number },
  dim: number,
  dataNames?: readonly string[],
): Library {
  const variables = options.variables ?? dataNames ?? defaultVariableNames(dim);
  const library = options.library ?? polynomialLibrary(variables, { degree: options.degree ?? 2 });
  if (library.variables.length !== dim) {
    throw new MechanisticInputError(
      `library has ${library.variables.length} variables but the data have ${dim} components`,
    );
  }
  return library;
}

/** A custom library term from a name and a function of the state, e.g. `customTerm("sin(x)", ([x]) => Math.sin(x))`. */
export function customTerm(name: string, fn: (state: ArrayLike<number>) => number): LibraryTerm {
  return { name, evaluate: fn };
}
