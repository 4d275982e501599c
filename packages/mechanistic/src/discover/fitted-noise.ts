/**
 * Residual weights of the trajectory refinement from the refined fit itself, where the smoothing over-estimated the
 * noise (coarse grids, whose unresolved motion the smoothing reads as noise).
 */
import { type RefineInput, type RefineResult, residualSquares } from "./refine.js";

/**
 * The smoothing's noise σ reads ~1.25× the noise for Gaussian noise (SmoothedComponent.noise), and selection is tuned
 * on that scale; a noise level estimated otherwise is put on the same scale.
 */
const SELECTION_SCALE = 1.25;

/**
 * A component whose refined residual is below this fraction of the smoothing's noise estimate had its noise
 * over-estimated: on coarse grids the 7-point cubic reads the unresolved motion as noise (Lorenz, 200 samples over
 * 17 time units at 5% noise: σ read as 19–24% of the spread, ~4× the noise). Weighted by that σ, the refined BIC
 * cannot see a term like Lorenz's −y (the truth within 1 of a model without it; 49 below it with the σ of the fit).
 * For Gaussian noise and a fitting model the ratio is ~0.8.
 */
const OVERESTIMATED_NOISE = 0.5;

/**
 * The largest correction of the noise estimate: a residual far below it means data nearly clean, whose refined
 * residual (integration and model error) is no noise level to weigh by.
 */
const MAX_NOISE_CORRECTION = 4;

/**
 * Residual weights from the refined fit's own residual (per component, corrected for the free segment states and
 * the component's terms) where the current weights over-estimate the noise, or null where they do not; at most
 * MAX_NOISE_CORRECTION below the smoothing's estimate.
 */
export function correctedScale(
  fit: RefineResult,
  data: RefineInput,
  scale: Float64Array,
  estimated: Float64Array,
  segment: number,
): Float64Array | null {
  const { rss, samples } = residualSquares(fit, data);
  const segments = fit.states.reduce((n, traj) => n + Math.ceil((traj.length - 1) / (segment - 1)), 0);
  const terms = (d: number) => fit.active.filter(([e]) => e === d).length;
  const residual = rss.map((r, d) => Math.sqrt(r / Math.max(1, samples - segments - terms(d))));
  const over = (d: number) => residual[d] < OVERESTIMATED_NOISE * scale[d];
  const next = Float64Array.from(scale, (s, d) =>
    over(d) ? Math.max(SELECTION_SCALE * residual[d], estimated[d] / MAX_NOISE_CORRECTION) : s,
  );
  // Weights already at the cap stay where they are: nothing to refit.
  return next.some((s, d) => s !== scale[d]) ? next : null;
}
