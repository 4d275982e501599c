import { axisSummary, type Layer, renderCartesian, requireOptions, summariseLabels } from "./cartesian.js";
import { VizInputError } from "./errors.js";
import type { Frame } from "./frame.js";
import { LOSS_PLOT_KEYS } from "./option-keys.js";
import { el, text } from "./svg.js";
import { paletteColor, theme } from "./theme.js";
import type { AxisOptions, BaseOptions, NumberArray } from "./types.js";
import { describeEntry, requireArray, requireList } from "./validate.js";

export interface LossCurve {
  /** Loss values. */
  y: NumberArray;
  /** Steps/epochs; 0, 1, 2, ... when omitted. */
  x?: NumberArray;
  label?: string;
  color?: string;
  dash?: string;
}

export interface LossPlotOptions extends BaseOptions, Omit<AxisOptions, "logY"> {
  curves: LossCurve[];
  /** Log-scale y axis (default true); non-positive losses become gaps. */
  logY?: boolean;
  /** Vertical dashed markers, e.g. the start of each training round. */
  markers?: { x: number; label?: string }[];
}

/**
 * Training curves: several named curves on a log axis, optional per-round markers.
 * @example lossPlot({ curves: [{ y: train, label: "train" }, { y: val, label: "val" }], markers: [{ x: 100, label: "round 2" }] })
 */
export function lossPlot(options: LossPlotOptions): string {
  requireOptions(options, "lossPlot", "{ curves: [{ y, label }] }", LOSS_PLOT_KEYS);
  const curves = requireList(options.curves, "lossPlot: curves", "pass curves: [{ y: [...losses], label }].");
  const layers: Layer[] = curves.map((c, i) => {
    const who = `lossPlot: ${describeEntry("curves", i, c?.label)}`;
    const y = requireArray(c?.y, `${who}.y`);
    return {
      kind: "line",
      x: c.x ?? Array.from({ length: y.length }, (_, k) => k),
      y,
      color: c.color ?? paletteColor(i),
      label: c.label ?? `curve ${i + 1}`,
      dash: c.dash,
      who,
    };
  });
  const markers = options.markers ?? [];
  markers.forEach((m, i) => {
    if (!Number.isFinite(m?.x))
      throw new VizInputError(`lossPlot: markers[${i}].x must be a finite number (got ${m?.x}).`);
  });
  return renderCartesian({
    ...options,
    logY: options.logY ?? true,
    xLabel: options.xLabel ?? "step",
    yLabel: options.yLabel ?? "loss",
    kind: "loss",
    layers,
    legend: layers.map((l) => ({ label: l.label!, color: l.color, kind: "line", dash: l.dash })),
    xInclude: markers.map((m) => m.x),
    overlay: (f) => renderMarkers(markers, f),
    describe: `Loss curves: ${summariseLabels(
      "curves",
      layers.map((l) => l.label),
    )}${markers.length ? `, ${markers.length} round markers` : ""}. ${axisSummary(options.xLabel ?? "step", options.yLabel ?? "loss")}`,
  });
}

function renderMarkers(markers: { x: number; label?: string }[], f: Frame): string {
  return el(
    "g",
    { class: "markers", stroke: theme.axis, "stroke-dasharray": "4 3", fill: theme.axis },
    markers
      .map((m) => {
        const x = f.x(m.x);
        return (
          el("line", { class: "marker", x1: x, x2: x, y1: f.top, y2: f.bottom }) +
          (m.label ? text(x + 3, f.top + 12, m.label, { stroke: "none", "font-size": 10 }) : "")
        );
      })
      .join(""),
  );
}
