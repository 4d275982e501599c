/**
 * Recursive-descent parser for an equation `lhs = rhs` over u, its derivatives and t.
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
const CONSTANTS: Record<string, number> = { pi: Math.PI, e: Math.E };

export type Node =
  | { type: "num"; value: number; pos: number }
  | { type: "t"; pos: number }
  | { type: "u"; order: number; pos: number }
  | { type: "neg"; arg: Node; pos: number }
  | { type: "bin"; op: "+" | "-" | "*" | "/" | "^"; left: Node; right: Node; pos: number }
  | { type: "call"; fn: FunctionName; arg: Node; pos: number };

export interface Equation {
  source: string;
  lhs: Node;
  rhs: Node;
}

export function parseEquation(source: string): Equation {
  const tokens = tokenize(source);
  let at = 0;
  const peek = (): Token => tokens[at] as Token;
  const fail = (reason: string, tok: Token = peek()): never => {
    throw new EquationError(reason, source, tok.pos);
  };
  const isOp = (tok: Token, value: string) => tok.kind === "op" && tok.value === value;
  const describe = (tok: Token) =>
    tok.kind === "end" ? "end of equation" : `"${source.slice(tok.pos, tok.pos + 1)}"`;

  function expr(): Node {
    let left = term();
    for (let tok = peek(); isOp(tok, "+") || isOp(tok, "-"); tok = peek()) {
      at++;
      left = { type: "bin", op: (tok as { value: "+" }).value, left, right: term(), pos: tok.pos };
    }
    return left;
  }
  function term(): Node {
    let left = unary();
    for (;;) {
      const tok = peek();
      if (isOp(tok, "*") || isOp(tok, "/")) {
        at++;
        left = { type: "bin", op: (tok as { value: "*" }).value, left, right: unary(), pos: tok.pos };
      } else if (tok.kind === "u" || tok.kind === "name" || isOp(tok, "(")) {
        left = { type: "bin", op: "*", left, right: power(), pos: tok.pos };
      } else return left;
    }
  }
  function unary(): Node {
    const tok = peek();
    if (isOp(tok, "-")) {
      at++;
      return { type: "neg", arg: unary(), pos: tok.pos };
    }
    if (isOp(tok, "+")) {
      at++;
      return unary();
    }
    return power();
  }
  function power(): Node {
    const base = primary();
    const tok = peek();
    if (!isOp(tok, "^")) return base;
    at++;
    return { type: "bin", op: "^", left: base, right: unary(), pos: tok.pos };
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
    if (tok.kind === "name") {
      at++;
      if (tok.value === "t") return { type: "t", pos: tok.pos };
      const constant = CONSTANTS[tok.value];
      if (constant !== undefined) return { type: "num", value: constant, pos: tok.pos };
      if (Object.hasOwn(FUNCTIONS, tok.value)) {
        if (!isOp(peek(), "(")) fail(`${tok.value} needs parentheses, e.g. ${tok.value}(t)`);
        at++;
        const arg = expr();
        if (!isOp(peek(), ")")) fail(`expected ")" to close ${tok.value}(, found ${describe(peek())}`);
        at++;
        return { type: "call", fn: tok.value as FunctionName, arg, pos: tok.pos };
      }
      return fail(
        `unknown name "${tok.value}": use u, u', u'', ... (or u^(k)), t, pi, e and ${Object.keys(FUNCTIONS).join(" ")}; write products with * (e.g. t*u)`,
        tok,
      );
    }
    if (isOp(tok, "(")) {
      at++;
      const inner = expr();
      if (!isOp(peek(), ")"))
        fail(`expected ")" to close the "(" at character ${tok.pos + 1}, found ${describe(peek())}`);
      at++;
      return inner;
    }
    return fail(`expected a number, u, t, a function or "(", found ${describe(tok)}`);
  }

  const lhs = expr();
  if (!isOp(peek(), "=")) fail(`expected "=" or an operator, found ${describe(peek())}`);
  at++;
  const rhs = expr();
  if (peek().kind !== "end") fail(`unexpected ${describe(peek())} after the right-hand side`);
  return { source, lhs, rhs };
}
