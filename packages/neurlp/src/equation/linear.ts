/**
 * Checks that a parsed equation is linear in u and its derivatives and splits it into
 * Σ_k a_k(t)·u^(k) = f(t). Coefficients and forcing become plain closures over t (never eval); a coefficient
 * is kept as a list of terms summed in a loop, so a long sum never builds a deep chain of closures.
 */
import { EquationError } from "./errors.js";
import { type Equation, FUNCTIONS, type Node } from "./parse.js";

type Fn = (t: number) => number;

/** A sum of terms; `varying` is false when no term depends on t. */
interface Series {
  terms: Fn[];
  varying: boolean;
}

/** An expression as Σ_k coeff_k(t)·u^(k) + forcing(t). */
interface LinearForm {
  coeffs: Map<number, Series>;
  forcing: Series;
}

export interface LinearOde {
  /** The equation text as typed. */
  source: string;
  /** Highest derivative p (≥ 1). */
  order: number;
  /** coefficient(k, t) of u^(k), k = 0..p (0 for absent orders). */
  coefficient(k: number, t: number): number;
  /** Right-hand side f(t) after moving every term without u to the right. */
  forcing(t: number): number;
  /** True when some coefficient or the forcing depends on t. */
  timeVarying: boolean;
}

const sumOf = (s: Series): Fn => {
  const { terms } = s;
  if (terms.length === 1) return terms[0] as Fn;
  return (t) => {
    let total = 0;
    for (const f of terms) total += f(t);
    return total;
  };
};
const pure = (value: Fn, varying: boolean): LinearForm => ({
  coeffs: new Map(),
  forcing: { terms: [value], varying },
});
const isPure = (f: LinearForm) => f.coeffs.size === 0;

function scaleSeries(s: Series, by: Fn, varying: boolean): Series {
  const total = sumOf(s);
  return { terms: s.terms.length === 0 ? [] : [(t) => by(t) * total(t)], varying: s.varying || varying };
}

function scale(form: LinearForm, by: Fn, varying: boolean): LinearForm {
  const coeffs = new Map<number, Series>();
  for (const [k, c] of form.coeffs) coeffs.set(k, scaleSeries(c, by, varying));
  return { coeffs, forcing: scaleSeries(form.forcing, by, varying) };
}

/** Adds `b` (times sign) into `into`, in place. */
function accumulate(into: LinearForm, b: LinearForm, sign: 1 | -1): void {
  const add = (target: Series, s: Series) => {
    const f =
      sign === 1
        ? sumOf(s)
        : (
            (g: Fn) => (t: number) =>
              -g(t)
          )(sumOf(s));
    if (s.terms.length > 0) target.terms.push(f);
    target.varying ||= s.varying;
  };
  for (const [k, c] of b.coeffs) {
    let target = into.coeffs.get(k);
    if (!target) {
      target = { terms: [], varying: false };
      into.coeffs.set(k, target);
    }
    add(target, c);
  }
  add(into.forcing, b.forcing);
}

function firstU(node: Node): Node | null {
  // Iterative search (the tree is shallow, but sums may be wide).
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n.type === "u") return n;
    if (n.type === "neg" || n.type === "call") stack.push(n.arg);
    else if (n.type === "pow") stack.push(n.exponent, n.base);
    else if (n.type === "sum") for (let i = n.terms.length - 1; i >= 0; i--) stack.push(n.terms[i]!.node);
    else if (n.type === "product")
      for (let i = n.factors.length - 1; i >= 0; i--) stack.push(n.factors[i]!.node);
  }
  return null;
}

function nonlinear(what: string, at: Node, source: string): never {
  throw new EquationError(
    `not linear in u: ${what}; each term must be a coefficient in t times one derivative of u, or a function of t alone`,
    source,
    (firstU(at) ?? at).pos,
  );
}

function linearizeProduct(node: Extract<Node, { type: "product" }>, source: string): LinearForm {
  let withU: LinearForm | null = null;
  const scalars: Fn[] = [];
  let varying = false;
  for (const { divide, node: factor } of node.factors) {
    const f = linearize(factor, source);
    if (!isPure(f)) {
      if (divide) nonlinear("u in a denominator", factor, source);
      if (withU) nonlinear("a product of u terms", factor, source);
      withU = f;
      continue;
    }
    const value = sumOf(f.forcing);
    scalars.push(divide ? (t) => 1 / value(t) : value);
    varying ||= f.forcing.varying;
  }
  const by: Fn = (t) => {
    let p = 1;
    for (const s of scalars) p *= s(t);
    return p;
  };
  return withU ? scale(withU, by, varying) : pure(by, varying);
}

function linearize(node: Node, source: string): LinearForm {
  switch (node.type) {
    case "num": {
      const v = node.value;
      return pure(() => v, false);
    }
    case "t":
      return pure((t) => t, true);
    case "u":
      return {
        coeffs: new Map([[node.order, { terms: [() => 1], varying: false }]]),
        forcing: { terms: [], varying: false },
      };
    case "neg":
      return scale(linearize(node.arg, source), () => -1, false);
    case "call": {
      const arg = linearize(node.arg, source);
      if (!isPure(arg)) nonlinear(`u inside ${node.fn}(...)`, node.arg, source);
      const fn = FUNCTIONS[node.fn];
      const inner = sumOf(arg.forcing);
      return pure((t) => fn(inner(t)), arg.forcing.varying);
    }
    case "sum": {
      const out: LinearForm = { coeffs: new Map(), forcing: { terms: [], varying: false } };
      for (const { sign, node: term } of node.terms) accumulate(out, linearize(term, source), sign);
      return out;
    }
    case "product":
      return linearizeProduct(node, source);
    case "pow": {
      const base = linearize(node.base, source);
      const exponent = linearize(node.exponent, source);
      if (!isPure(base)) nonlinear("a power of u", node.base, source);
      if (!isPure(exponent)) nonlinear("u in an exponent", node.exponent, source);
      const b = sumOf(base.forcing);
      const x = sumOf(exponent.forcing);
      return pure((t) => b(t) ** x(t), base.forcing.varying || exponent.forcing.varying);
    }
  }
}

/** Σ a_k(t) u^(k) = f(t) from `lhs = rhs`; throws EquationError when not linear or without a derivative. */
export function toLinearOde(equation: Equation): LinearOde {
  const { source } = equation;
  const form: LinearForm = { coeffs: new Map(), forcing: { terms: [], varying: false } };
  accumulate(form, linearize(equation.lhs, source), 1);
  accumulate(form, linearize(equation.rhs, source), -1);
  if (form.coeffs.size === 0) throw new EquationError("the equation does not contain u", source, 0);
  let order = 0;
  for (const k of form.coeffs.keys()) order = Math.max(order, k);
  if (order < 1)
    throw new EquationError("the equation has no derivative of u (write e.g. u' + 2u = 0)", source, 0);
  const coeffs = new Map([...form.coeffs].map(([k, s]) => [k, sumOf(s)] as const));
  const f = sumOf(form.forcing);
  let timeVarying = form.forcing.varying;
  for (const s of form.coeffs.values()) timeVarying ||= s.varying;
  return {
    source,
    order,
    coefficient: (k, t) => coeffs.get(k)?.(t) ?? 0,
    forcing: form.forcing.terms.length > 0 ? (t) => -f(t) : () => 0,
    timeVarying,
  };
}
