import { JsonFormatError } from "../errors.js";
import { defaultVariableNames } from "../trajectory.js";
import type { Table } from "./csv.js";

/** JSON `{ "names": [...], "t": [...], "x": [[...], ...] }` (extra fields such as params are kept). */
export function toJson(table: Table): string {
  return JSON.stringify(table);
}

/**
 * Parses a JSON table `{ names, t, x }`, checking its shape; `file` names the source in error messages.
 * `names` may be left out (the `Trajectory` contract makes it optional): x, y, z or x1, x2, … are used.
 * Extra fields are kept.
 */
export function parseJson(text: string, file = "<json>"): Table & Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new JsonFormatError(file, `not valid JSON (${(e as Error).message})`);
  }
  const o = value as Record<string, unknown>;
  if (typeof o !== "object" || o === null || Array.isArray(o))
    throw new JsonFormatError(
      file,
      `expected an object {names, t, x}, got ${Array.isArray(o) ? "an array" : String(o)}`,
    );
  const { t, x } = o;
  const names = o.names ?? defaultVariableNames(Array.isArray(x) && Array.isArray(x[0]) ? x[0].length : 0);
  if (!Array.isArray(names) || !names.every((n) => typeof n === "string")) {
    throw new JsonFormatError(file, '"names", when given, must be an array of strings');
  }
  if (!Array.isArray(t) || !t.every(Number.isFinite))
    throw new JsonFormatError(file, '"t" must be an array of numbers');
  if (!Array.isArray(x) || x.length !== t.length) {
    throw new JsonFormatError(file, `"x" must be an array with one row per time (${t.length})`);
  }
  x.forEach((row, i) => {
    if (!Array.isArray(row) || names.length === 0)
      throw new JsonFormatError(
        file,
        `"x[${i}]" must be an array of numbers, one per variable (x is [samples][variables])`,
      );
    if (row.length !== names.length || !row.every(Number.isFinite))
      throw new JsonFormatError(file, `"x[${i}]" must be ${names.length} finite numbers`);
  });
  return { ...o, names } as Table & Record<string, unknown>;
}
