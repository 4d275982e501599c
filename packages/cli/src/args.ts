/** Flag parsing helpers over node:util parseArgs, with errors that say what to fix. */
import { parseArgs } from "node:util";
import { UsageError } from "./errors.js";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

export function parse(
  command: string,
  argv: string[],
  options: OptionSpec,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify a positional argument.*$/, "");
    throw new UsageError(
      `${command}: ${message}. Run \`mechanist ${command} --help\` for the list of flags.`,
    );
  }
}

export function numberFlag(
  name: string,
  value: string | boolean | undefined,
  check: { integer?: boolean; min?: number; max?: number } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  const kind = check.integer ? "an integer" : "a number";
  if (
    typeof value !== "string" ||
    value.trim() === "" ||
    !Number.isFinite(n) ||
    (check.integer && !Number.isInteger(n))
  ) {
    throw new UsageError(`--${name} must be ${kind}, got "${value}"`);
  }
  if (check.min !== undefined && n < check.min)
    throw new UsageError(`--${name} must be ≥ ${check.min}, got ${n}`);
  if (check.max !== undefined && n > check.max)
    throw new UsageError(`--${name} must be ≤ ${check.max}, got ${n}`);
  return n;
}

export function listFlag(name: string, value: string | boolean | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "")
    throw new UsageError(`--${name} needs a comma-separated list of numbers, e.g. 4,0.3,1`);
  return value.split(",").map((part) => {
    const n = Number(part);
    if (part.trim() === "" || !Number.isFinite(n))
      throw new UsageError(`--${name}: "${part}" is not a number (expected e.g. 4,0.3,1)`);
    return n;
  });
}

export function stringFlag(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}
