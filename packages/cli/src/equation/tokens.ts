/** Tokeniser for linear ODEs typed as text, e.g. "u'' + 0.3u' + 4u = sin(t)". */
import { EquationError } from "./errors.js";

export type Token =
  | { kind: "number"; value: number; pos: number }
  | { kind: "name"; value: string; pos: number }
  /** `u` followed by its primes (or `^(k)`): the derivative of order `order`. */
  | { kind: "u"; order: number; pos: number }
  | { kind: "op"; value: "+" | "-" | "*" | "/" | "^" | "(" | ")" | "="; pos: number }
  | { kind: "end"; pos: number };

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
// `u^(3)` is the third derivative (u to a power is never linear, so the notation is unambiguous here).
const U_ORDER = /^\^\(\s*(\d+)\s*\)/;
const PRIMES = /^'+/;

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const rest = source.slice(i);
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ kind: "number", value: Number(num[0]), pos: i });
      i += num[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      const pos = i;
      i += name[0].length;
      if (name[0] !== "u") {
        tokens.push({ kind: "name", value: name[0], pos });
        continue;
      }
      const after = source.slice(i);
      const primes = PRIMES.exec(after);
      const order = U_ORDER.exec(after);
      if (primes) {
        tokens.push({ kind: "u", order: primes[0].length, pos });
        i += primes[0].length;
      } else if (order) {
        tokens.push({ kind: "u", order: Number(order[1]), pos });
        i += order[0].length;
      } else tokens.push({ kind: "u", order: 0, pos });
      continue;
    }
    if ("+-*/^()=".includes(c)) {
      tokens.push({ kind: "op", value: c as "+", pos: i });
      i++;
      continue;
    }
    throw new EquationError(`unexpected character "${c}"`, source, i);
  }
  tokens.push({ kind: "end", pos: source.length });
  return tokens;
}
