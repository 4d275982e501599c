/**
 * Warnings about a discovered model: a re-simulation that strays from the data means the library (degree) or
 * the window cannot represent the dynamics, whatever the sparsity rule chose.
 */
import type { Library } from "../library.js";
import type { Trajectory } from "../trajectory.js";
import type { Settings } from "./options.js";
import { AMBIGUOUS_BIC, type NearAlternative } from "./polish.js";

/**
 * Relative re-simulation error (rms/std over segments of ~3 time scales) above which a model is reported as a
 * poor fit. Exact models measured 0.02–0.06 at 5% noise (chaotic Lorenz the highest); a wrong structure
 * (Van der Pol at degree 2, no cubic term) 0.45.
 */
export const POOR_FIT = 0.15;

/** Some variable's re-simulation error is above POOR_FIT, or not a number (a diverged simulation). */
export function fitsPoorly(simulationError: readonly number[]): boolean {
  return simulationError.some((e) => !(e <= POOR_FIT));
}

/**
 * Samples per library term below which the data cannot identify the library: each equation is a regression on
 * all terms, and with fewer than two samples per term many sparse models fit equally well (noise included).
 */
export const MIN_SAMPLES_PER_TERM = 2;

/**
 * Estimated noise (relative to a variable's spread) above which a poor fit is more likely the data's fault than the
 * library's. At the 1–5% noise this method is measured on, the estimate reads within a few percent of the truth; far
 * above that, either the data are that noisy or they are sampled too coarsely for their dynamics and the smoother
 * reads the unresolved motion as noise (Halvorsen at 1% noise and ~1 sample per time scale: 22–26%; Chen from a
 * fast transient: 45–155%).
 */
export const SUSPECT_NOISE = 0.15;

/**
 * Change between two consecutive samples, as a fraction of a variable's range, above which the sampling does not
 * resolve that variable's fastest motion. Sprott's case E in a bursting regime (bench/held-out-11.ts, 500 samples at
 * 1% noise): x climbs from 0.5 to 108 and falls back within about one sample, a step of its whole range, while its
 * noise reads right (1%), so only the diverging model showed that something was wrong. Over 1524 stored bench draws,
 * 60 had a poor fit; this bar singles out 4 (steps 0.86–1.0, three wrong models and Rössler's hyperchaos at 5% with
 * 500 samples, exact). At 0.5 it also named three exact chaotic runs whose re-simulation merely diverges (0.53–0.55).
 */
export const UNRESOLVED_STEP = 0.75;

/** Per variable, its largest change between consecutive samples of one trajectory, over its range in all of them. */
export function largestSteps(trajectories: readonly Trajectory[], dim: number): number[] {
  return Array.from({ length: dim }, (_, d) => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    let step = 0;
    for (const { x } of trajectories) {
      x.forEach((row, i) => {
        lo = Math.min(lo, row[d]!);
        hi = Math.max(hi, row[d]!);
        if (i > 0) step = Math.max(step, Math.abs(row[d]! - x[i - 1]![d]!));
      });
    }
    return hi > lo ? step / (hi - lo) : 0;
  });
}

/** Index of the largest value by `>` (the first on ties). */
const largestAt = (values: readonly number[]) => values.reduce((m, v, d) => (v > values[m] ? d : m), 0);

export function fitWarnings(
  library: Library,
  settings: Settings,
  simulationError: readonly number[],
  /** The polynomial degree (undefined for a custom library). */
  degree: number | undefined,
  /** Samples over all trajectories. */
  samples: number,
  /** Estimated noise per variable, relative to its spread. */
  noise: readonly number[],
  /** Per variable, the largest change between consecutive samples over its range (`largestSteps`). */
  steps: readonly number[] = [],
): string[] {
  const oversized = samples < MIN_SAMPLES_PER_TERM * library.size;
  const size = oversized
    ? [
        `The library has ${library.size} terms per equation but the data has only ${samples} samples (fewer than ${MIN_SAMPLES_PER_TERM} per term): too few to identify a model of this size. Use ${degree !== undefined ? "a smaller degree or " : "fewer terms or "}more samples.`,
      ]
    : [];
  // A library already too large for the data gets no "larger degree" advice.
  const degreeLever = degree !== undefined && !oversized ? `a larger degree (now ${degree})` : undefined;
  const poor = poorFit(library, settings, simulationError, degreeLever, degree === undefined);
  if (poor.length === 0) return size;
  const suspect = suspectData(library, noise);
  // Either reading says "sample more densely"; the noise one, when it fires, says why as well.
  return [...size, ...poor, ...(suspect.length > 0 ? suspect : unresolvedMotion(library, steps))];
}

/** With a poor fit: the variable that crosses the largest part of its range in one sample, if above UNRESOLVED_STEP. */
function unresolvedMotion(library: Library, steps: readonly number[]): string[] {
  if (steps.length === 0) return [];
  const worst = largestAt(steps);
  if (!(steps[worst] > UNRESOLVED_STEP)) return [];
  const name = library.variables[worst];
  return [
    `${name} changes by ${(steps[worst] * 100).toFixed(0)}% of its range between two consecutive samples: the sampling does not resolve its fastest motion (a burst or a spike a sample or two long), and a model fitted to the samples cannot be trusted between them. Sample more densely.`,
  ];
}

/** With a poor fit: the variable whose estimated noise is far above the noise this method handles, if any. */
function suspectData(library: Library, noise: readonly number[]): string[] {
  const worst = largestAt(noise);
  if (!(noise[worst] > SUSPECT_NOISE)) return [];
  const name = library.variables[worst];
  return [
    `The estimated noise of ${name} is ${(noise[worst] * 100).toFixed(0)}% of its spread. If the data are not that noisy, they are sampled too coarsely for their dynamics (the smoothing reads the unresolved motion as noise) and no library or window will fit them: sample more densely. If they are, no structure found at this noise level is reliable.`,
  ];
}

function poorFit(
  library: Library,
  settings: Settings,
  simulationError: readonly number[],
  degreeLever: string | undefined,
  customLibrary: boolean,
): string[] {
  const worst = largestAt(simulationError);
  const error = simulationError[worst];
  if (error <= POOR_FIT) return [];
  const what = Number.isFinite(error)
    ? `strays from the data by ${relativeSize(error)} the spread of ${library.variables[worst]} (rms over segments of ~3 time scales)`
    : "diverges";
  const levers = [
    degreeLever,
    `a longer window (now ${settings.window} samples)`,
    // A threshold the user chose may itself have removed the terms the dynamics need.
    typeof settings.threshold === "number" ? `a smaller threshold (now ${settings.threshold})` : undefined,
  ].filter((l): l is string => l !== undefined);
  const last = levers.pop() as string;
  const tryText =
    levers.length === 0 ? last : `${levers.join(", ")}${levers.length > 1 ? "," : ""} or ${last}`;
  const advice = customLibrary ? `Add the missing terms to the library or try ${tryText}` : `Try ${tryText}`;
  return [`The discovered model fits the data poorly: its re-simulation ${what}. ${advice}.`];
}

/** "130% of" up to 10×, then "25 times" / "3.2e+7 times": never a 20-digit percentage. */
export function relativeSize(ratio: number): string {
  if (ratio < 10) return `${(ratio * 100).toFixed(0)}% of`;
  return `${ratio < 1e6 ? ratio.toFixed(0) : ratio.toExponential(1)} times`;
}

/**
 * An alternative the data barely tell from the result: within AMBIGUOUS_BIC of it either side. One far below it is no
 * near tie (the selection kept the result on other grounds, or over segments changed since), and "barely" would be
 * false: a coarse clean Brusselator with 12-sample windows, whose result fits poorly, named one "68872.0 better".
 */
export const barelyDistinguished = (a: NearAlternative) => a.delta > -AMBIGUOUS_BIC;

/**
 * A warning when the refinement met, for some equation, a model of the same size on another support that the data
 * barely tell from the result (polish.ts `nearAlternatives`): that equation's structure is then a draw, not a finding.
 */
export function ambiguityWarnings(library: Library, alternatives: readonly NearAlternative[]): string[] {
  const near = alternatives.filter(barelyDistinguished);
  if (near.length === 0) return [];
  const listed = near.map((a) => {
    const gap = a.delta >= 0 ? `${a.delta.toFixed(1)} worse` : `${(-a.delta).toFixed(1)} better`;
    // Terms, not coefficients: they read the same in the data's units and in rescaled ones (rescale.ts).
    const terms = library.names.filter((_, j) => a.coefficients[j] !== 0);
    return `d${library.variables[a.equation]}/dt on {${terms.join(", ")}} (${gap})`;
  });
  return [
    `The data barely distinguish the discovered structure from a model of the same size with ${listed.join(" or ")} in the refined BIC, where ${AMBIGUOUS_BIC} would be strong evidence. The trajectories show the dynamics along too little of the state space (for example a single transient into an equilibrium, or a variable that stays near one value, which makes its products with the others nearly proportional to them); add trajectories from other initial states before trusting these terms.`,
  ];
}
