/**
 * Parses a linear constant-coefficient ODE typed by a reader, such as `u'' + 0.3u' + 4u = 0` or
 * `2*u' = 1 - u`, into the coefficient list the solver takes: `coefficients[k]` multiplies the k-th
 * derivative and `rhs` is the constant forcing, i.e. Σ_k coefficients[k]·u⁽ᵏ⁾ = rhs.
 */
export class OdeParseError extends Error {
  override name = "OdeParseError";
}

export interface ParsedOde {
  /** Coefficients of u, u', u'', ... (length order + 1). */
  coefficients: number[];
  rhs: number;
  order: number;
}

// One additive term: optional sign, optional number (with optional `*`), optional u with primes or ^(k).
const TERM =
  /^([+-])?\s*(\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)?\s*\*?\s*(u(?:'+|\^\((\d+)\))?)?$/i;

function splitTerms(side: string): string[] {
  const terms: string[] = [];
  let current = "";
  for (let i = 0; i < side.length; i++) {
    const ch = side[i]!;
    const prev = side.slice(0, i).trimEnd().slice(-1);
    // A sign starts a new term unless it belongs to an exponent (1e-3) or follows nothing.
    if ((ch === "+" || ch === "-") && current.trim() !== "" && !/e$/i.test(current.trim()) && prev !== "*") {
      terms.push(current);
      current = ch;
    } else current += ch;
  }
  if (current.trim() !== "") terms.push(current);
  return terms.map((t) => t.trim());
}

function addSide(side: string, sign: 1 | -1, coefficients: number[], constant: { value: number }): void {
  for (const term of splitTerms(side)) {
    const m = TERM.exec(term);
    if (!m || (m[2] === undefined && m[3] === undefined)) {
      throw new OdeParseError(
        `cannot read the term "${term}": write terms like 4u, 0.3u', -2*u'', u^(3) or a number`,
      );
    }
    const s = m[1] === "-" ? -1 : 1;
    const value = s * sign * (m[2] === undefined ? 1 : Number(m[2]));
    if (m[3] === undefined) {
      constant.value += value;
      continue;
    }
    const primes = m[3].match(/'/g)?.length ?? 0;
    const k = m[4] !== undefined ? Number(m[4]) : primes;
    if (k > 6) throw new OdeParseError(`order ${k} is too high for the demo (at most 6)`);
    while (coefficients.length <= k) coefficients.push(0);
    coefficients[k]! += value;
  }
}

export function parseOde(text: string): ParsedOde {
  const sides = text.replace(/\s+/g, " ").split("=");
  if (sides.length !== 2)
    throw new OdeParseError("write one equation with a single \"=\", e.g. u'' + 4u = 0");
  const coefficients: number[] = [];
  const constant = { value: 0 };
  addSide(sides[0]!, 1, coefficients, constant);
  addSide(sides[1]!, -1, coefficients, constant);
  while (coefficients.length > 0 && coefficients[coefficients.length - 1] === 0) coefficients.pop();
  const order = coefficients.length - 1;
  if (order < 1) throw new OdeParseError("the equation needs a derivative of u (u', u'', ...)");
  return { coefficients, rhs: 0 - constant.value, order };
}

/** Readable form of a parsed equation, e.g. "u'' + 0.3u' + 4u = 0". */
export function formatOde(ode: ParsedOde): string {
  const parts: string[] = [];
  for (let k = ode.order; k >= 0; k--) {
    const c = ode.coefficients[k]!;
    if (c === 0) continue;
    const name = k <= 3 ? `u${"'".repeat(k)}` : `u^(${k})`;
    const mag = Math.abs(c) === 1 ? "" : String(Math.abs(c));
    parts.push(`${parts.length === 0 ? (c < 0 ? "-" : "") : c < 0 ? " - " : " + "}${mag}${name}`);
  }
  return `${parts.join("")} = ${ode.rhs}`;
}
