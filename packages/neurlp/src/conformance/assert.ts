/**
 * The conformance cases' own assertions: plain functions that throw `ConformanceError`, so the cases
 * run under any test runner, in a browser page or in a script (no vitest import).
 */

export class ConformanceError extends Error {
  override name = "ConformanceError";
}

function fail(label: string | undefined, message: string): never {
  throw new ConformanceError(label ? `${label}: ${message}` : message);
}

export function check(condition: boolean, message: string): void {
  if (!condition) fail(undefined, message);
}

/** value ≤ bound (NaN fails). */
export function atMost(value: number, bound: number, label?: string): void {
  if (!(value <= bound)) fail(label, `${value} is not ≤ ${bound}`);
}

/** value ≥ bound (NaN fails). */
export function atLeast(value: number, bound: number, label?: string): void {
  if (!(value >= bound)) fail(label, `${value} is not ≥ ${bound}`);
}

/** Same length and the same numbers (Object.is: NaN equals NaN, −0 differs from 0). */
export function sameNumbers(actual: ArrayLike<number>, expected: ArrayLike<number>, label?: string): void {
  if (actual.length !== expected.length) fail(label, `length ${actual.length}, expected ${expected.length}`);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) fail(label, `[${i}] is ${actual[i]}, expected ${expected[i]}`);
  }
}

/** The promise rejects with an instance of `type` whose message matches `pattern`. */
export async function rejects(
  p: Promise<unknown>,
  type: new (...a: never[]) => Error,
  pattern: RegExp,
): Promise<void> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  errorLike(err, type, pattern);
}

/** `f()` throws an instance of `type` whose message matches `pattern`. */
export function throws(f: () => unknown, type: new (...a: never[]) => Error, pattern: RegExp): void {
  let err: unknown = null;
  try {
    f();
  } catch (e) {
    err = e;
  }
  errorLike(err, type, pattern);
}

function errorLike(err: unknown, type: new (...a: never[]) => Error, pattern: RegExp): void {
  if (err === null) fail(undefined, `expected ${type.name} matching ${pattern}, nothing was thrown`);
  if (!(err instanceof type)) fail(undefined, `expected ${type.name}, got ${String(err)}`);
  if (!pattern.test((err as Error).message)) {
    fail(
      undefined,
      `${type.name} message ${JSON.stringify((err as Error).message)} does not match ${pattern}`,
    );
  }
}
