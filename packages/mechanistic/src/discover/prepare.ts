/**
 * Stage "prepare": per trajectory and component the observed samples, their smoothed values and derivatives
 * (automatic noise estimate; clean data are used as they are), the relative noise level, and the regression
 * data (states, derivatives, their RMS scales) that the later stages share.
 */
import { type Matrix, matrix } from "@mechanist/autodiff";
import { meanAndSpread, motionScale } from "../scale.js";
import { component, type Trajectory } from "../trajectory.js";
import { asClean, autoSmooth, type SmoothedComponent } from "./smoothing.js";

export interface PreparedTrajectory {
  t: ArrayLike<number>;
  observed: Float64Array[];
  smoothed: SmoothedComponent[];
}

export interface PreparedData {
  trajectories: PreparedTrajectory[];
  /** Estimated relative noise per component: unbiased σ / standard deviation of the data (0 for a constant one). */
  noise: number[];
  /**
   * The relative noise the selection rules go by: σ as the selection weighs it (`sigma`) over the variable's motion
   * (scale.ts `motionScale`). Below 1e-4 everywhere the data count as clean, as in the smoothing, which leaves such a
   * variable as it is.
   */
  selectionNoise: number[];
  /** Estimated absolute noise σ per component. */
  sigma: Float64Array;
  /** RMS and standard deviation per component of the observed samples (every reading of the data shares them). */
  observedScale: { rms: number[]; spread: number[] };
  /** Smoothed states and derivatives of every sample of every trajectory, stacked. */
  states: Float64Array[];
  derivativeRows: number[][];
  derivatives: Matrix;
  /** RMS per component of the state and of its derivative. */
  stateScale: Float64Array;
  derivativeScale: Float64Array;
}

export function rms(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s / a.length) || 1;
}

function smoothTrajectory(
  tr: Trajectory,
  dim: number,
  smoothing: "auto" | "none" | number,
): PreparedTrajectory {
  const observed = Array.from({ length: dim }, (_, d) => component(tr, d));
  const smoothed: SmoothedComponent[] = observed.map((x) =>
    smoothing === "none"
      ? { ...autoSmooth(tr.t, x, 5), value: Float64Array.from(x), window: 1 }
      : autoSmooth(tr.t, x, typeof smoothing === "number" ? smoothing : undefined),
  );
  return { t: tr.t, observed, smoothed };
}

export function prepareData(
  trajectories: readonly Trajectory[],
  dim: number,
  smoothing: "auto" | "none" | number,
): PreparedData {
  const prepared = trajectories.map((tr) => smoothTrajectory(tr, dim, smoothing));
  const sigma = Float64Array.from({ length: dim }, (_, d) =>
    prepared.reduce((m, p) => Math.max(m, p.smoothed[d].noise), 0),
  );
  const columns = Array.from({ length: dim }, (_, d) => prepared.flatMap((p) => Array.from(p.observed[d])));
  const observedScale = { rms: columns.map(rms), spread: columns.map((all) => meanAndSpread(all).spread) };
  const selectionNoise = motionOf(observedScale).map((m, d) => sigma[d] / m);
  const noise = observedScale.spread.map((spread, d) => {
    const unbiased = prepared.reduce((m, p) => Math.max(m, p.smoothed[d].unbiasedNoise), 0);
    return spread > 0 ? unbiased / spread : 0;
  });
  return assemble(prepared, { noise, selectionNoise, sigma, observedScale });
}

/** Each variable's motion (scale.ts `motionScale`), the scale its noise is judged against. */
export function motionOf({ rms, spread }: PreparedData["observedScale"]): number[] {
  return rms.map((r, d) => motionScale(spread[d], r));
}

/**
 * The same data read as clean: every component used as it is (smoothing.ts `asClean`), selected by the clean-data
 * rules (selection noise 0), the noise estimate kept for the report.
 */
export function readAsClean(data: PreparedData): PreparedData {
  return assemble(usedAsTheyAre(data), {
    noise: data.noise,
    selectionNoise: data.selectionNoise.map(() => 0),
    sigma: data.sigma,
    observedScale: data.observedScale,
  });
}

/**
 * Selection noise of the floor reading: just above the clean floor (`isNoisy` counts 1e-4 as clean), so the
 * noisy-data selection runs, below the rules for plainly noisy data (polish.ts), with residual weights (σ of this
 * fraction of the RMS) that only an exact model's integration error stays below.
 */
const FLOOR_NOISE = 2e-4;

/**
 * The same data used as they are, but selected by the noisy-data rules with the noise at the clean floor
 * (FLOOR_NOISE of each variable's RMS): the reselection by the refined likelihood, the significance test and the
 * exchanges, where the clean rules judge supports by the window fits alone. For undersampled data (reading.ts), whose
 * windows cannot resolve the dynamics while the refinement integrates through them.
 */
export function readAtCleanFloor(data: PreparedData): PreparedData {
  const { rms: scale } = data.observedScale;
  return assemble(usedAsTheyAre(data), {
    noise: data.noise,
    selectionNoise: scale.map(() => FLOOR_NOISE),
    sigma: Float64Array.from(scale, (s) => FLOOR_NOISE * s),
    observedScale: data.observedScale,
  });
}

/**
 * Every component of every trajectory is used as it was sampled (window 1: clean data, a clean reading, smoothing
 * "none"), so `readAsClean` would return the same states.
 */
export function isUsedAsSampled(data: PreparedData): boolean {
  return data.trajectories.every((p) => p.smoothed.every((c) => c.window === 1));
}

function usedAsTheyAre(data: PreparedData): PreparedTrajectory[] {
  return data.trajectories.map((p) => ({
    ...p,
    smoothed: p.observed.map((x, d) => asClean(p.t, x, p.smoothed[d])),
  }));
}

/** The regression data stacked over trajectories (states, derivatives and their RMS scales). */
function assemble(
  prepared: PreparedTrajectory[],
  estimate: Pick<PreparedData, "noise" | "selectionNoise" | "sigma" | "observedScale">,
): PreparedData {
  const dim = prepared[0].observed.length;
  const states: Float64Array[] = [];
  const derivativeRows: number[][] = [];
  for (const p of prepared) {
    for (let i = 0; i < p.t.length; i++) {
      states.push(Float64Array.from(p.smoothed, (c) => c.value[i]));
      derivativeRows.push(p.smoothed.map((c) => c.derivative[i]));
    }
  }
  const derivatives = matrix(derivativeRows.length, dim);
  derivativeRows.forEach((row, i) => {
    derivatives.data.set(row, i * dim);
  });
  return {
    trajectories: prepared,
    ...estimate,
    states,
    derivativeRows,
    derivatives,
    stateScale: Float64Array.from({ length: dim }, (_, d) => rms(states.map((s) => s[d]))),
    derivativeScale: Float64Array.from({ length: dim }, (_, d) => rms(derivativeRows.map((r) => r[d]))),
  };
}

/** Selection noise above 1e-4 on any component (below it the data count as clean). */
export function isNoisy(data: PreparedData): boolean {
  return data.selectionNoise.some((v) => v > 1e-4);
}
