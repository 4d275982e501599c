/**
 * Warnings about a discovered model: a re-simulation that strays from the data means the library (degree) or
 * the window cannot represent the dynamics, whatever the sparsity rule chose.
 */
import type { Library } from "../library.js";
import type { Settings } from "./options.js";

/**
 * Relative re-simulation error (rms/std over segments of ~3 time scales) above which a model is reported as a
 * poor fit. Exact models measured 0.02–0.06 at 5% noise (chaotic Lorenz the highest); a wrong structure
 * (Van der Pol at degree 2, no cubic term) 0.45.
 */
export const POOR_FIT = 0.15;

export function fitWarnings(
  library: Library,
  settings: Settings,
  simulationError: readonly number[],
  /** The polynomial degree (undefined for a custom library). */
  degree: number | undefined,
): string[] {
  const worst = simulationError.reduce((m, e, d) => (e > simulationError[m] ? d : m), 0);
  const error = simulationError[worst];
  if (error <= POOR_FIT) return [];
  const what = Number.isFinite(error)
    ? `strays from the data by ${(error * 100).toFixed(0)}% of the spread of ${library.variables[worst]} (rms over segments of ~3 time scales)`
    : "diverges";
  const levers = [
    degree !== undefined ? `a larger degree (now ${degree})` : undefined,
    `a longer window (now ${settings.window} samples)`,
    // A threshold the user chose may itself have removed the terms the dynamics need.
    typeof settings.threshold === "number" ? `a smaller threshold (now ${settings.threshold})` : undefined,
  ].filter((l): l is string => l !== undefined);
  const tryText = `${levers.slice(0, -1).join(", ")}${levers.length > 2 ? "," : ""} or ${levers.at(-1)}`;
  const advice =
    degree !== undefined ? `Try ${tryText}` : `Add the missing terms to the library or try ${tryText}`;
  return [`The discovered model fits the data poorly: its re-simulation ${what}. ${advice}.`];
}
