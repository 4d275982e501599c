import { beforeAll, describe, it } from "vitest";
import type { BackendFactory } from "../backend.js";
import { NeurlpValueError } from "../errors.js";
import { getBackend, registerBackend } from "../registry.js";
import { CASE_IDS, CASES, type CaseContext, type Tolerances } from "./cases.js";

/**
 * The backend conformance suite: `runConformance(backend, options)` registers one vitest `describe`
 * with an `it` per case of the README's "Formulation" list (closed forms, dense equivalence, reference fixtures,
 * finite-difference gradients, batching, broadcasting, the factor cache, bad inputs). A backend's
 * test file is a few lines:
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
 * 1.3e-6 on the oscillator at h = 0.01, where Float64 reaches 9e-8).
 */
export function defaultTolerances(precision: 32 | 64): Tolerances {
  return precision === 64
    ? { solution: 1e-9, gradient: 2e-6, closedForm: 0, highOrder: 0 }
    : { solution: 1e-4, gradient: 1e-3, closedForm: 1e-4, highOrder: 3e-6 };
}

let anonymous = 0;

export function runConformance(backend: string | BackendFactory, options: ConformanceOptions = {}): void {
  const skip = options.skip ?? {};
  const unknown = Object.keys(skip).filter((id) => !CASE_IDS.includes(id));
  if (unknown.length > 0) {
    throw new NeurlpValueError(
      `runConformance: unknown case ids in skip: ${unknown.join(", ")}. Known: ${CASE_IDS.join(", ")}`,
    );
  }
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

export { CASE_IDS, type Tolerances };
