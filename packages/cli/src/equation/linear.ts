/**
 * Checks that a parsed equation is linear in u and its derivatives and splits it into
 * Σ_k a_k(t)·u^(k) = f(t). Coefficients and forcing become plain closures over t (never eval).
 */
import { EquationError } from "./errors.js";
import { type Equation, FUNCTIONS, type Node } from "./parse.js";

type Fn = (t: number) => number;

/** An expression as Σ_k coeff_k(t)·u^(k) + forcing(t). */
interface LinearForm {
  coeffs: Map<number, Fn>;
  forcing: Fn | null;
}

export interface LinearOde {
  /** Highest derivative p (≥ 1). */
  order: number;
  /** coefficient(k, t) of u^(k), k = 0..p (0 for absent orders). */
  coefficient: (k: number, t: number) => number;
  /** Right-hand side f(t) after moving every term without u to the right. */
  forcing: Fn;
}

const ZERO: Fn = () => 0;
const constant =
  (v: number): Fn =>
  () =>
    v;

function scale(form: LinearForm, by: Fn): LinearForm {
  const coeffs = new Map<number, Fn>();
  for (const [k, c] of form.coeffs) coeffs.set(k, (t) => by(t) * c(t));
  const f = form.forcing;
  return { coeffs, forcing: f && ((t) => by(t) * f(t)) };
}

function combine(a: LinearForm, b: LinearForm, sign: 1 | -1): LinearForm {
  const coeffs = new Map(a.coeffs);
  for (const [k, c] of b.coeffs) {
    const prev = coeffs.get(k);
    coeffs.set(k, prev ? (t) => prev(t) + sign * c(t) : (t) => sign * c(t));
  }
  const fa = a.forcing;
  const fb = b.forcing;
  const forcing =
    fa && fb ? (t: number) => fa(t) + sign * fb(t) : (fa ?? (fb && ((t: number) => sign * fb(t))));
  return { coeffs, forcing };
}

/** The value of an expression without u (forcing part; 0 if absent). */
function pure(form: LinearForm): Fn {
  return form.forcing ?? ZERO;
}

function firstU(node: Node): Node | null {
  switch (node.type) {
    case "u":
      return node;
    case "neg":
    case "call":
      return firstU(node.arg);
    case "bin":
      return firstU(node.left) ?? firstU(node.right);
    default:
      return null;
  }
}

function linearize(node: Node, source: string): LinearForm {
  const nonlinear = (what: string, at: Node): never => {
    const u = firstU(at);
    throw new EquationError(
      `not linear in u: ${what}; each term must be a coefficient in t times one derivative of u, or a function of t alone`,
      source,
      (u ?? at).pos,
    );
  };
  switch (node.type) {
    case "num":
      return { coeffs: new Map(), forcing: constant(node.value) };
    case "t":
      return { coeffs: new Map(), forcing: (t) => t };
    case "u":
      return { coeffs: new Map([[node.order, constant(1)]]), forcing: null };
    case "neg":
      return scale(linearize(node.arg, source), constant(-1));
    case "call": {
      const arg = linearize(node.arg, source);
      if (arg.coeffs.size > 0) nonlinear(`u inside ${node.fn}(...)`, node.arg);
      const fn = FUNCTIONS[node.fn];
      const inner = pure(arg);
      return { coeffs: new Map(), forcing: (t) => fn(inner(t)) };
    }
    case "bin": {
      const left = linearize(node.left, source);
      const right = linearize(node.right, source);
      switch (node.op) {
        case "+":
          return combine(left, right, 1);
        case "-":
          return combine(left, right, -1);
        case "*":
          if (left.coeffs.size > 0 && right.coeffs.size > 0) nonlinear("a product of u terms", node.right);
          return left.coeffs.size > 0 ? scale(left, pure(right)) : scale(right, pure(left));
        case "/": {
          if (right.coeffs.size > 0) nonlinear("u in a denominator", node.right);
          const den = pure(right);
          return scale(left, (t) => 1 / den(t));
        }
        case "^": {
          if (left.coeffs.size > 0) nonlinear("a power of u", node.left);
          if (right.coeffs.size > 0) nonlinear("u in an exponent", node.right);
          const base = pure(left);
          const exponent = pure(right);
          return { coeffs: new Map(), forcing: (t) => base(t) ** exponent(t) };
        }
      }
    }
  }
}

/** Σ a_k(t) u^(k) = f(t) from `lhs = rhs`; throws EquationError when not linear or without a derivative. */
export function toLinearOde(equation: Equation): LinearOde {
  const { source } = equation;
  const form = combine(linearize(equation.lhs, source), linearize(equation.rhs, source), -1);
  if (form.coeffs.size === 0) throw new EquationError("the equation does not contain u", source, 0);
  const order = Math.max(...form.coeffs.keys());
  if (order < 1)
    throw new EquationError("the equation has no derivative of u (write e.g. u' + 2u = 0)", source, 0);
  const coeffs = form.coeffs;
  const f = form.forcing;
  return {
    order,
    coefficient: (k, t) => coeffs.get(k)?.(t) ?? 0,
    forcing: f ? (t) => -f(t) : ZERO,
  };
}
