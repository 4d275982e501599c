/** SVG plots for `--out`: discovered vs true coefficients, and data vs a simulation of the discovered model. */
import { join } from "node:path";
import type { DiscoverResult } from "@mechanist/mechanistic";
import { coefficientPlot, lossPlot, overlayPlot } from "@mechanist/viz";
import type { LoadedData } from "./data.js";

/** The plot files (name, content) for `--out`. */
export const PLOT_FILES = ["coefficients.svg", "losses.svg", "simulation.svg"] as const;

export function renderPlots(dir: string, data: LoadedData, result: DiscoverResult): Array<[string, string]> {
  const written: Array<[string, string]> = [];
  const truth = data.trueEquations
    ? result.variables.map((v) => result.terms.map((term) => data.trueEquations?.[v]?.[term] ?? 0))
    : undefined;
  const coefficients = coefficientPlot({
    title: "Discovered coefficients",
    terms: result.terms,
    variables: result.variables.map((v) => `d${v}/dt`),
    discovered: result.coefficients,
    ...(truth ? { truth } : {}),
  });
  written.push([join(dir, "coefficients.svg"), coefficients]);
  const losses = lossPlot({
    title: "Window loss per round",
    curves: [{ y: result.losses.map((l) => l.loss), x: result.losses.map((l) => l.round), label: "loss" }],
  });
  written.push([join(dir, "losses.svg"), losses]);
  const n = Math.min(data.t.length, result.horizon);
  const t = data.t.slice(0, n);
  try {
    const sim = result.simulate(data.x[0], t);
    const overlay = overlayPlot({
      title: "Data vs simulation of the discovered model",
      data: result.variables.map((v, d) => ({
        x: t,
        y: data.x.slice(0, n).map((r) => r[d]),
        label: `${v} (data)`,
      })),
      model: result.variables.map((v, d) => ({ x: t, y: sim.x.map((r) => r[d]), label: `${v} (model)` })),
    });
    written.push([join(dir, "simulation.svg"), overlay]);
  } catch {
    // A diverging simulation has nothing to plot; results.json still says so (trajectoryScore null).
  }
  return written;
}
