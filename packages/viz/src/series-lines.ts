/** Series drawn as polylines with a legend: the shared part of line plots and phase portraits. */
import type { Layer } from "./cartesian.js";
import type { LegendItem } from "./legend.js";
import { paletteColor } from "./theme.js";
import type { Series } from "./types.js";
import { describeEntry } from "./validate.js";

/**
 * One line layer per series, coloured from the palette unless the series sets a colour. Errors name an
 * entry as `${fn}: ${field}[i] ("label")`.
 */
export function seriesLines(
  series: readonly Series[],
  fn: string,
  field: string,
  extra: Pick<Layer, "markStart"> = {},
): Layer[] {
  return series.map((s, i) => ({
    kind: "line",
    x: s?.x,
    y: s?.y,
    color: s?.color ?? paletteColor(i),
    label: s?.label,
    dash: s?.dash,
    ...extra,
    who: `${fn}: ${describeEntry(field, i, s?.label)}`,
  }));
}

/** Legend items for line layers; an unlabelled layer i is called `${noun} ${i + 1}`. */
export function lineLegend(layers: readonly Layer[], noun: string): LegendItem[] {
  return layers.map((l, i) => ({
    label: l.label ?? `${noun} ${i + 1}`,
    color: l.color,
    kind: "line",
    dash: l.dash,
  }));
}
