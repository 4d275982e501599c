/** Checks a loaded series before discovery, with errors that name the file line (CSV) or row (JSON/.npy). */
import type { LoadedData } from "./data.js";
import { UsageError } from "./errors.js";

/** Fewer samples than this cannot fill one default solver window (16 samples) plus a sample to check it on. */
export const MIN_SAMPLES = 17;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Variable names must be identifiers (they appear in terms such as x*y and equations dx/dt); t must strictly
 * increase (irregular steps are fine); every value must be a finite number; and the series must be long enough.
 */
export function validateSeries(data: LoadedData, file: string): void {
  const csv = file.toLowerCase().endsWith(".csv");
  // Data row i is line i + 2 of a CSV (line 1 is the header; parseCsv rejects blank lines inside the data).
  const where = (i: number) => (csv ? `${file}: line ${i + 2}` : `${file}: row ${i + 1}`);
  const header = csv ? `${file}: line 1 (header)` : `${file}: names`;
  const seen = new Set<string>();
  for (const name of data.names) {
    if (!NAME.test(name))
      throw new UsageError(
        `${header}: variable name "${name}" must be an identifier (letters, digits, _; not starting with a digit)`,
      );
    if (name in Object.prototype)
      throw new UsageError(
        `${header}: variable name "${name}" is reserved (an Object.prototype member); rename the column`,
      );
    if (name === "t" || seen.has(name))
      throw new UsageError(`${header}: variable name "${name}" appears twice (or clashes with t)`);
    seen.add(name);
  }
  for (let i = 0; i < data.t.length; i++) {
    if (!Number.isFinite(data.t[i])) throw new UsageError(`${where(i)}: t is missing or not a finite number`);
    const row = data.x[i];
    if (!row || row.length !== data.names.length)
      throw new UsageError(`${where(i)}: expected ${data.names.length} values, found ${row?.length ?? 0}`);
    row.forEach((v, d) => {
      if (!Number.isFinite(v))
        throw new UsageError(`${where(i)}: ${data.names[d]} is missing or not a finite number`);
    });
    if (i > 0 && data.t[i] === data.t[i - 1])
      throw new UsageError(`${where(i)}: duplicate time t = ${data.t[i]} (same as the previous row)`);
    if (i > 0 && data.t[i] < data.t[i - 1])
      throw new UsageError(
        `${where(i)}: t = ${data.t[i]} is smaller than the previous t = ${data.t[i - 1]}; sort the rows by t`,
      );
  }
  if (data.t.length < MIN_SAMPLES)
    throw new UsageError(
      `${file}: only ${data.t.length} ${data.t.length === 1 ? "sample" : "samples"}${csv ? ` (data ends at line ${data.t.length + 1})` : ""}; at least ${MIN_SAMPLES} are needed`,
    );
}

/**
 * The forecaster reads samples, not times: its steps are the sample spacing. Irregular, unsorted or duplicate
 * times would be ignored silently, so they are refused (after validateSeries: sorted and unique already).
 */
export function requireUniformSteps(t: readonly number[], file: string): void {
  const h = (t[1] as number) - (t[0] as number);
  // Times far from 0 carry rounding of their own size in every difference (t = 1e9 + 0.01·k: steps differ
  // by ~1e-7): allow that as well as a relative 1e-6 of the step.
  const rounding =
    8 * Number.EPSILON * Math.max(Math.abs(t[0] as number), Math.abs(t[t.length - 1] as number));
  for (let i = 2; i < t.length; i++) {
    const step = (t[i] as number) - (t[i - 1] as number);
    if (Math.abs(step - h) > Math.max(1e-6 * Math.abs(h), rounding))
      throw new UsageError(
        `${file}: forecast needs evenly spaced times; step ${i} is ${step} but the first step is ${h} (resample the series)`,
      );
  }
}

/** Never report NaN/Infinity as a result: name what diverged and what to change. */
export function requireFinite(values: Iterable<number>, what: string, hint: string): void {
  for (const v of values) if (!Number.isFinite(v)) throw new UsageError(`${what} is ${v}: ${hint}`);
}
