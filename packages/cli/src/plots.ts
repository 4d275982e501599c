/** SVG plots for `--out`: discovered vs true coefficients, and data vs a simulation of the discovered model. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DiscoverResult } from "@mechanist/mechanistic";
import { coefficientPlot, lossPlot, overlayPlot } from "@mechanist/viz";
import type { LoadedData } from "./data.js";

export async function writePlots(dir: string, data: LoadedData, result: DiscoverResult): Promise<string[]> {
  const written: string[] = [];
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
  writeFileSync(join(dir, "coefficients.svg"), coefficients);
  written.push(join(dir, "coefficients.svg"));
  const losses = lossPlot({
    title: "Window loss per round",
    curves: [{ y: result.losses.map((l) => l.loss), x: result.losses.map((l) => l.round), label: "loss" }],
  });
  writeFileSync(join(dir, "losses.svg"), losses);
  written.push(join(dir, "losses.svg"));
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
      model: result.variables.map((v, d) => ({ x: t, y: sim.y.map((r) => r[d]), label: `${v} (model)` })),
    });
    writeFileSync(join(dir, "simulation.svg"), overlay);
    written.push(join(dir, "simulation.svg"));
  } catch {
    // A diverging simulation has nothing to plot; results.json still says so (trajectoryScore null).
  }
  return written;
}
