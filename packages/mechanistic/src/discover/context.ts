/**
 * What the stages of `discover()` share: the resolved settings, the library and threshold rule, the prepared
 * data, the window objective, progress reporting and the checkpoint file. Stages pass a `StageResult` along.
 */
import type { Library } from "../library.js";
import { formatEquation } from "../model.js";
import type { ThresholdRule } from "../threshold.js";
import type { DiscoverCheckpointStore } from "./checkpoints.js";
import type { WindowObjective } from "./objective.js";
import type { DiscoverProgress, RoundLoss, Settings } from "./options.js";
import type { NearAlternative } from "./polish.js";
import type { PreparedData } from "./prepare.js";

export interface DiscoverContext {
  settings: Settings;
  library: Library;
  rule: ThresholdRule;
  dim: number;
  data: PreparedData;
  objective: WindowObjective;
  progress: (p: DiscoverProgress) => void;
  checkpoints: DiscoverCheckpointStore | null;
  backend: string | undefined;
}

/** The model after a stage: coefficients (variables × terms, original units) and the loss table so far. */
export interface StageResult {
  coefficients: number[][];
  losses: RoundLoss[];
  /** Standard errors of the coefficients (same layout), once a stage has estimated them (refine). */
  standardErrors?: number[][];
  /** Bagged inclusion probabilities of the terms (same layout), once the refinement has estimated them. */
  inclusionProbabilities?: number[][];
  /** Per component, the RMS distance of the refined model's trajectories from the observed samples (refine). */
  residual?: number[];
  /** Same-size alternatives per equation that the data barely tell from this model (refine, noisy data). */
  alternatives?: NearAlternative[];
}

/** The model as it stands, for the progress events that carry it (copied: listeners may keep or mutate it). */
export function snapshot(
  library: Library,
  coefficients: readonly (readonly number[])[],
): { coefficients: number[][]; equations: string[] } {
  return {
    coefficients: coefficients.map((row) => [...row]),
    equations: library.variables.map((v, d) => formatEquation(v, library.names, coefficients[d])),
  };
}

export function countActive(coefficients: readonly (readonly number[])[]): number {
  return coefficients.reduce((n, row) => n + row.filter((c) => c !== 0).length, 0);
}
