// Page side (runs in Chromium, so no Node imports): the loop shared by the backends' browser pages
// that run @mechanist/neurlp's conformance cases. Exported as "@mechanist/browser-harness/conformance-page".

/** The shape of `@mechanist/neurlp`'s conformance tolerances (relative errors). */
export interface ConformanceTolerances {
  solution: number;
  gradient: number;
  closedForm: number;
  highOrder: number;
}

/** The part of a `@mechanist/neurlp` conformance case the page needs (the case list is not a public export). */
export interface ConformanceCase {
  id: string;
  run(ctx: { backend: string; tol: ConformanceTolerances }): Promise<void>;
}

/** One case's outcome, as returned to the Node test through JSON. */
export interface CaseResult {
  id: string;
  ok: boolean;
  ms: number;
  error?: string;
}

/**
 * Runs the cases whose id is in `only`, in `cases` order, on the registered `backend` with `tol`;
 * a throwing case is recorded (`ok: false`, `error`) and the next one still runs.
 */
export async function runConformanceCases(
  cases: readonly ConformanceCase[],
  options: { backend: string; only: readonly string[]; tol: ConformanceTolerances },
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    if (!options.only.includes(c.id)) continue;
    const t0 = performance.now();
    try {
      await c.run({ backend: options.backend, tol: options.tol });
      results.push({ id: c.id, ok: true, ms: performance.now() - t0 });
    } catch (e) {
      results.push({ id: c.id, ok: false, ms: performance.now() - t0, error: String(e) });
    }
  }
  return results;
}
