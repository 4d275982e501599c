/** Up-front checks of a discovery's size: window against the data, and memory against --max-memory. */
import { checkBudget } from "../budget.js";
import type { LoadedData } from "../data.js";
import { UsageError } from "../errors.js";

/** Number of monomials of degree ≤ `degree` in `dim` variables: C(dim + degree, degree). */
export function librarySize(dim: number, degree: number): number {
  let n = 1;
  for (let k = 1; k <= degree; k++) n = (n * (dim + k)) / k;
  return Math.round(n);
}

/**
 * Estimated peak bytes: the library Θ (samples × terms) and the per-equation window tensors and gradients
 * (samples × terms × variables), with a factor of 32 Float64 copies for the autodiff graph, Adam state and
 * smoothing. A rough upper bound, used only to refuse jobs far beyond the budget.
 */
export function estimateDiscoverBytes(samples: number, dim: number, degree: number): number {
  return 32 * 8 * samples * librarySize(dim, degree) * Math.max(1, dim);
}

export function checkDiscoverSize(
  data: LoadedData,
  degree: number,
  v: { window: number | undefined; preset: string | undefined; "max-memory": number },
): void {
  const samples = data.t.length;
  const window = v.window ?? (v.preset === "published" ? 50 : 16);
  if (window >= samples)
    throw new UsageError(
      `--window ${window} is not smaller than the ${samples} samples of the data; use a smaller --window`,
    );
  const dim = data.names.length;
  checkBudget(
    estimateDiscoverBytes(samples, dim, degree),
    v["max-memory"],
    `discovery on ${samples} samples of ${dim} variables with a degree-${degree} library (${librarySize(dim, degree)} terms)`,
    "use fewer samples or variables, or a lower --degree",
  );
}
