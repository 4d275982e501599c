/** The public shapes of `discover()` (options, progress events, result) and the resolved settings. */
import { MechanisticInputError } from "../errors.js";
import type { Library } from "../library.js";
import type { SparseModel } from "../model.js";
import { checkOptionKeys, DISCOVER_KEYS } from "../option-keys.js";
import type { SelectionRule } from "../threshold.js";
import type { Trajectory } from "../trajectory.js";

/**
 * One progress event. Order: `init`, then per round `train` (every epoch) and `threshold` (end of the round);
 * then, when enabled, `debias` and `refine` twice each (at the start without coefficients, at the end with
 * them); then `done`. Events that carry the current model (`threshold`, the closing `debias`/`refine`, `done`)
 * have `coefficients` and `equations`; the `done` ones equal the result's. Data whose noise estimate is small (at
 * most 0.3% of every variable's spread) are first read as clean (discover/reading.ts); when that reading's refined
 * model does not fit the samples far below the estimate, a second pass on the estimated reading follows, opening
 * with its own `init` event (the refused pass sends no `done`). Likewise, when the estimated reading fits poorly
 * while the estimate reads above 15%, a pass on the clean reading follows it (the reading of undersampled clean data).
 */
export interface DiscoverProgress {
  stage: "init" | "train" | "threshold" | "debias" | "refine" | "done";
  round: number;
  rounds: number;
  epoch?: number;
  epochs?: number;
  loss?: number;
  activeTerms?: number;
  /** Current coefficients, variables × terms, original units (same layout as `DiscoverResult.coefficients`). */
  coefficients?: number[][];
  /** Current equations, formatted like `DiscoverResult.equations` (`dx/dt = -10.00 x + 10.00 y`). */
  equations?: string[];
}

export interface DiscoverOptions {
  /** Variable names (default x, y, z / x1, x2, ...). */
  variables?: readonly string[];
  /** Candidate library (default polynomials up to `degree`). */
  library?: Library;
  /** Polynomial degree of the default library (default 2). */
  degree?: number;
  /**
   * Term selection. A number λ: hard threshold in original units, and the only rule — |ξ| < λ removes a term,
   * nothing else does. "auto" (default): λ = 0.1 plus automatic rules (see `SelectionRule`); the result's
   * `selection` says which rule and value chose the model.
   */
  threshold?: number | "auto";
  /** Keep terms below λ whose contribution to the equation is ≥ 2% of its derivative (default: true with "auto", false with a number). */
  autoThreshold?: boolean;
  /** Drop an active term when removing it raises the window loss by less than this fraction (default 0.1 with "auto", 0 = off with a number). */
  pruneTolerance?: number;
  /** Samples per solver window (default 16; the published set-up uses 50). */
  window?: number;
  /** Solver steps per sample interval (default 3; 1 = solve on the sample grid as published). */
  subgrid?: number;
  /** Maximum thresholding rounds (default 4). */
  rounds?: number;
  /** Adam epochs per round (default 25); a round stops early when the loss stops improving. */
  epochs?: number;
  /** Adam learning rate on the normalised coefficients (default 5e-3). */
  lr?: number;
  /** Relative loss improvement below which a round counts as converged (default 1e-6). */
  tolerance?: number;
  /** "auto" (default): estimate the noise and smooth only noisy data; "none"; or a fixed smoothing window. */
  smoothing?: "auto" | "none" | number;
  /** Initialise ξ from the least-squares estimate on smoothed derivatives (default) or from zeros. */
  init?: "least-squares" | "zeros";
  /** Final exact least-squares refit through the solver objective (default true). */
  debias?: boolean;
  /**
   * Trajectory refinement after the debias (default true; false with the published preset): maximum-likelihood
   * fit of the active coefficients to the raw samples through model trajectories, and on noisy data one more
   * selection pass with that model-consistent state estimate. See polish.ts.
   */
  refine?: boolean;
  /**
   * The published denoising MLP (window → state estimate v, loss MSE(u, x) + MSE(v, x)), trained jointly with ξ
   * in the Adam rounds. `true` = hidden [64]; `{ hidden }` for other sizes. Default: off, except with the
   * published preset ([1024, 1024], as in the paper; slow on a CPU). Polynomial libraries only.
   */
  denoiser?: boolean | { hidden?: number[] };
  /** "fast" (default) or "published" (window 50, no refinement, 10 rounds × 400 epochs, lr 5e-4, zero init, no debias). */
  preset?: "fast" | "published";
  /** NeuRLP backend name (default: the registry's choice, "cpu"). */
  backend?: string;
  onProgress?: (p: DiscoverProgress) => void;
  /**
   * Write a checkpoint after every round and after every later stage to this file. A first pass that reads
   * near-clean data as clean (see `DiscoverProgress`) is not checkpointed: it is the short one, and a resume
   * from a checkpoint goes straight to the pass that wrote it.
   */
  checkpoint?: string;
  /** Continue from `checkpoint` if it exists (finished rounds and stages are not repeated). */
  resume?: boolean;
}

export interface RoundLoss {
  round: number;
  /**
   * "train" rounds are Adam + threshold; "debias" is the exact window refit; "refine" (last, when enabled) is the
   * window loss of the trajectory-refined coefficients.
   */
  stage: "train" | "debias" | "refine";
  loss: number;
  epochs: number;
  activeTerms: number;
}

export interface DiscoverResult {
  model: SparseModel;
  variables: string[];
  terms: string[];
  /** variables × terms, original units. */
  coefficients: number[][];
  equations: string[];
  losses: RoundLoss[];
  /**
   * Per-coefficient standard error (variables × terms, 0 for inactive terms) from the trajectory refinement's
   * Gauss–Newton covariance; null when the refinement did not run.
   */
  standardErrors: number[][] | null;
  /**
   * Per term (variables × terms), the fraction of bootstrap bags of solver windows in which a BIC reselection
   * keeps the term (E-SINDy-style bagging on the refined trajectory, see discover/ensemble.ts): near 1 for a
   * well-determined term, well below 1 for one the data barely support. Reported only; the model is not changed.
   * Null when the refinement did not run.
   */
  inclusionProbabilities: number[][] | null;
  /** Which rule and value chose the model (`rule: "threshold"` when a number was given). */
  selection: SelectionRule;
  /** Problems with the result a user should know about (e.g. the re-simulation fits the data poorly), with advice. */
  warnings: string[];
  /** R² of the model's derivatives against the smoothed data derivatives (mean over variables). */
  score: number;
  /** R² of a simulation from the first sample over the first `horizon` samples of trajectory 0 (null if it diverged). */
  trajectoryScore: number | null;
  horizon: number;
  /**
   * Per variable: rms(re-simulation − data)/std(data), the model integrated from the data through segments of ~3
   * time scales (Infinity when it diverges); the data are the smoothed ones, or the samples as they are when that
   * measure's worst variable is smaller (score.ts `reportedSimulationError`). Above 0.15 a warning is added.
   */
  simulationError: number[];
  /**
   * Estimated relative noise level per variable: σ / standard deviation of the data, as `--noise` and `addNoise`
   * specify it (0 for a variable constant in the data).
   */
  noise: number[];
  wallTimeMs: number;
  resumedFromRound: number;
  /** Simulate the discovered model. */
  simulate(y0: ArrayLike<number>, t: ArrayLike<number>): Trajectory;
  /** dx/dt of the discovered model at the given states. */
  predict(states: readonly ArrayLike<number>[]): number[][];
}

/** Every option after defaults (and the published preset) are applied. */
export interface Settings {
  window: number;
  subgrid: number;
  rounds: number;
  epochs: number;
  lr: number;
  tolerance: number;
  init: "least-squares" | "zeros";
  debias: boolean;
  refine: boolean;
  pruneTolerance: number;
  denoiser: number[] | null;
  /** "auto" or the user's λ. */
  threshold: number | "auto";
  /** Automatic selection rules beyond λ (reselection by BIC, significance test) are on ("auto" only). */
  automaticSelection: boolean;
}

function denoiserLayers(option: DiscoverOptions["denoiser"], published: boolean): number[] | null {
  if (option === undefined) return published ? [1024, 1024] : null;
  if (option === false) return null;
  if (option === true) return [64];
  return option.hidden ?? [64];
}

export function resolveSettings(o: DiscoverOptions): Settings {
  checkOptionKeys(o, DISCOVER_KEYS, "discover options");
  const published = o.preset === "published";
  if (o.preset !== undefined && o.preset !== "fast" && o.preset !== "published") {
    throw new MechanisticInputError(`preset must be "fast" or "published", got ${JSON.stringify(o.preset)}`);
  }
  const s: Settings = {
    window: o.window ?? (published ? 50 : 16),
    subgrid: o.subgrid ?? (published ? 1 : 3),
    rounds: o.rounds ?? (published ? 10 : 4),
    epochs: o.epochs ?? (published ? 400 : 25),
    lr: o.lr ?? (published ? 5e-4 : 5e-3),
    tolerance: o.tolerance ?? 1e-6,
    init: o.init ?? (published ? "zeros" : "least-squares"),
    debias: o.debias ?? !published,
    refine: o.refine ?? !published,
    denoiser: denoiserLayers(o.denoiser, published),
    pruneTolerance: o.pruneTolerance ?? (published || typeof o.threshold === "number" ? 0 : 0.1),
    threshold: o.threshold ?? "auto",
    automaticSelection: (o.threshold ?? "auto") === "auto",
  };
  const checks: Array<[string, number, number]> = [
    ["window", s.window, 3],
    ["subgrid", s.subgrid, 1],
    ["rounds", s.rounds, 1],
    ["epochs", s.epochs, 0],
  ];
  for (const [name, v, min] of checks) {
    if (!Number.isInteger(v) || v < min)
      throw new MechanisticInputError(`${name} must be an integer ≥ ${min}, got ${v}`);
  }
  if (!(s.lr > 0)) throw new MechanisticInputError(`lr must be > 0, got ${s.lr}`);
  if (!(s.pruneTolerance >= 0))
    throw new MechanisticInputError(`pruneTolerance must be ≥ 0, got ${s.pruneTolerance}`);
  return s;
}
