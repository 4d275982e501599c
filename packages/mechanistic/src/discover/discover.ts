/**
 * Equation discovery with a Mechanistic Neural Network (the published recipe, made affordable on a CPU), as a
 * pipeline of named stages, each in its own file and testable alone:
 *   prepare    (prepare.ts)    smooth the state when the data are noisy (automatic noise estimate);
 *   initialise (initialise.ts) ξ by least squares on the smoothed derivatives (the STLSQ estimate);
 *   train      (train.ts)      rounds of Adam on ξ through the NeuRLP window objective (factor cached:
 *                              substitutions only), each followed by hard thresholding in original units;
 *   debias     (debias.ts)     the exact least-squares minimiser of the same objective on the active terms,
 *                              thresholded again, plus a loss-increase test that drops terms that only absorb noise;
 *   refine     (polish.ts)     trajectory refinement against the raw samples (and reselection on noisy data);
 *   score      (score.ts)      goodness of fit.
 * A checkpoint is written after every training round and after debias and refine (checkpoints.ts). Data whose noise
 * estimate is small are first run through the stages read as clean, and that pass stands only when its refined model
 * fits the samples far below the estimate (reading.ts); so does a clean reading tried after a poor fit to data read
 * as very noisy (undersampled clean data read that way).
 */
import { MechanisticInputError } from "../errors.js";
import { resolveLibrary } from "../library.js";
import { SparseModel } from "../model.js";
import { resolveRule } from "../stlsq.js";
import { describeSelection } from "../threshold.js";
import { type Trajectory, validateTrajectories } from "../trajectory.js";
import { cancellationWarnings } from "./cancellation.js";
import { type DiscoverCheckpoint, DiscoverCheckpointStore } from "./checkpoints.js";
import { type DiscoverContext, type StageResult, snapshot } from "./context.js";
import { debiasStage } from "./debias.js";
import { constantVariables, degenerateVariableWarnings } from "./degenerate.js";
import { initialCoefficients } from "./initialise.js";
import { WindowObjective } from "./objective.js";
import { type DiscoverOptions, type DiscoverResult, resolveSettings } from "./options.js";
import { refineStage } from "./polish.js";
import { type PreparedData, prepareData, readAsClean, readAtCleanFloor } from "./prepare.js";
import { certifiedClean, readsNearlyClean, readsUndersampled } from "./reading.js";
import { coefficientExponents, coefficientsFromUnits, toUnits, unitExponents } from "./rescale.js";
import { reportedSimulationError, scoreModel, simulationError } from "./score.js";
import { trainStage } from "./train.js";
import { ambiguityWarnings, fitWarnings, largestSteps } from "./warnings.js";
import { buildWindows } from "./windows.js";

export type { DiscoverOptions, DiscoverProgress, DiscoverResult, RoundLoss } from "./options.js";

/** The stages after training, in order, with the checkpoint stage each one records. */
const LATER_STAGES = [
  { name: "debias", enabled: (c: DiscoverContext) => c.settings.debias, run: debiasStage },
  { name: "refine", enabled: (c: DiscoverContext) => c.settings.refine, run: refineStage },
] as const;

async function runStages(ctx: DiscoverContext, saved: DiscoverCheckpoint | null): Promise<StageResult> {
  const done = saved?.stage ?? "train";
  let state: StageResult =
    saved?.coefficients && done !== "train"
      ? {
          coefficients: saved.coefficients,
          losses: saved.losses,
          ...(saved.standardErrors ? { standardErrors: saved.standardErrors } : {}),
          ...(saved.inclusionProbabilities ? { inclusionProbabilities: saved.inclusionProbabilities } : {}),
          ...(saved.alternatives ? { alternatives: saved.alternatives } : {}),
        }
      : await trainStage(ctx, initialCoefficients(ctx.library, ctx.data, ctx.settings), saved);
  const firstLater = LATER_STAGES.findIndex((s) => s.name === done) + 1;
  for (const stage of LATER_STAGES.slice(firstLater)) {
    if (!stage.enabled(ctx)) continue;
    state = await stage.run(ctx, state);
    ctx.checkpoints?.saveStage(stage.name, state);
  }
  return state;
}

/** What a run resolves from its options before reading the data: settings, dimension, library and rule. */
function resolveRun(trajs: readonly Trajectory[], options: DiscoverOptions) {
  const settings = resolveSettings(options);
  const dim = validateTrajectories(trajs, settings.window);
  const library = resolveLibrary(options, dim, trajs[0].names);
  const rule = resolveRule(settings.threshold, options.autoThreshold ?? settings.threshold === "auto");
  return { settings, dim, library, rule };
}

/** Builds what every stage shares (the window objective holds a solver factor) on one reading of the data. */
async function createContext(
  run: ReturnType<typeof resolveRun>,
  options: DiscoverOptions,
  data: PreparedData,
  checkpoints: DiscoverCheckpointStore | null,
): Promise<DiscoverContext> {
  const { settings, library } = run;
  const progress = options.onProgress ?? (() => {});
  progress({ stage: "init", round: 0, rounds: settings.rounds });
  const win = buildWindows(data.trajectories, settings.window, settings.subgrid);
  if (win.W === 0)
    throw new MechanisticInputError(
      `every trajectory is shorter than one window (${settings.window} samples); pass window: a smaller value`,
    );
  const { stateScale, derivativeScale } = data;
  const objective = await WindowObjective.create(win, library, stateScale, derivativeScale, options.backend);
  return { ...run, data, objective, progress, checkpoints, backend: options.backend };
}

/**
 * Discovery on data of extreme magnitude, in units of a power of ten per variable (rescale.ts); the result and the
 * progress events are mapped back to the data's units.
 */
async function discoverInUnits(
  trajs: readonly Trajectory[],
  options: DiscoverOptions,
  exponents: number[],
): Promise<DiscoverResult> {
  const magnitude = `10^${exponents.join(", 10^")}`;
  if (typeof options.threshold === "number")
    throw new MechanisticInputError(
      `the data's magnitude (units ${magnitude} per variable) is far from 1, where a threshold in the data's units selects by units rather than by the dynamics; pass threshold "auto" or rescale the data`,
    );
  const library = resolveLibrary(options, exponents.length, trajs[0].names);
  const powers = coefficientExponents(library, exponents);
  const map = (c: readonly (readonly number[])[]) => coefficientsFromUnits(c, powers);
  const listener = options.onProgress;
  const inner = await discover(toUnits(trajs, exponents), {
    ...options,
    ...(listener
      ? {
          onProgress: (p) =>
            listener(p.coefficients ? { ...p, ...snapshot(library, map(p.coefficients)) } : p),
        }
      : {}),
  });
  const coefficients = map(inner.coefficients);
  if (!coefficients.flat().every(Number.isFinite))
    throw new MechanisticInputError(
      `a discovered coefficient does not fit in a double in the data's units (${magnitude}); rescale the data`,
    );
  const model = new SparseModel(library, coefficients);
  return {
    ...inner,
    model,
    coefficients: model.coefficients,
    equations: model.equations(),
    standardErrors: inner.standardErrors && map(inner.standardErrors).map((row) => row.map(Math.abs)),
    simulate: (y0, t) => model.simulate(y0, t),
    predict: (s) => model.predict(s),
  };
}

/** The rows flagged in `zero` replaced by zeros. */
const zeroRows = (rows: readonly (readonly number[])[], zero: readonly boolean[]) =>
  rows.map((row, d) => (zero[d] ? row.map(() => 0) : [...row]));

/**
 * Discovers governing equations dx/dt = Θ(x) Ξ from one or more trajectories `{ t, x, names? }`: sparse
 * coefficients trained through NeuRLP with thresholding rounds, an exact refit and a trajectory refinement.
 * Returns the model, its printed equations, fit diagnostics and warnings; `onProgress` reports each round,
 * `checkpoint`/`resume` make long runs restartable (Node). Bad data or options throw
 * `MechanisticInputError`.
 */
export async function discover(
  trajectories: Trajectory | readonly Trajectory[],
  options: DiscoverOptions = {},
): Promise<DiscoverResult> {
  const start = performance.now();
  const trajs = Array.isArray(trajectories)
    ? (trajectories as readonly Trajectory[])
    : [trajectories as Trajectory];
  const exponents = unitExponents(trajs, validateTrajectories(trajs, resolveSettings(options).window));
  if (exponents) return discoverInUnits(trajs, options, exponents);
  const run = resolveRun(trajs, options);
  const data = prepareData(trajs, run.dim, options.smoothing ?? "auto");
  const checkpoints = options.checkpoint
    ? DiscoverCheckpointStore.forRun(options.checkpoint, run.settings, run.rule, run.library.names, trajs)
    : null;
  const saved = checkpoints && options.resume ? checkpoints.read() : null;
  const smoothing = options.smoothing ?? "auto";
  const asClean = (read: typeof readAsClean) => cleanReading(trajs, options, run, read(data), data, start);
  // A saved run already took the estimated reading: the clean one was tried before it and not certified.
  const first = !saved && readsNearlyClean(data, run.settings, smoothing) ? await asClean(readAsClean) : null;
  if (first) return done(options, run, first);
  const estimated = await discoverOn(trajs, options, { run, data, checkpoints, saved, start });
  // Undersampled: the windows cannot resolve the dynamics, so supports are judged by the refined likelihood.
  const fallback = readsUndersampled(estimated.smoothedError, data, run.settings, smoothing)
    ? await asClean(readAtCleanFloor)
    : null;
  return done(options, run, fallback ?? estimated.result);
}

/**
 * The stages on a clean reading of the data (reading.ts): the result when the reading is certified against the
 * estimated reading `data`, else null.
 */
async function cleanReading(
  trajs: readonly Trajectory[],
  options: DiscoverOptions,
  run: ReturnType<typeof resolveRun>,
  reading: PreparedData,
  data: PreparedData,
  start: number,
): Promise<DiscoverResult | null> {
  const clean = await discoverOn(trajs, options, { run, data: reading, saved: null, start });
  return certifiedClean(clean.residual, clean.smoothedError, data, reading)
    ? readAsCleanReport(clean.result)
    : null;
}

/** The `done` progress event, once, for the result that is returned (a refused clean reading sends none). */
function done(
  options: DiscoverOptions,
  run: ReturnType<typeof resolveRun>,
  result: DiscoverResult,
): DiscoverResult {
  options.onProgress?.({
    stage: "done",
    round: run.settings.rounds,
    rounds: run.settings.rounds,
    activeTerms: result.model.activeTerms,
    ...snapshot(run.library, result.model.coefficients),
  });
  return result;
}

/** The selection's description says that the data were read as clean (reading.ts), and why. */
function readAsCleanReport(result: DiscoverResult): DiscoverResult {
  const note =
    "; data read as clean: the noise estimate was small and the refined model fits the samples far below it";
  return { ...result, selection: { ...result.selection, description: result.selection.description + note } };
}

/**
 * One run of the stages on one reading of the data (checkpointed when `checkpoints` is given), with the refined
 * model's residual per component (null when the refinement did not run or failed).
 */
async function discoverOn(
  trajs: readonly Trajectory[],
  options: DiscoverOptions,
  reading: {
    run: ReturnType<typeof resolveRun>;
    data: PreparedData;
    checkpoints?: DiscoverCheckpointStore | null;
    saved: DiscoverCheckpoint | null;
    start: number;
  },
): Promise<{ result: DiscoverResult; residual: number[] | null; smoothedError: number[] }> {
  const { saved, start } = reading;
  const ctx = await createContext(reading.run, options, reading.data, reading.checkpoints ?? null);
  const { library, settings } = ctx;
  try {
    const final = await runStages(ctx, saved);
    // A variable constant in the data has the zero derivative; what its equation's terms fitted is rounding error.
    const constant = constantVariables(ctx.dim, trajs);
    const model = new SparseModel(library, zeroRows(final.coefficients, constant));
    const fit = scoreModel(
      model,
      ctx.data,
      constant.map((c) => !c),
    );
    // The readings (reading.ts) go by the smoothed measure; the result reports the measure that is kinder to the model.
    const smoothedError = simulationError(model, ctx.data);
    const simError = reportedSimulationError(model, ctx.data, smoothedError);
    // The polynomial degree the warnings advise on (none for a custom library).
    const degree = options.library ? undefined : (options.degree ?? 2);
    const result: DiscoverResult = {
      model,
      variables: [...library.variables],
      terms: library.names,
      coefficients: model.coefficients,
      equations: model.equations(),
      losses: final.losses,
      selection: describeSelection(settings.threshold, ctx.rule, settings.pruneTolerance),
      warnings: [
        ...fitWarnings(
          library,
          settings,
          simError,
          degree,
          trajs.reduce((n, tr) => n + tr.t.length, 0),
          ctx.data.noise,
          largestSteps(trajs, library.variables.length),
        ),
        ...ambiguityWarnings(library, final.alternatives ?? []),
        ...cancellationWarnings(library, model.coefficients, ctx.data.trajectories, degree),
        ...degenerateVariableWarnings(library.variables, trajs),
      ],
      ...fit,
      simulationError: simError,
      standardErrors: final.standardErrors ? zeroRows(final.standardErrors, constant) : null,
      inclusionProbabilities: final.inclusionProbabilities
        ? zeroRows(final.inclusionProbabilities, constant)
        : null,
      noise: ctx.data.noise,
      wallTimeMs: performance.now() - start,
      resumedFromRound: saved?.round ?? 0,
      simulate: (y0, t) => model.simulate(y0, t),
      predict: (s) => model.predict(s),
    };
    return { result, residual: final.residual ?? null, smoothedError };
  } finally {
    ctx.objective.dispose();
  }
}
