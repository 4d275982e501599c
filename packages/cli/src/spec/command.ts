/**
 * A command is declared once as a `CommandSpec`: its usage line, description, flags and examples. Help text
 * (`formatHelp`) and parsing plus validation (`parseCommand`) are both derived from that declaration, so they
 * cannot disagree (test/spec.test.ts checks every command).
 */
import { parseArgs } from "node:util";
import { UsageError } from "../errors.js";
import type { Flag } from "./flags.js";

// biome-ignore lint/suspicious/noExplicitAny: a flag table holds flags of different value types.
export type FlagTable = Record<string, Flag<any>>;

export interface Positionals {
  /** How positionals appear in the usage line, e.g. "EQUATION" or "NAME". */
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

export interface CommandSpec<F extends FlagTable = FlagTable> {
  readonly name: string;
  /** One line for `mechanist --help`. */
  readonly summary: string;
  /** Shown under the usage line (may span lines). */
  readonly description: string;
  readonly flags: F;
  readonly positionals?: Positionals;
  readonly examples?: readonly string[];
  /** Text after the flag list (syntax notes, exit codes). */
  readonly notes?: string;
}

export type FlagValues<F extends FlagTable> = { [K in keyof F]: F[K] extends Flag<infer T> ? T : never };

export interface ParsedCommand<F extends FlagTable> {
  values: FlagValues<F>;
  positionals: string[];
  /** Flags given on the command line (values of absent flags are their fallbacks). */
  given: ReadonlySet<keyof F & string>;
}

/** Every command accepts -h/--help; it is added here so that no spec has to declare it. */
const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

function parseArgsOptions(flags: FlagTable) {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = { ...HELP_OPTION };
  for (const [name, flag] of Object.entries(flags))
    options[name] = { type: flag.type, ...(flag.short !== undefined ? { short: flag.short } : {}) };
  return options;
}

/** Parses argv against a spec: unknown flags, missing values, bad numbers and bad choices are UsageErrors. */
export function parseCommand<F extends FlagTable>(
  spec: CommandSpec<F>,
  argv: string[],
): ParsedCommand<F> | "help" {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    const args = joinNegativeValues(spec.flags, argv);
    parsed = parseArgs({
      args,
      options: parseArgsOptions(spec.flags),
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify a positional argument.*$/, "");
    const unknown = /^Unknown option '--([^'=]+)'/.exec(message)?.[1];
    const near = unknown === undefined ? undefined : nearestName(unknown, Object.keys(spec.flags));
    throw new UsageError(
      `${spec.name}: ${message}${near ? ` (did you mean --${near}?)` : ""}. Run \`mechanist ${spec.name} --help\` for the list of flags.`,
    );
  }
  const raw = parsed.values as Record<string, string | boolean | undefined>;
  if (raw.help === true) return "help";
  checkRepeatedValues(spec, parsed.tokens ?? []);
  checkPositionals(spec, parsed.positionals);
  const values: Record<string, unknown> = {};
  const given = new Set<string>();
  for (const [name, flag] of Object.entries(spec.flags)) {
    const value = Object.hasOwn(raw, name) ? raw[name] : undefined;
    if (value === undefined) values[name] = flag.fallback;
    else {
      values[name] = flag.parse(value, name);
      given.add(name);
    }
  }
  return {
    values: values as FlagValues<F>,
    positionals: parsed.positionals,
    given: given as Set<keyof F & string>,
  };
}

/**
 * `--t0 -5` or `--x0 -1,2`: parseArgs takes a value starting with "-" for a flag and refuses it; a value
 * flag followed by a negative number means that number, so pass it as `--t0=-5`.
 */
function joinNegativeValues(flags: FlagTable, argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    const name = arg.startsWith("--") ? arg.slice(2) : undefined;
    const takesValue = name !== undefined && Object.hasOwn(flags, name) && flags[name]?.type === "string";
    if (takesValue && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/**
 * The name (flag, command) a misspelt one most likely meant: the closest within two edits (one for names of 2–3 letters, so that
 * `--x` does not suggest `--t0`), or a name it is a 3+ letter prefix of.
 */
export function nearestName(typed: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(2, typed.length >> 1) + 1;
  for (const name of names) {
    const d = name.startsWith(typed) && typed.length >= 3 ? 1 : editDistance(typed, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** Edit distance with adjacent transpositions (optimal string alignment): `dataste` is one edit from `dataset`. */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(
        (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      next[j] = d;
    }
    [before, row] = [row, next];
  }
  return row[b.length] as number;
}

/**
 * `--degree 2 ... --degree 3`: parseArgs keeps the last value silently, so a typo in a long command line would
 * change a result without a word. A value flag given twice is a usage error; a repeated switch means the same.
 */
function checkRepeatedValues(
  spec: CommandSpec,
  tokens: NonNullable<ReturnType<typeof parseArgs>["tokens"]>,
): void {
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.value === undefined) continue;
    const before = seen.get(token.name);
    if (before !== undefined)
      throw new UsageError(
        `${spec.name}: --${token.name} is given twice (${before} and ${token.value}); give it once`,
      );
    seen.set(token.name, token.value);
  }
}

function checkPositionals(spec: CommandSpec, positionals: string[]): void {
  const p = spec.positionals ?? { name: "", min: 0, max: 0 };
  const n = positionals.length;
  if (p.max === 0 && n > 0)
    throw new UsageError(`${spec.name}: unexpected argument "${positionals[0]}"; flags start with --`);
  if (n < p.min || n > p.max)
    throw new UsageError(
      `${spec.name}: expected ${p.min === p.max ? p.min : `${p.min} to ${p.max}`} ${p.name} argument${p.max === 1 ? "" : "s"}, got ${n}. Usage: ${usageLine(spec)}`,
    );
}

export function usageLine(spec: CommandSpec): string {
  const p = spec.positionals;
  const pos = p ? ` ${p.min === 0 ? `[${p.name}]` : p.name}${p.max > 1 ? " ..." : ""}` : "";
  return `mechanist ${spec.name}${pos} [options]`;
}

/** The left column of a flag's help line, e.g. "-h, --help" or "--noise <x>". */
export function flagLabel(name: string, flag: { short?: string; arg?: string; type: string }): string {
  const short = flag.short !== undefined ? `-${flag.short}, ` : "";
  return `${short}--${name}${flag.type === "string" && flag.arg ? ` ${flag.arg}` : ""}`;
}

function flagText(flag: Flag<unknown>): string {
  const extra = [flag.constraint, flag.defaultText !== undefined ? `default ${flag.defaultText}` : undefined]
    .filter((s) => s !== undefined)
    .join("; ");
  return extra === "" ? flag.help : `${flag.help} (${extra})`;
}

/** Help text derived from the spec: usage, description, flags by section, notes, examples. */
export function formatHelp(spec: CommandSpec): string {
  const rows: Array<{ section: string; label: string; text: string }> = Object.entries(spec.flags).map(
    ([name, flag]) => ({
      section: flag.section ?? "Options",
      label: flagLabel(name, flag),
      text: flagText(flag),
    }),
  );
  rows.push({ section: "Options", label: flagLabel("help", HELP_OPTION.help), text: "this help" });
  const width =
    Math.min(
      24,
      rows.reduce((w, r) => Math.max(w, r.label.length), 0),
    ) + 2;
  const sections = [...new Set(rows.map((r) => r.section))];
  const lines = [`Usage: ${usageLine(spec)}`, "", spec.description.trimEnd()];
  for (const section of sections) {
    lines.push("", section);
    for (const r of rows.filter((row) => row.section === section)) {
      const [first = "", ...rest] = r.text.split("\n");
      const pad =
        r.label.length + 2 > width ? `\n  ${" ".repeat(width)}` : " ".repeat(width - r.label.length);
      lines.push(`  ${r.label}${pad}${first}`);
      for (const line of rest) lines.push(`  ${" ".repeat(width)}${line.trimStart()}`);
    }
  }
  if (spec.notes) lines.push("", spec.notes.trimEnd());
  if (spec.examples?.length) lines.push("", "Examples", ...spec.examples.map((e) => `  ${e}`));
  return `${lines.join("\n")}\n`;
}
