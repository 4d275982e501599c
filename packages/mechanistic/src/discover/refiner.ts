/**
 * The trajectory refinement as polishing uses it: segments and RK4 substeps from the data's time scales, residual
 * weights, and refinement runs with them. Segments are halved where a model will not integrate over them, and the
 * weights follow the refined fit where the noise estimate was too large (fitted-noise.ts).
 */
import type { Library } from "../library.js";
import { correctedScale } from "./fitted-noise.js";
import { type RefineInput, type RefineResult, type Runner, refineTrajectories } from "./refine.js";
import type { SmoothedComponent } from "./smoothing.js";
import { segmentLength, timeScales } from "./timescale.js";

export interface RefinedTrajectory {
  t: ArrayLike<number>;
  observed: Float64Array[];
  smoothed: SmoothedComponent[];
}

/**
 * Segments of ~3 time scales: long enough to average the noise, short enough that chaotic divergence does not
 * make the least-squares problem multimodal (on noisy data the selection runs again over longer ones where they fit,
 * extended-segments.ts). RK4 steps of ≤ τ/20 keep the integration error far below 0.1%.
 */
function refinementGrid(trajectories: readonly RefinedTrajectory[]): {
  segment: number;
  substeps: number;
  maxStep: number;
} {
  const { tau, dt } = timeScales(trajectories);
  const substeps = Math.min(50, Math.max(1, Math.ceil(dt / (0.05 * tau))));
  // The step chosen for the median interval bounds every step: longer intervals of an irregular grid take more.
  return { segment: segmentLength(trajectories), substeps, maxStep: dt / substeps };
}

function refineData(trajectories: readonly RefinedTrajectory[]): RefineInput {
  return {
    t: trajectories.map((tr) => tr.t),
    y: trajectories.map((tr) =>
      Array.from({ length: tr.t.length }, (_, i) => Float64Array.from(tr.observed, (c) => c[i])),
    ),
    guess: trajectories.map((tr) =>
      Array.from({ length: tr.t.length }, (_, i) => Float64Array.from(tr.smoothed, (c) => c.value[i])),
    ),
  };
}

export class Refiner {
  /** Current segment length in samples (shortened where a model will not integrate). */
  segment: number;
  /** Segment length of the data's time scales, where shortened segments move back to. */
  readonly fullSegment: number;
  readonly substeps: number;
  /** Longest RK4 step (the median interval over `substeps`). */
  readonly maxStep: number;
  readonly data: RefineInput;
  private scale: Float64Array;
  private readonly estimated: Float64Array;

  /**
   * `scale`: residual weights per component (the noise estimate, or the state's scale on clean data); `correctable`:
   * whether the refined fit may replace them (fitted-noise.ts).
   */
  constructor(
    private readonly library: Library,
    trajectories: readonly RefinedTrajectory[],
    scale: Float64Array,
    private readonly correctable: boolean,
  ) {
    const grid = refinementGrid(trajectories);
    this.segment = grid.segment;
    this.fullSegment = grid.segment;
    this.substeps = grid.substeps;
    this.maxStep = grid.maxStep;
    this.data = refineData(trajectories);
    this.scale = scale;
    this.estimated = scale;
  }

  /** One refinement at the current segments and weights (null when it fails or its coefficients are not finite). */
  readonly run: Runner = (c) => {
    const support = c.map((row) => row.map((v) => v !== 0));
    const options = {
      scale: this.scale,
      segment: this.segment,
      substeps: this.substeps,
      maxStep: this.maxStep,
    };
    const r = refineTrajectories(this.library, this.data, c, support, options);
    return r?.coefficients.every((row) => row.every(Number.isFinite)) ? r : null;
  };

  /** Divergent or non-converging segments are halved, down to 9 samples, or with `above`, to just above it (else null). */
  fitFrom(coefficients: number[][], above = 0): RefineResult | null {
    let fit = this.run(coefficients);
    while (!fit?.converged && this.segment > 9) {
      const shorter = Math.max(9, Math.floor((this.segment - 1) / 2) + 1);
      if (shorter <= above) return null;
      this.segment = shorter;
      fit = this.run(coefficients);
    }
    return fit;
  }

  /** The refit of `fit` with the weights its own residual gives, when they change (see `correctedScale`), else null. */
  withFittedNoise(fit: RefineResult): RefineResult | null {
    const corrected =
      this.correctable && correctedScale(fit, this.data, this.scale, this.estimated, this.segment);
    if (!corrected) return null;
    const previous = this.scale;
    this.scale = corrected;
    // The weights changed, and with them the likelihood: refit before anything is compared.
    const refit = this.fitFrom(fit.coefficients);
    if (!refit) this.scale = previous;
    return refit;
  }
}
