/**
 * One declaration per flag. A `Flag` carries everything the CLI derives from it: the node:util parseArgs
 * option (string or boolean), the help line (placeholder, text, constraints, default) and the parser that
 * turns the raw text into a typed, validated value (a UsageError saying what to change otherwise).
 * Adding a flag to a command means adding one entry to that command's `flags` object.
 */

import { parseDecimal } from "@mechanist/datasets";
import { UsageError } from "../errors.js";

export interface Flag<T> {
  /** parseArgs option type: booleans take no value. */
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** Placeholder shown in help, e.g. "<n>" (none for booleans). */
  readonly arg?: string;
  /** The help text (may span lines); constraints and the default are appended from the spec. */
  readonly help: string;
  /** Help section heading, e.g. "Data", "Model", "Output" (default: "Options"). */
  readonly section?: string;
  /** Constraint text derived from the checks, e.g. "integer ≥ 1" (shown in help). */
  readonly constraint?: string;
  /** Default as shown in help ("the system's", "0.1"); absent when the flag has no default. */
  readonly defaultText?: string;
  /** Value when the flag is absent. */
  readonly fallback: T;
  /** Raw → typed value; throws UsageError naming the flag. `raw` is a string (or true for booleans). */
  parse(raw: string | boolean, flag: string): T;
  /** Sample raw values that must parse and that must be rejected (used by the spec-agreement test). */
  readonly examples: { valid: string[]; invalid: string[] };
}

interface Common<D> {
  help: string;
  arg?: string;
  section?: string;
  short?: string;
  default?: D;
  /** Help text for a default that is not a constant (e.g. "the system's"). */
  defaultText?: string;
}

type WithDefault<O, T> = O extends { default: T } ? T : T | undefined;

function raw(value: string | boolean, flag: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`--${flag} needs a value`);
  return value.trim();
}

function defaultText<D>(o: Common<D>): string | undefined {
  if (o.defaultText !== undefined) return o.defaultText;
  if (o.default === undefined) return undefined;
  return Array.isArray(o.default) ? o.default.join(",") : String(o.default);
}

function base<D>(o: Common<D>, type: "string" | "boolean") {
  return {
    type,
    help: o.help,
    ...(o.arg !== undefined ? { arg: o.arg } : {}),
    ...(o.short !== undefined ? { short: o.short } : {}),
    ...(o.section !== undefined ? { section: o.section } : {}),
    ...(defaultText(o) !== undefined ? { defaultText: defaultText(o) as string } : {}),
  };
}

/** A boolean switch (absent = false). */
export function bool(o: Omit<Common<boolean>, "default" | "arg" | "defaultText">): Flag<boolean> {
  return {
    ...base(o, "boolean"),
    fallback: false,
    parse: (value) => value === true,
    examples: { valid: [], invalid: [] },
  };
}

/** Free text (a file name, a path). */
export function text<O extends Common<string>>(o: O): Flag<WithDefault<O, string>> {
  return {
    ...base(o, "string"),
    arg: o.arg ?? "<text>",
    fallback: o.default as WithDefault<O, string>,
    parse: (value, flag) => raw(value, flag),
    examples: { valid: ["x"], invalid: [""] },
  };
}

export interface NumberChecks {
  integer?: boolean;
  min?: number;
  max?: number;
  /** Strictly greater than 0 (e.g. a step size). */
  positive?: boolean;
}

function describeChecks(c: NumberChecks): string | undefined {
  const parts: string[] = [];
  if (c.integer) parts.push("integer");
  if (c.positive) parts.push("> 0");
  if (c.min !== undefined) parts.push(`≥ ${c.min}`);
  if (c.max !== undefined) parts.push(`≤ ${c.max}`);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/** Parses one number with the strict decimal grammar and the checks; the error names the flag. */
export function checkedNumber(text: string, flag: string, c: NumberChecks): number {
  const kind = c.integer ? "an integer (decimal, e.g. 12)" : "a number (decimal, e.g. 12 or 1.5e-3)";
  const n = parseDecimal(text);
  if (n === undefined || (c.integer && !Number.isInteger(n)))
    throw new UsageError(`--${flag} must be ${kind}, got "${text}"`);
  if (c.positive && !(n > 0)) throw new UsageError(`--${flag} must be > 0, got ${n}`);
  if (c.min !== undefined && n < c.min) throw new UsageError(`--${flag} must be ≥ ${c.min}, got ${n}`);
  if (c.max !== undefined && n > c.max) throw new UsageError(`--${flag} must be ≤ ${c.max}, got ${n}`);
  return n;
}

function numberExamples(c: NumberChecks): { valid: string[]; invalid: string[] } {
  const lo = c.min ?? (c.positive ? 1 : 0);
  const valid = [String(c.max !== undefined ? Math.min(lo, c.max) : lo)];
  const invalid = ["abc", "0x10", "1e999", "NaN", ""];
  if (c.min !== undefined) invalid.push(String(c.min - 1));
  if (c.max !== undefined) invalid.push(String(c.max + 1));
  if (c.integer) invalid.push(String(lo + 0.5));
  if (c.positive) invalid.push("0");
  return { valid, invalid };
}

/** A number (or integer) with optional bounds. */
export function num<O extends Common<number> & NumberChecks>(o: O): Flag<WithDefault<O, number>> {
  const constraint = describeChecks(o);
  return {
    ...base(o, "string"),
    arg: o.arg ?? (o.integer ? "<n>" : "<x>"),
    ...(constraint !== undefined ? { constraint } : {}),
    fallback: o.default as WithDefault<O, number>,
    parse: (value, flag) => checkedNumber(raw(value, flag), flag, o),
    examples: numberExamples(o),
  };
}

/** One of a fixed set of words. */
export function choice<const C extends string, O extends Common<C>>(
  choices: readonly C[],
  o: O,
): Flag<WithDefault<O, C>> {
  return {
    ...base(o, "string"),
    arg: o.arg ?? `<${choices.join("|")}>`,
    fallback: o.default as WithDefault<O, C>,
    parse: (value, flag) => {
      const v = raw(value, flag);
      if (!(choices as readonly string[]).includes(v))
        throw new UsageError(`--${flag} must be one of ${choices.join(", ")}; got "${v}"`);
      return v as C;
    },
    examples: { valid: [...choices], invalid: ["nonsense", "constructor", ""] },
  };
}

/** A comma-separated list of numbers, e.g. 4,0.3,1. */
export function numList<O extends Common<number[]> & NumberChecks>(o: O): Flag<WithDefault<O, number[]>> {
  return {
    ...base(o, "string"),
    arg: o.arg ?? "<a,b,...>",
    fallback: o.default as WithDefault<O, number[]>,
    parse: (value, flag) =>
      raw(value, flag)
        .split(",")
        .map((part) => checkedNumber(part.trim(), flag, o)),
    examples: { valid: ["1,2.5,-3e-2"], invalid: ["1,,2", "1,x", "0x1", ""] },
  };
}

/** Identifier names (parameter names): letters, digits and _ (never an Object.prototype member by design). */
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `k=v,...` pairs of numbers. The result is a null-prototype object so that a key such as `constructor`
 * or `__proto__` is an ordinary (and, where the consumer checks names, rejected) key, never a prototype member.
 */
export function keyValues<O extends Common<Record<string, number>>>(
  o: O,
): Flag<WithDefault<O, Record<string, number>>> {
  return {
    ...base(o, "string"),
    arg: o.arg ?? "<k=v,...>",
    fallback: o.default as WithDefault<O, Record<string, number>>,
    parse: (value, flag) => {
      const out: Record<string, number> = Object.create(null);
      for (const pair of raw(value, flag).split(",")) {
        const [key = "", v, ...extra] = pair.split("=").map((s) => s.trim());
        const n = v === undefined ? undefined : parseDecimal(v);
        if (!KEY.test(key) || n === undefined || extra.length > 0)
          throw new UsageError(
            `--${flag}: "${pair}" is not name=number with a decimal number (e.g. sigma=10,rho=28)`,
          );
        if (Object.hasOwn(out, key)) throw new UsageError(`--${flag}: ${key} is given twice`);
        out[key] = n;
      }
      return out;
    },
    examples: { valid: ["a=1,b_2=-3.5e2"], invalid: ["a", "a=", "a=1=2", "1a=3", "a=0x1", "a=1,a=2", ""] },
  };
}

/** A flag whose text is parsed by a custom function (e.g. START:END:STEP); `examples` are required. */
export function custom<T, O extends Common<T>>(
  o: O & {
    parse: (text: string, flag: string) => T;
    examples: { valid: string[]; invalid: string[] };
  },
): Flag<WithDefault<O, T>> {
  return {
    ...base(o, "string"),
    arg: o.arg ?? "<value>",
    fallback: o.default as WithDefault<O, T>,
    parse: (value, flag) => o.parse(raw(value, flag), flag),
    examples: o.examples,
  };
}
