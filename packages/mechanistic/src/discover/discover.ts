/**
 * Equation discovery with a Mechanistic Neural Network (the published recipe, made affordable on a CPU):
 *   1. smooth the state when the data are noisy (automatic noise estimate; clean data are used as they are);
 *   2. initialise ξ by least squares on the smoothed finite-difference derivatives (the STLSQ estimate);
 *   3. rounds of Adam on ξ through the NeuRLP window objective (factor cached: substitutions only), each
 *      followed by hard thresholding in original units, until the support stops changing;
 *   4. "debias": the exact least-squares minimiser of the same objective on the active terms, thresholded again,
 *      plus a loss-increase test that drops terms whose removal barely changes the fit (spurious terms that
 *      only absorb noise or smoothing bias).
 */
import { Adam, type OptimizerState, Tensor, tensor } from "@mechanist/autodiff";
import { fingerprint, readCheckpoint, writeCheckpoint } from "../checkpoint.js";
import { MechanisticInputError } from "../errors.js";
import { type Library, resolveLibrary } from "../library.js";
import { matrix } from "../linalg.js";
import { formatEquation, SparseModel } from "../model.js";
import { activeLeastSquares, resolveRule } from "../stlsq.js";
import { applyThreshold, type ThresholdRule } from "../threshold.js";
import { component, type Trajectory, validateTrajectories } from "../trajectory.js";
import { debiasComponent } from "./debias.js";
import { WindowDenoiser } from "./denoiser.js";
import { WindowObjective } from "./objective.js";
import { polish } from "./polish.js";
import { autoSmooth, type SmoothedComponent } from "./smoothing.js";
import { buildWindows } from "./windows.js";

/**
 * One progress event. Order: `init`, then per round `train` (every epoch) and `threshold` (end of the round);
 * then, when enabled, `debias` and `refine` twice each (at the start without coefficients, at the end with
 * them); then `done`. Events that carry the current model (`threshold`, the closing `debias`/`refine`, `done`)
 * have `coefficients` and `equations`; the `done` ones equal the result's.
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
  /** Hard threshold in original units (default 0.1, as in the paper). */
  threshold?: number;
  /** Keep terms below the threshold whose contribution to the equation is ≥ 2% of its derivative (default true). */
  autoThreshold?: boolean;
  /** Drop an active term when removing it raises the window loss by less than this fraction (default 0.1; 0 disables). */
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
  /** Write a checkpoint after every round to this file. */
  checkpoint?: string;
  /** Continue from `checkpoint` if it exists (finished rounds are not repeated). */
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
  /** R² of the model's derivatives against the smoothed data derivatives (mean over variables). */
  score: number;
  /** R² of a simulation from the first sample over the first `horizon` samples of trajectory 0 (null if it diverged). */
  trajectoryScore: number | null;
  horizon: number;
  /** Estimated relative noise level per variable (σ / RMS). */
  noise: number[];
  wallTimeMs: number;
  resumedFromRound: number;
  /** Simulate the discovered model. */
  simulate(y0: ArrayLike<number>, t: ArrayLike<number>): Trajectory;
  /** dx/dt of the discovered model at the given states. */
  predict(states: readonly ArrayLike<number>[]): number[][];
}

interface Settings {
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
}

function resolveSettings(o: DiscoverOptions): Settings {
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
    denoiser:
      o.denoiser === undefined
        ? published
          ? [1024, 1024]
          : null
        : o.denoiser === false
          ? null
          : o.denoiser === true
            ? [64]
            : (o.denoiser.hidden ?? [64]),
    pruneTolerance: o.pruneTolerance ?? (published ? 0 : 0.1),
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

function rms(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s / a.length) || 1;
}

function r2(pred: readonly number[][], truth: readonly number[][]): number {
  const dim = truth[0].length;
  let total = 0;
  for (let d = 0; d < dim; d++) {
    let mean = 0;
    for (const row of truth) mean += row[d];
    mean /= truth.length;
    let ssRes = 0;
    let ssTot = 0;
    truth.forEach((row, i) => {
      ssRes += (pred[i][d] - row[d]) ** 2;
      ssTot += (row[d] - mean) ** 2;
    });
    total += 1 - ssRes / (ssTot || 1);
  }
  return total / dim;
}

interface DiscoverCheckpoint {
  round: number;
  xiHat: number[];
  mask: number[];
  adam: OptimizerState | null;
  losses: RoundLoss[];
  denoiser?: number[][];
}

export async function discover(
  trajectories: Trajectory | readonly Trajectory[],
  options: DiscoverOptions = {},
): Promise<DiscoverResult> {
  const start = performance.now();
  const trajs = Array.isArray(trajectories)
    ? (trajectories as readonly Trajectory[])
    : [trajectories as Trajectory];
  const settings = resolveSettings(options);
  const dim = validateTrajectories(trajs, settings.window);
  const library = resolveLibrary(options, dim);
  const rule: ThresholdRule = resolveRule(options.threshold, options.autoThreshold);
  const T = library.size;
  const progress = options.onProgress ?? (() => {});
  // The model as it stands, for the events that carry it (copied: listeners may keep or mutate it).
  const snapshot = (coefficients: readonly (readonly number[])[]) => ({
    coefficients: coefficients.map((row) => [...row]),
    equations: library.variables.map((v, d) => formatEquation(v, library.names, coefficients[d])),
  });

  // 1. Smoothing and noise estimate.
  const smoothing = options.smoothing ?? "auto";
  const prepared = trajs.map((tr) => {
    const observed = Array.from({ length: dim }, (_, d) => component(tr, d));
    const smoothed: SmoothedComponent[] = observed.map((x) =>
      smoothing === "none"
        ? { ...autoSmooth(tr.t, x, 5), value: Float64Array.from(x), window: 1 }
        : autoSmooth(tr.t, x, typeof smoothing === "number" ? smoothing : undefined),
    );
    return { t: tr.t, observed, smoothed };
  });
  const noise = Array.from({ length: dim }, (_, d) => {
    const all = prepared.flatMap((p) => Array.from(p.observed[d]));
    return prepared.reduce((m, p) => Math.max(m, p.smoothed[d].noise), 0) / rms(all);
  });

  // 2. Least-squares initialisation on smoothed derivatives.
  const states: Float64Array[] = [];
  const derivRows: number[][] = [];
  for (const p of prepared) {
    for (let i = 0; i < p.t.length; i++) {
      states.push(Float64Array.from(p.smoothed, (c) => c.value[i]));
      derivRows.push(p.smoothed.map((c) => c.derivative[i]));
    }
  }
  const thetaData = library.evaluate(states);
  const derivatives = matrix(derivRows.length, dim);
  derivRows.forEach((row, i) => {
    row.forEach((v, d) => {
      derivatives.data[i * dim + d] = v;
    });
  });
  const stateScale = Float64Array.from({ length: dim }, (_, d) => rms(states.map((s) => s[d])));
  const derivativeScale = Float64Array.from({ length: dim }, (_, d) => rms(derivRows.map((r) => r[d])));
  const allActive = new Array<boolean>(T).fill(true);
  const initCoefficients =
    settings.init === "zeros"
      ? Array.from({ length: dim }, () => new Array<number>(T).fill(0))
      : Array.from({ length: dim }, (_, d) => activeLeastSquares(thetaData, derivatives, d, allActive));
  progress({ stage: "init", round: 0, rounds: settings.rounds });

  // 3. Windows, solver factor and Adam rounds.
  const win = buildWindows(prepared, settings.window, settings.subgrid);
  if (win.W === 0)
    throw new MechanisticInputError(
      `every trajectory is shorter than one window (${settings.window} samples); pass window: a smaller value`,
    );
  const objective = await WindowObjective.create(win, library, stateScale, derivativeScale, options.backend);
  try {
    const xiHat = new Tensor(objective.toNormalised(initCoefficients), [T, dim], true);
    const maskData = new Float64Array(T * dim).fill(1);
    const denoiser = settings.denoiser
      ? new WindowDenoiser(win, library, stateScale, settings.denoiser)
      : null;
    const optimizer = new Adam([xiHat, ...(denoiser?.parameters() ?? [])], { lr: settings.lr });
    const lossOf = (mask: Tensor) =>
      denoiser ? objective.lossWithStates(xiHat, mask, denoiser.forward()) : objective.loss(xiHat, mask);
    let losses: RoundLoss[] = [];
    let firstRound = 1;
    const runFingerprint = fingerprint({
      settings,
      rule,
      terms: library.names,
      data: trajs.map((tr) => [
        tr.t.length,
        tr.t[0],
        tr.t[tr.t.length - 1],
        Array.from(tr.y[0]),
        Array.from(tr.y[tr.y.length - 1]),
      ]),
    });
    if (options.checkpoint && options.resume) {
      const saved = readCheckpoint<DiscoverCheckpoint>(options.checkpoint, "discover", runFingerprint);
      if (saved) {
        xiHat.data.set(saved.xiHat);
        maskData.set(saved.mask);
        if (saved.adam) optimizer.loadStateDict(saved.adam);
        if (denoiser && saved.denoiser)
          denoiser.parameters().forEach((p, i) => {
            p.data.set(saved.denoiser?.[i] ?? []);
          });
        losses = saved.losses;
        firstRound = saved.round + 1;
      }
    }
    const resumedFromRound = firstRound - 1;
    const activeOf = (d: number) => Array.from({ length: T }, (_, j) => maskData[j * dim + d] !== 0);
    let converged =
      losses.length > 0 && losses[losses.length - 1].stage === "train" && firstRound > settings.rounds;
    for (let round = firstRound; round <= settings.rounds && !converged; round++) {
      const mask = tensor(maskData, [T, dim]);
      let loss = Number.POSITIVE_INFINITY;
      // Adam takes steps of about lr whatever the gradient, so it can leave a very good starting point;
      // the round keeps the best coefficients it has seen.
      let best = Number.POSITIVE_INFINITY;
      const bestXi = Float64Array.from(xiHat.data);
      let epoch = 0;
      for (; epoch < settings.epochs; epoch++) {
        optimizer.zeroGrad();
        const l = lossOf(mask);
        const value = l.item();
        if (value < best) {
          best = value;
          bestXi.set(xiHat.data);
        }
        l.backward();
        optimizer.step();
        progress({
          stage: "train",
          round,
          rounds: settings.rounds,
          epoch: epoch + 1,
          epochs: settings.epochs,
          loss: value,
        });
        const improved = (loss - value) / Math.max(value, 1e-300);
        loss = value;
        if (improved >= 0 && improved < settings.tolerance && epoch > 2) {
          epoch++;
          break;
        }
      }
      if (epoch > 0) {
        const last = lossOf(mask).item();
        if (last < best) best = last;
        else xiHat.data.set(bestXi);
        loss = best;
      }
      for (let i = 0; i < xiHat.size; i++) xiHat.data[i] *= maskData[i];
      // Threshold in original units.
      const coefficients = objective.fromNormalised(xiHat.data);
      let changed = false;
      for (let d = 0; d < dim; d++) {
        const next = applyThreshold(coefficients[d], activeOf(d), rule, objective.contributionScale(d));
        changed ||= next.changed;
        next.active.forEach((a, j) => {
          maskData[j * dim + d] = a ? 1 : 0;
          if (!a) xiHat.data[j * dim + d] = 0;
        });
      }
      const activeTerms = maskData.reduce((n, m) => n + m, 0);
      if (epoch === 0) loss = lossOf(tensor(maskData, [T, dim])).item();
      losses.push({ round, stage: "train", loss, epochs: epoch, activeTerms });
      progress({
        stage: "threshold",
        round,
        rounds: settings.rounds,
        loss,
        activeTerms,
        ...snapshot(objective.fromNormalised(xiHat.data)),
      });
      if (options.checkpoint) {
        writeCheckpoint<DiscoverCheckpoint>(options.checkpoint, "discover", runFingerprint, {
          round,
          xiHat: Array.from(xiHat.data),
          mask: Array.from(maskData),
          adam: optimizer.stateDict(),
          losses,
          ...(denoiser ? { denoiser: denoiser.parameters().map((p) => Array.from(p.data)) } : {}),
        });
      }
      converged = !changed && round > 1;
    }

    // 4. Debias: exact refit through the same solver objective, thresholding and the loss-increase test.
    let coefficients = objective.fromNormalised(xiHat.data);
    if (settings.debias) {
      progress({ stage: "debias", round: settings.rounds, rounds: settings.rounds });
      coefficients = Array.from({ length: dim }, (_, d) =>
        debiasComponent(objective, d, activeOf(d), rule, settings.pruneTolerance),
      );
      const refitHat = objective.toNormalised(coefficients);
      const finalMask = refitHat.map((v) => (v !== 0 ? 1 : 0));
      const loss = objective.loss(tensor(refitHat, [T, dim]), tensor(finalMask, [T, dim])).item();
      const activeTerms = finalMask.reduce((n, m) => n + m, 0);
      progress({
        stage: "debias",
        round: settings.rounds,
        rounds: settings.rounds,
        loss,
        activeTerms,
        ...snapshot(coefficients),
      });
      losses = [
        ...losses,
        {
          round: losses.length + 1,
          stage: "debias",
          loss,
          epochs: 0,
          activeTerms,
        },
      ];
    }
    // 5. Trajectory refinement (and, on noisy data, reselection with the model-consistent state).
    if (settings.refine) {
      progress({ stage: "refine", round: settings.rounds, rounds: settings.rounds });
      const refined = await polish({
        library,
        trajectories: prepared,
        coefficients,
        rule,
        pruneTolerance: settings.pruneTolerance,
        sigma: Float64Array.from({ length: dim }, (_, d) =>
          prepared.reduce((m, p) => Math.max(m, p.smoothed[d].noise), 0),
        ),
        noisy: noise.some((v) => v > 1e-4),
        stateScale,
        derivativeScale,
        window: settings.window,
        subgrid: settings.subgrid,
        backend: options.backend,
      });
      if (refined) {
        coefficients = refined.coefficients;
        const refinedHat = objective.toNormalised(coefficients);
        const refinedMask = refinedHat.map((v) => (v !== 0 ? 1 : 0));
        losses = [
          ...losses,
          {
            round: losses.length + 1,
            stage: "refine",
            loss: objective.loss(tensor(refinedHat, [T, dim]), tensor(refinedMask, [T, dim])).item(),
            epochs: 0,
            activeTerms: refinedMask.reduce((n, m) => n + m, 0),
          },
        ];
      }
      const last = losses[losses.length - 1];
      progress({
        stage: "refine",
        round: settings.rounds,
        rounds: settings.rounds,
        ...(refined ? { loss: last.loss, activeTerms: last.activeTerms } : {}),
        ...snapshot(coefficients),
      });
    }
    const model = new SparseModel(library, coefficients);

    // Goodness of fit.
    const score = r2(model.predict(states), derivRows);
    const first = prepared[0];
    const horizon = Math.min(first.t.length, 200);
    let trajectoryScore: number | null = null;
    try {
      const y0 = first.smoothed.map((c) => c.value[0]);
      const sim = model.simulate(y0, Array.from(first.t).slice(0, horizon));
      const truth = Array.from({ length: horizon }, (_, i) => first.smoothed.map((c) => c.value[i]));
      trajectoryScore = r2(
        sim.y.map((row) => Array.from(row)),
        truth,
      );
    } catch {
      trajectoryScore = null;
    }
    progress({
      stage: "done",
      round: settings.rounds,
      rounds: settings.rounds,
      activeTerms: model.activeTerms,
      ...snapshot(model.coefficients),
    });
    return {
      model,
      variables: [...library.variables],
      terms: library.names,
      coefficients: model.coefficients,
      equations: model.equations(),
      losses,
      score,
      trajectoryScore,
      horizon,
      noise,
      wallTimeMs: performance.now() - start,
      resumedFromRound,
      simulate: (y0, t) => model.simulate(y0, t),
      predict: (s) => model.predict(s),
    };
  } finally {
    objective.dispose();
  }
}
