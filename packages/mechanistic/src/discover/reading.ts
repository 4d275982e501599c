/**
 * Which reading of the data discovery settles on when the noise estimate is small. The estimate is the residual of a
 * local cubic (smoothing.ts), and on clean data it reads the cubic's own error where the state moves fast: the
 * autocatalator's clean limit cycle, 2000 samples, reads 0.05–0.11% "noise", and smoothing and noisy-data selection
 * then end in a 49-term model that cannot be integrated, where the same data read as clean give the exact 9 terms.
 * So near-clean data are first read as clean, and that reading stands only when its refined model reproduces the
 * samples far below the noise estimate: a model cannot fit real noise below its level (the free segment states take
 * a few degrees of freedom of every hundred), so such a fit shows the estimate was model error, not noise.
 */
import type { Settings } from "./options.js";
import { isNoisy, motionOf, type PreparedData } from "./prepare.js";
import { CLEAN_NOISE } from "./smoothing.js";
import { fitsPoorly, SUSPECT_NOISE } from "./warnings.js";

/**
 * Largest estimated noise (relative to a variable's spread) for which the clean reading is tried first. Clean data
 * measured read up to 0.11% (the autocatalator above; clean Lorenz at dt = 0.01: 0.015–0.04%); 1% noise reads ~1%.
 */
const NEARLY_CLEAN = 3e-3;

/**
 * Fraction of the noise estimate below which the clean reading's refined residual must fall on every variable. Real
 * noise leaves a residual of ~0.8 of the estimate (which reads ~1.25 σ); the clean readings that stood left 10⁻⁴ of it.
 */
const CERTIFIED_FRACTION = 0.25;

/**
 * The data read as noisy (some variable's selection noise above the clean floor), but at most NEARLY_CLEAN on every
 * variable, with the automatic smoothing, selection and a refinement to certify the clean reading.
 */
export function readsNearlyClean(
  data: PreparedData,
  settings: Settings,
  smoothing: "auto" | "none" | number,
): boolean {
  return (
    cleanReadingAllowed(settings, smoothing) && isNoisy(data) && data.noise.every((v) => v <= NEARLY_CLEAN)
  );
}

/** A clean reading needs the automatic smoothing and selection, and the refinement that certifies it. */
function cleanReadingAllowed(settings: Settings, smoothing: "auto" | "none" | number): boolean {
  return smoothing === "auto" && settings.automaticSelection && settings.refine;
}

/**
 * The clean reading's refined residual is below CERTIFIED_FRACTION of the noise estimate and below the noise the
 * reading itself assumed on every variable, and its model re-simulates the data well (warnings.ts POOR_FIT). The
 * second and third guard the reading tried after a poor fit: there the estimate is inflated by undersampling, so a
 * quarter of it need not be below real noise (Lorenz with 200 samples at 5% noise reads 8× that, and a model fitting
 * the noise would pass the first test), and the refinement's short segments (each with its own initial state) can
 * follow samples that a wrong model does not reproduce.
 */
export function certifiedClean(
  residual: readonly number[] | null,
  simulationError: readonly number[],
  data: PreparedData,
  reading: PreparedData,
): boolean {
  if (!residual || fitsPoorly(simulationError)) return false;
  const motion = motionOf(data.observedScale);
  return residual.every((r, d) => {
    const floor = CLEAN_NOISE * motion[d];
    const allowed = Math.min(
      CERTIFIED_FRACTION * Math.max(data.sigma[d], floor),
      Math.max(reading.sigma[d], floor),
    );
    return Number.isFinite(r) && r <= allowed;
  });
}

/**
 * After the estimated reading: its model fits poorly, and the noise estimate says the data may be clean but
 * undersampled. Either it reads far above the noise this method handles on some variable (warnings.ts SUSPECT_NOISE):
 * clean data sampled at about one sample per time scale look like this (the smoothing reads the unresolved motion as
 * 36–91% noise: Burke–Shaw and Moore–Spiegel with 200 samples). Or it reads clean (NEARLY_CLEAN) on some variable
 * while another's spikes, a few samples wide, read as a plausible noise level: a clean Brusselator with 200 samples
 * read x as 0.009% and y as 4.8%, and a dense model came out (measurement noise, which shows on every variable,
 * would not read clean on one). In both cases a clean reading is tried, certified as above (real noise of that size
 * cannot pass). It is the reading at the clean floor (prepare.ts `readAtCleanFloor`): windows that cannot resolve the
 * dynamics misjudge supports, and the clean rules judge by them alone (Moore–Spiegel 5097 ended with 8 spurious terms
 * whose refined residual is 10⁴× the truth's, and was certified), while the refined likelihood tells them apart.
 */
export function readsUndersampled(
  /** The estimated reading's re-simulation error against the smoothed data (score.ts `simulationError`). */
  simulationError: readonly number[],
  data: PreparedData,
  settings: Settings,
  smoothing: "auto" | "none" | number,
): boolean {
  return (
    cleanReadingAllowed(settings, smoothing) &&
    (data.noise.some((v) => v > SUSPECT_NOISE) || data.noise.some((v) => v <= NEARLY_CLEAN)) &&
    fitsPoorly(simulationError)
  );
}
