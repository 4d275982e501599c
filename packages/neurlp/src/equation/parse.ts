/**
 * Parser for an equation `lhs = rhs` over u, its derivatives and t. Sums and products are read in loops into
 * n-ary nodes (a 10,000-term sum is one node, not a 10,000-deep tree); only parentheses, signs, powers and
 * function calls nest, and that nesting is limited to MAX_DEPTH so that neither this parser nor the
 * tree walks after it can exhaust the call stack.
 * Grammar (implicit multiplication as in "0.3u'" or "2t" binds like *):
 *   equation := expr "=" expr
 *   expr     := term (("+" | "-") term)*
 *   term     := unary (("*" | "/") unary | power)*
 *   unary    := ("+" | "-") unary | power
 *   power    := primary ("^" unary)?
 *   primary  := number | u-derivative | t | pi | e | function "(" expr ")" | "(" expr ")"
 */
import { EquationError } from "./errors.js";
import { type Token, tokenize } from "./tokens.js";

export const FUNCTIONS = {
  sin: Math.sin,
  cos: Math.cos,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  tanh: Math.tanh,
  abs: Math.abs,
} as const;
export type FunctionName = keyof typeof FUNCTIONS;
const CONSTANTS = new Map<string, number>([
  ["pi", Math.PI],
  ["e", Math.E],
]);

/** Deepest nesting of parentheses, signs, powers and calls. */
export const MAX_DEPTH = 200;

export type Node =
  | { type: "num"; value: number; pos: number }
  | { type: "t"; pos: number }
  | { type: "u"; order: number; pos: number }
  | { type: "neg"; arg: Node; pos: number }
  /** left + Σ (sign · term): one node for a whole sum. */
  | { type: "sum"; terms: Array<{ sign: 1 | -1; node: Node }>; pos: number }
  /** Π factors^(±1): one node for a whole product. */
  | { type: "product"; factors: Array<{ divide: boolean; node: Node }>; pos: number }
  | { type: "pow"; base: Node; exponent: Node; pos: number }
  | { type: "call"; fn: FunctionName; arg: Node; pos: number };

export interface Equation {
  source: string;
  lhs: Node;
  rhs: Node;
}

export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTIONS, name);
}

/**
 * Parses an equation typed as text (`u'' + 0.3u' + 4u = 0`) into a syntax tree; throws `EquationError` with
 * a caret under the offending character.
 */
export function parseEquation(source: string): Equation {
  if (typeof source !== "string") throw new EquationError("the equation must be a string", String(source), 0);
  const tokens = tokenize(source);
  let at = 0;
  let depth = 0;
  const peek = (): Token => tokens[at] as Token;
  const fail = (reason: string, tok: Token = peek()): never => {
    throw new EquationError(reason, source, tok.pos);
  };
  const isOp = (tok: Token, value: string) => tok.kind === "op" && tok.value === value;
  const describe = (tok: Token) =>
    tok.kind === "end" ? "end of equation" : `"${source.slice(tok.pos, tok.pos + 1)}"`;
  const nested = <T>(tok: Token, inner: () => T): T => {
    if (++depth > MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} levels deep; simplify the equation`, tok);
    const value = inner();
    depth--;
    return value;
  };

  function expr(): Node {
    const first = term();
    const start = peek();
    if (!isOp(start, "+") && !isOp(start, "-")) return first;
    const terms: Array<{ sign: 1 | -1; node: Node }> = [{ sign: 1, node: first }];
    for (let tok = peek(); isOp(tok, "+") || isOp(tok, "-"); tok = peek()) {
      at++;
      terms.push({ sign: isOp(tok, "-") ? -1 : 1, node: term() });
    }
    return { type: "sum", terms, pos: first.pos };
  }
  function term(): Node {
    const first = unary();
    const factors: Array<{ divide: boolean; node: Node }> = [{ divide: false, node: first }];
    for (;;) {
      const tok = peek();
      if (isOp(tok, "*") || isOp(tok, "/")) {
        at++;
        factors.push({ divide: isOp(tok, "/"), node: unary() });
      } else if (tok.kind === "u" || tok.kind === "name" || isOp(tok, "(")) {
        factors.push({ divide: false, node: power() });
      } else break;
    }
    return factors.length === 1 ? first : { type: "product", factors, pos: first.pos };
  }
  function unary(): Node {
    const tok = peek();
    if (isOp(tok, "-") || isOp(tok, "+")) {
      at++;
      const arg = nested(tok, unary);
      return isOp(tok, "-") ? { type: "neg", arg, pos: tok.pos } : arg;
    }
    return power();
  }
  function power(): Node {
    const base = primary();
    const tok = peek();
    if (!isOp(tok, "^")) return base;
    at++;
    return { type: "pow", base, exponent: nested(tok, unary), pos: tok.pos };
  }
  function group(open: Token, what: string): Node {
    if (!isOp(peek(), "(")) fail(`${what} needs parentheses, e.g. ${what}(t)`);
    at++;
    const inner = nested(open, expr);
    if (!isOp(peek(), ")"))
      fail(`expected ")" to close the "(" at character ${open.pos + 1}, found ${describe(peek())}`);
    at++;
    return inner;
  }
  function primary(): Node {
    const tok = peek();
    if (tok.kind === "number") {
      at++;
      return { type: "num", value: tok.value, pos: tok.pos };
    }
    if (tok.kind === "u") {
      at++;
      return { type: "u", order: tok.order, pos: tok.pos };
    }
    if (isOp(tok, "(")) return group(tok, "");
    if (tok.kind !== "name")
      return fail(`expected a number, u, t, a function or "(", found ${describe(tok)}`);
    at++;
    if (tok.value === "t") return { type: "t", pos: tok.pos };
    const constant = CONSTANTS.get(tok.value);
    if (constant !== undefined) return { type: "num", value: constant, pos: tok.pos };
    if (isFunctionName(tok.value))
      return { type: "call", fn: tok.value, arg: group(tok, tok.value), pos: tok.pos };
    return fail(
      `unknown name "${tok.value}": use u, u', u'', ... (or u^(k)), t, pi, e and ${Object.keys(FUNCTIONS).join(" ")}; write products with * (e.g. t*u)`,
      tok,
    );
  }

  const lhs = expr();
  if (!isOp(peek(), "=")) fail(`expected "=" or an operator, found ${describe(peek())}`);
  at++;
  const rhs = expr();
  if (peek().kind !== "end") fail(`unexpected ${describe(peek())} after the right-hand side`);
  return { source, lhs, rhs };
}
