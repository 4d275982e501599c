/** Tokeniser for linear ODEs typed as text, e.g. "u'' + 0.3u' + 4u = sin(t)". */
import { EquationError } from "./errors.js";

export type Token =
  | { kind: "number"; value: number; pos: number }
  | { kind: "name"; value: string; pos: number }
  /** `u` followed by its primes (or `^(k)`), optionally `(t)`: the derivative of order `order`. */
  | { kind: "u"; order: number; pos: number }
  | { kind: "op"; value: "+" | "-" | "*" | "/" | "^" | "(" | ")" | "="; pos: number }
  | { kind: "end"; pos: number };

/** Highest derivative order the parser accepts (a solver needs order + 1 coefficients per equation). */
export const MAX_ORDER = 32;
/** Longest equation text accepted (a 10,000-term sum is about 60,000 characters). */
export const MAX_SOURCE_LENGTH = 1_000_000;

// A hand-written scanner over character codes: linear time on texts of a million characters.
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160;

function digits(s: string, i: number): number {
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/** End of the decimal literal starting at i (digits[.digits][e±digits] or .digits…), or i if none. */
function numberEnd(s: string, i: number): number {
  let j = digits(s, i);
  if (s[j] === ".") j = digits(s, j + 1);
  if (j === i || (j === i + 1 && s[i] === ".")) return i;
  if (s[j] === "e" || s[j] === "E") {
    const sign = s[j + 1] === "+" || s[j + 1] === "-" ? 1 : 0;
    const end = digits(s, j + 1 + sign);
    if (end > j + 1 + sign) j = end;
  }
  return j;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** `(k)` after `u^`: the order k and the index after ")", or null. */
function parenthesisedOrder(s: string, i: number): { order: number; end: number } | null {
  if (s[i] !== "(") return null;
  const from = skipSpace(s, i + 1);
  const to = digits(s, from);
  const close = skipSpace(s, to);
  if (to === from || s[close] !== ")") return null;
  return { order: Number(s.slice(from, to)), end: close + 1 };
}

/** `(t)` (spaces allowed): the index after ")", or -1. */
function ofT(s: string, i: number): number {
  const open = skipSpace(s, i);
  if (s[open] !== "(") return -1;
  const t = skipSpace(s, open + 1);
  if (s[t] !== "t") return -1;
  const close = skipSpace(s, t + 1);
  return s[close] === ")" ? close + 1 : -1;
}

// `u^(3)` is the third derivative (u to a power is never linear, so the notation is unambiguous here);
// `u(t)`, `u'(t)` are the function notation: the argument must be t (it is not a product with (t)).
function uToken(source: string, pos: number, i: number): { token: Token; end: number } {
  let end = i;
  let order = 0;
  while (source[end] === "'") end++;
  order = end - i;
  const power = order === 0 && source[end] === "^" ? parenthesisedOrder(source, end + 1) : null;
  if (power) {
    order = power.order;
    end = power.end;
  }
  if (order > MAX_ORDER)
    throw new EquationError(`derivative order ${order} is too high (at most ${MAX_ORDER})`, source, pos);
  const afterT = ofT(source, end);
  return { token: { kind: "u", order, pos }, end: afterT >= 0 ? afterT : end };
}

export function tokenize(source: string): Token[] {
  if (source.length > MAX_SOURCE_LENGTH)
    throw new EquationError(`the equation is longer than ${MAX_SOURCE_LENGTH} characters`, source, 0);
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const numEnd = numberEnd(source, i);
    if (numEnd > i) {
      const text = source.slice(i, numEnd);
      const value = Number(text);
      if (!Number.isFinite(value))
        throw new EquationError(`the number ${text} overflows to ${value}`, source, i);
      tokens.push({ kind: "number", value, pos: i });
      i = numEnd;
      continue;
    }
    if (isLetter(code)) {
      let end = i + 1;
      while (end < source.length && (isLetter(source.charCodeAt(end)) || isDigit(source.charCodeAt(end))))
        end++;
      const name = source.slice(i, end);
      if (name === "u") {
        const u = uToken(source, i, end);
        tokens.push(u.token);
        i = u.end;
      } else if (source[end] === "'") {
        throw new EquationError(
          `"${name}'" is a derivative of an unknown function: the unknown is called u (write u', u'', ... or u^(k))`,
          source,
          i,
        );
      } else {
        tokens.push({ kind: "name", value: name, pos: i });
        i = end;
      }
      continue;
    }
    const c = source[i] as string;
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
