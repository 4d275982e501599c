/**
 * Property tests of the linear-ODE text parser: equations generated from known coefficients a_k(t) = p_k + q_k t
 * and a known forcing, written in the many spellings users type, must parse back to those coefficients; any
 * other text (random or a mutation of a valid equation) must parse or end in an EquationError — never another
 * error type, a hang or a non-finite coefficient.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EquationError, type LinearOde, parseLinearOde } from "../src/equation/index.js";

interface Term {
  order: number;
  p: number;
  q: number;
  /** Spellings: u'' vs u^(2); `c*u` vs `c u` vs `(c)u`; this term moved to the right-hand side. */
  prime: boolean;
  style: 0 | 1 | 2;
  right: boolean;
}

const decimal = fc.integer({ min: -99_999, max: 99_999 }).map((n) => n / 1000);
const nonzero = decimal.filter((v) => v !== 0);
const space = fc.constantFrom("", " ", "  ");

const derivative = (order: number, prime: boolean) =>
  order === 0 ? "u" : prime && order <= 3 ? `u${"'".repeat(order)}` : `u^(${order})`;

/** `p + q t` as text, e.g. `(1.5 + 2*t)` or `-0.25` (q = 0). */
function coefficientText(p: number, q: number): string {
  if (q === 0) return `${p}`;
  return `(${p} + ${q}*t)`;
}

function termText(term: Term, sign: 1 | -1, s: string): string {
  const p = sign * term.p;
  const q = sign * term.q;
  const c = coefficientText(p, q);
  const u = derivative(term.order, term.prime);
  if (term.style === 0) return `${c}${s}*${s}${u}`;
  if (term.style === 1 && q === 0) return `${c}${u}`;
  return `(${c})${s}${u}`;
}

const termArb = (order: number) =>
  fc.record({
    order: fc.constant(order),
    p: order > 0 ? nonzero : decimal,
    q: fc.oneof(fc.constant(0), decimal),
    prime: fc.boolean(),
    style: fc.constantFrom(0, 1, 2) as fc.Arbitrary<0 | 1 | 2>,
    right: fc.boolean(),
  });

const equationArb = fc
  .integer({ min: 1, max: 5 })
  .chain((order) =>
    fc.record({
      terms: fc.tuple(...Array.from({ length: order + 1 }, (_, k) => termArb(k))),
      forcing: fc.record({ amplitude: decimal, constant: decimal, onLeft: fc.boolean() }),
      order: fc.constant(order),
      s: space,
    }),
  )
  .map(({ terms, forcing, order, s }) => {
    // The top-order term stays on the left so that the leading coefficient is nonzero and the order is p.
    terms[order] = { ...terms[order], right: false } as Term;
    const left: string[] = [];
    const right: string[] = [];
    for (const term of terms as Term[])
      (term.right ? right : left).push(termText(term, term.right ? -1 : 1, s));
    const f = `${forcing.amplitude}*sin(t)${s}+${s}${forcing.constant}`;
    if (forcing.onLeft) left.push(`-(${f})`);
    else right.push(f);
    const source = `${left.join(`${s}+${s}`)}${s}=${s}${right.length > 0 ? right.join(`${s}+${s}`) : "0"}`;
    return { source, terms: terms as Term[], forcing, order };
  });

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * (1 + Math.abs(b));

function acceptsOrRefuses(source: string): LinearOde | null {
  try {
    return parseLinearOde(source);
  } catch (e) {
    expect(e, source).toBeInstanceOf(EquationError);
    const position = (e as EquationError).position;
    expect(position, source).toBeGreaterThanOrEqual(0);
    expect(position, source).toBeLessThanOrEqual(source.length);
    return null;
  }
}

describe("linear-ODE parser properties", () => {
  it("parses generated equations back to their coefficients and forcing", () => {
    fc.assert(
      fc.property(equationArb, fc.double({ min: -3, max: 3, noNaN: true }), (eq, t) => {
        const ode = parseLinearOde(eq.source);
        expect(ode.order, eq.source).toBe(eq.order);
        for (const term of eq.terms)
          expect(close(ode.coefficient(term.order, t), term.p + term.q * t), eq.source).toBe(true);
        const f = eq.forcing.amplitude * Math.sin(t) + eq.forcing.constant;
        expect(close(ode.forcing(t), f), eq.source).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("random text over the equation alphabet parses or gives an EquationError", () => {
    const alphabet = fc.constantFrom(
      ..."u'()^+-*/=t0123456789.e ,$".split(""),
      "sin",
      "exp",
      "pi",
      "u''",
      "^(",
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const ode = acceptsOrRefuses(parts.join(""));
        if (ode !== null)
          for (let k = 0; k <= ode.order; k++) expect(Number.isNaN(ode.coefficient(k, 0.5))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it("one-character mutations of valid equations parse or give an EquationError", () => {
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom("delete", "insert", "replace"),
      char: fc.constantFrom(..."u'()^+-*=t0.e9 ".split("")),
    });
    fc.assert(
      fc.property(equationArb, edit, (eq, e) => {
        const i = e.at % (eq.source.length + 1);
        const s = eq.source;
        const mutated =
          e.kind === "delete"
            ? s.slice(0, i) + s.slice(i + 1)
            : e.kind === "insert"
              ? s.slice(0, i) + e.char + s.slice(i)
              : s.slice(0, i) + e.char + s.slice(i + 1);
        acceptsOrRefuses(mutated);
      }),
      { numRuns: 500 },
    );
  });
});
