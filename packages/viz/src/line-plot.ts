import { axisSummary, type Layer, renderCartesian, requireOptions, summariseLabels } from "./cartesian.js";
import { paletteColor } from "./theme.js";
import type { AxisOptions, BaseOptions, Series } from "./types.js";
import { describeEntry, requireList } from "./validate.js";

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
  requireOptions(options, "linePlot", "{ series: [{ x, y, label }] }");
  const series = requireList(
    options.series,
    "linePlot: series",
    "pass series: [{ x: [...], y: [...], label }].",
  );
  const layers: Layer[] = series.map((s, i) => ({
    kind: "line",
    x: s?.x,
    y: s?.y,
    color: s?.color ?? paletteColor(i),
    label: s?.label,
    dash: s?.dash,
    who: `linePlot: ${describeEntry("series", i, s?.label)}`,
  }));
  const showLegend = options.legend ?? series.some((s) => !!s?.label);
  return renderCartesian({
    ...options,
    kind: "line",
    layers,
    legend: showLegend
      ? layers.map((l, i) => ({
          label: l.label ?? `series ${i + 1}`,
          color: l.color,
          kind: "line",
          dash: l.dash,
        }))
      : [],
    describe: `Line plot of ${summariseLabels(
      "series",
      layers.map((l) => l.label),
    )}. ${axisSummary(options.xLabel, options.yLabel)}`,
  });
}
