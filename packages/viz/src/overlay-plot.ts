import { axisSummary, type Layer, renderCartesian, requireOptions } from "./cartesian.js";
import type { LegendItem } from "./legend.js";
import { OVERLAY_PLOT_KEYS } from "./option-keys.js";
import { paletteColor } from "./theme.js";
import type { AxisOptions, BaseOptions, Series } from "./types.js";
import { describeEntry, requireList } from "./validate.js";

export interface OverlayPlotOptions extends BaseOptions, AxisOptions {
  /** Observations, drawn as points. */
  data: Series[];
  /** Model predictions, drawn as lines; model[i] shares data[i]'s colour unless given one. */
  model: Series[];
}

/**
 * Data vs model: points for the data, lines for the model.
 * @example overlayPlot({ data: [{ x: t, y: obs, label: "x (data)" }], model: [{ x: t, y: fit, label: "x (model)" }] })
 */
export function overlayPlot(options: OverlayPlotOptions): string {
  requireOptions(options, "overlayPlot", "{ data: [{ x, y }], model: [{ x, y }] }", OVERLAY_PLOT_KEYS);
  const data = requireList(options.data, "overlayPlot: data", "pass data: [{ x: [...], y: [...], label }].");
  const model = requireList(
    options.model,
    "overlayPlot: model",
    "pass model: [{ x: [...], y: [...], label }].",
  );
  const layers: Layer[] = [
    ...model.map((s, i) => ({
      kind: "line" as const,
      x: s?.x,
      y: s?.y,
      color: s?.color ?? paletteColor(i),
      label: s?.label ?? `model ${i + 1}`,
      dash: s?.dash,
      who: `overlayPlot: ${describeEntry("model", i, s?.label)}`,
    })),
    ...data.map((s, i) => ({
      kind: "points" as const,
      x: s?.x,
      y: s?.y,
      color: s?.color ?? paletteColor(i),
      label: s?.label ?? `data ${i + 1}`,
      who: `overlayPlot: ${describeEntry("data", i, s?.label)}`,
    })),
  ];
  // Legend lists data then model, in the order the user gave them.
  const legend: LegendItem[] = [
    ...layers
      .filter((l) => l.kind === "points")
      .map((l) => ({ label: l.label!, color: l.color, kind: "point" as const })),
    ...layers
      .filter((l) => l.kind === "line")
      .map((l) => ({ label: l.label!, color: l.color, kind: "line" as const, dash: l.dash })),
  ];
  return renderCartesian({
    ...options,
    kind: "overlay",
    layers,
    legend,
    describe: `Data versus model: ${data.length} data series as points, ${model.length} model series as lines. ${axisSummary(options.xLabel, options.yLabel)}`,
  });
}
