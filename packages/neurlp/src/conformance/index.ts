import type { BackendFactory } from "../backend.js";
import { NeurlpValueError } from "../errors.js";
import { getBackend, registerBackend } from "../registry.js";
import { CASE_IDS, CASES, type CaseContext, type ConformanceCase, type Tolerances } from "./cases.js";
import { vitest } from "./vitest.js";

/**
 * The backend conformance suite. The cases are plain async functions with their own small assertions
 * (`assert.ts`), so they run anywhere: `runConformance(backend, options)` registers them as vitest
 * tests (one `describe`, an `it` per case), and `runConformanceCases` runs them in a browser page or
 * a script and returns one result per case. A backend's test file is a few lines:
 *
 *   import { runConformance } from "@mechanist/neurlp/conformance";
 *   import { registerBackend } from "@mechanist/neurlp";
 *   registerBackend("mine", createMyBackend);
 *   runConformance("mine", { skip: { "order3": "K = 4 not supported yet" } });
 */

export interface ConformanceOptions {
  /** Override the precision-based defaults (see `defaultTolerances`). */
  tolerance?: Partial<Tolerances>;
  /** Case id → reason. Unknown ids are an error, so a typo never skips silently. */
  skip?: Record<string, string>;
}

/**
 * Float64: u to 1e-9 relative, gradients to 2e-6 (the fixtures' finite differences are good to ~1e-7).
 * Float32: 1e-4 / 1e-3, and 3e-6 on the high-order closed forms (the emulated Float32 backend reaches
 * 1.3e-6 on the oscillator at h = 0.01, where Float64 reaches 9e-8). Kernels called directly: 1e-12 /
 * 1e-5 (the Float32 backends measured at most 3.2e-7: about 5 Float32 units).
 */
export function defaultTolerances(precision: 32 | 64): Tolerances {
  return precision === 64
    ? { solution: 1e-9, gradient: 2e-6, closedForm: 0, highOrder: 0, kernel: 1e-12 }
    : { solution: 1e-4, gradient: 1e-3, closedForm: 1e-4, highOrder: 3e-6, kernel: 1e-5 };
}

/** Throws unless every id names a case: a misspelled id must fail, never drop or skip a case silently. */
export function checkCaseIds(ids: Iterable<string>, where: string): void {
  const unknown = [...ids].filter((id) => !CASE_IDS.includes(id));
  if (unknown.length > 0) {
    throw new NeurlpValueError(
      `${where}: unknown case ids: ${unknown.join(", ")}. Known: ${CASE_IDS.join(", ")}`,
    );
  }
}

/** One case's outcome (JSON-safe, e.g. to return from a browser page). */
export interface CaseResult {
  id: string;
  ok: boolean;
  ms: number;
  error?: string;
}

/**
 * Runs the cases on the registered `backend`, in suite order: all of them, or the ids in `only`
 * (unknown ids throw). A failing case is recorded (`ok: false`, `error`) and the next one still runs.
 */
export async function runConformanceCases(
  backend: string,
  options: ConformanceOptions & { only?: readonly string[] } = {},
): Promise<CaseResult[]> {
  checkCaseIds(options.only ?? [], "runConformanceCases: only");
  checkCaseIds(Object.keys(options.skip ?? {}), "runConformanceCases: skip");
  const b = await getBackend(backend);
  const ctx: CaseContext = { backend, tol: { ...defaultTolerances(b.precision), ...options.tolerance } };
  const results: CaseResult[] = [];
  for (const c of CASES) {
    if ((options.only && !options.only.includes(c.id)) || options.skip?.[c.id] !== undefined) continue;
    const t0 = performance.now();
    try {
      await c.run(ctx);
      results.push({ id: c.id, ok: true, ms: performance.now() - t0 });
    } catch (e) {
      results.push({ id: c.id, ok: false, ms: performance.now() - t0, error: String(e) });
    }
  }
  return results;
}

let anonymous = 0;

/**
 * Registers the backend conformance suite as vitest tests (closed forms, dense equivalence, fixtures, finite-
 * difference gradients, batching, broadcasting, bad inputs) for a registered backend name or a factory;
 * `skip` names cases with a reason, `tolerance` overrides the precision defaults. Call it at the top level
 * of a vitest test file.
 */
export function runConformance(backend: string | BackendFactory, options: ConformanceOptions = {}): void {
  if (!vitest) {
    throw new NeurlpValueError(
      "runConformance registers vitest tests: call it from a vitest test file (elsewhere use runConformanceCases)",
    );
  }
  const { describe, it, beforeAll } = vitest;
  const skip = options.skip ?? {};
  checkCaseIds(Object.keys(skip), "runConformance: skip");
  let name: string;
  if (typeof backend === "string") name = backend;
  else {
    name = `conformance-${++anonymous}`;
    registerBackend(name, backend, { priority: -1 });
  }
  const ctx: CaseContext = { backend: name, tol: { ...defaultTolerances(64), ...options.tolerance } };
  describe(`NeuRLP backend conformance: ${name}`, () => {
    beforeAll(async () => {
      const b = await getBackend(name);
      ctx.tol = { ...defaultTolerances(b.precision), ...options.tolerance };
    });
    for (const c of CASES) {
      const reason = skip[c.id];
      if (reason !== undefined) it.skip(`${c.id} (skipped: ${reason})`, () => {});
      else it(`${c.id}: ${c.title}`, () => c.run(ctx));
    }
  });
}

export { ConformanceError } from "./assert.js";
export { createDeferredBackend } from "./deferred.js";
/** The cases themselves, in suite order (framework-free: `await c.run({ backend, tol })` throws on failure). */
export const CONFORMANCE_CASES: readonly ConformanceCase[] = CASES;
export { CASE_IDS, type CaseContext, type ConformanceCase, type Tolerances };
