import { axisSummary, renderCartesian, requireOptions, summariseLabels } from "./cartesian.js";
import { LINE_PLOT_KEYS } from "./option-keys.js";
import { lineLegend, seriesLines } from "./series-lines.js";
import type { AxisOptions, BaseOptions, Series } from "./types.js";
import { requireList } from "./validate.js";

export interface LinePlotOptions extends BaseOptions, AxisOptions {
  series: Series[];
  /** Show a legend (default: when any series has a label). */
  legend?: boolean;
}

/**
 * Trajectories over time: one path per series, NaN/Infinity points leave gaps.
 * @example linePlot({ series: [{ x: t, y: x1, label: "x" }], xLabel: "t", yLabel: "state" })
 */
export function linePlot(options: LinePlotOptions): string {
  requireOptions(options, "linePlot", "{ series: [{ x, y, label }] }", LINE_PLOT_KEYS);
  const series = requireList(
    options.series,
    "linePlot: series",
    "pass series: [{ x: [...], y: [...], label }].",
  );
  const layers = seriesLines(series, "linePlot", "series");
  const showLegend = options.legend ?? series.some((s) => !!s?.label);
  return renderCartesian({
    ...options,
    kind: "line",
    layers,
    legend: showLegend ? lineLegend(layers, "series") : [],
    describe: `Line plot of ${summariseLabels(
      "series",
      layers.map((l) => l.label),
    )}. ${axisSummary(options.xLabel, options.yLabel)}`,
  });
}
