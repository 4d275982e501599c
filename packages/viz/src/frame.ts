import { type ScaleContinuousNumeric, scaleLinear, scaleLog } from "d3-scale";
import { type LegendItem, legendSize, renderLegend } from "./legend.js";
import { el, fmt, text } from "./svg.js";
import { textWidth, theme } from "./theme.js";
import { linearTicks, logTicks, type Tick } from "./ticks.js";

export interface FrameSpec {
  width: number;
  height: number;
  idPrefix: string;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  xDomain: [number, number];
  yDomain: [number, number];
  logY?: boolean;
  /** Round domains outward to nice tick values (default true; ignored with equalAspect). */
  nice?: boolean;
  /** Same pixels per unit on both axes (phase portraits). */
  equalAspect?: boolean;
  legend?: LegendItem[];
  /** Extra room reserved right of the plot area (e.g. a colour bar). */
  extraRight?: number;
  /** Use these x ticks (e.g. categorical positions) instead of computed ones. */
  xTicks?: Tick[];
  /** Draw x tick labels rotated by -40° (long categorical labels). */
  rotateXTicks?: boolean;
}

/** A laid-out Cartesian plot area with scales, axes, grid, title and legend. */
export interface Frame {
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  left: number;
  top: number;
  right: number;
  bottom: number;
  clipId: string;
  /** Clip path definition for the plot area. */
  defs: string;
  /** Grid lines, drawn under the data. */
  under: string;
  /** Frame, axes, labels, title and legend, drawn over the data. */
  over: string;
}

const tickLength = 5;
const rotation = (40 * Math.PI) / 180;

export function layoutFrame(spec: FrameSpec): Frame {
  const { width, height } = spec;
  const fs = theme.fontSize;
  const top = spec.title ? 40 : 14;
  const rotatedDrop = spec.rotateXTicks
    ? Math.max(0, ...(spec.xTicks ?? []).map((t) => textWidth(t.label))) * Math.sin(rotation) - fs * 0.4
    : 0;
  const xTickBlock = tickLength + fs + 10 + rotatedDrop;
  const bottom = height - (xTickBlock + (spec.xLabel ? fs + 10 : 0) + 4);
  const plotHeight = bottom - top;

  // y first: its tick labels decide the left margin, which decides the x range.
  const y: ScaleContinuousNumeric<number, number> = spec.logY
    ? scaleLog().domain(spec.yDomain).range([bottom, top])
    : scaleLinear().domain(spec.yDomain).range([bottom, top]);
  const nice = (spec.nice ?? true) && !spec.equalAspect;
  const yCount = Math.max(2, Math.round(plotHeight / 55));
  if (nice) y.nice(yCount);
  let yTicks = spec.logY ? logTicks(y as never, yCount) : linearTicks(y, yCount);

  const yTickWidth = Math.max(0, ...yTicks.map((t) => textWidth(t.label)));
  const left = Math.ceil(tickLength + 4 + yTickWidth + (spec.yLabel ? fs + 12 : 0) + 8);
  const legendItems = spec.legend ?? [];
  const legend = legendSize(legendItems, plotHeight);
  let right = width - 16 - (spec.extraRight ?? 0) - (legend.width > 0 ? legend.width + 12 : 0);

  const x = scaleLinear().domain(spec.xDomain).range([left, right]);
  let xCount = Math.max(2, Math.round((right - left) / 90));
  if (nice) x.nice(xCount);
  let xTicks = spec.xTicks ?? linearTicks(x, xCount);
  // Keep the last x tick label inside the figure.
  const lastLabel = xTicks.at(-1);
  if (lastLabel && !spec.rotateXTicks) {
    const overhang = x(lastLabel.value) + textWidth(lastLabel.label) / 2 - (width - 4);
    if (overhang > 0) {
      right -= overhang;
      x.range([left, right]);
    }
  }

  if (spec.equalAspect) {
    equalise(x, y, right - left, bottom - top);
    yTicks = linearTicks(y, yCount);
    xCount = Math.max(2, Math.round((right - left) / 90));
    xTicks = linearTicks(x, xCount);
  }

  const clipId = `${spec.idPrefix}-clip`;
  const defs = el(
    "clipPath",
    { id: clipId },
    el("rect", { x: left - 4, y: top - 4, width: right - left + 8, height: bottom - top + 8 }),
  );
  const inRange = (v: number, s: ScaleContinuousNumeric<number, number>) => {
    const [a, b] = s.domain() as [number, number];
    return v >= Math.min(a, b) - 1e-12 * Math.abs(b - a) && v <= Math.max(a, b) + 1e-12 * Math.abs(b - a);
  };
  xTicks = xTicks.filter((t) => inRange(t.value, x));
  yTicks = yTicks.filter((t) => inRange(t.value, y));

  const grid =
    xTicks.map((t) => el("line", { x1: x(t.value), x2: x(t.value), y1: top, y2: bottom })).join("") +
    yTicks.map((t) => el("line", { x1: left, x2: right, y1: y(t.value), y2: y(t.value) })).join("");
  const under = el("g", { class: "grid", stroke: theme.grid, "stroke-width": 1 }, grid);

  const xAxis = el(
    "g",
    { class: "axis x-axis", fill: theme.text },
    xTicks
      .map((t) =>
        el(
          "g",
          { class: "tick" },
          el("line", {
            x1: x(t.value),
            x2: x(t.value),
            y1: bottom,
            y2: bottom + tickLength,
            stroke: theme.axis,
          }) +
            (spec.rotateXTicks
              ? text(0, 0, t.label, {
                  "text-anchor": "end",
                  transform: `translate(${fmt(x(t.value) + 4)},${fmt(bottom + tickLength + fs)}) rotate(-40)`,
                })
              : text(x(t.value), bottom + tickLength + fs + 1, t.label, { "text-anchor": "middle" })),
        ),
      )
      .join("") +
      (spec.xLabel
        ? text((left + right) / 2, bottom + xTickBlock + fs + 2, spec.xLabel, {
            class: "axis-label",
            "text-anchor": "middle",
          })
        : ""),
  );
  const yAxis = el(
    "g",
    { class: "axis y-axis", fill: theme.text },
    yTicks
      .map((t) =>
        el(
          "g",
          { class: "tick" },
          el("line", {
            x1: left - tickLength,
            x2: left,
            y1: y(t.value),
            y2: y(t.value),
            stroke: theme.axis,
          }) + text(left - tickLength - 3, y(t.value) + fs * 0.35, t.label, { "text-anchor": "end" }),
        ),
      )
      .join("") +
      (spec.yLabel
        ? text(0, 0, spec.yLabel, {
            class: "axis-label",
            "text-anchor": "middle",
            transform: `translate(${Math.round(fs + 2)},${Math.round((top + bottom) / 2)}) rotate(-90)`,
          })
        : ""),
  );
  const border = el("rect", {
    class: "plot-area",
    x: left,
    y: top,
    width: right - left,
    height: bottom - top,
    fill: "none",
    stroke: theme.frame,
  });
  const title = spec.title ? renderTitle(spec.title, width) : "";
  const legendSvg = renderLegend(legendItems, right + 12, top, plotHeight);
  return {
    x,
    y,
    left,
    top,
    right,
    bottom,
    clipId,
    defs,
    under,
    over: border + xAxis + yAxis + title + legendSvg,
  };
}

export function renderTitle(title: string, width: number): string {
  return text(width / 2, 26, title, {
    class: "plot-title",
    "text-anchor": "middle",
    "font-size": theme.titleSize,
    "font-weight": "bold",
    fill: theme.text,
  });
}

/** Widen one domain so one data unit spans the same number of pixels on both axes. */
function equalise(
  x: ScaleContinuousNumeric<number, number>,
  y: ScaleContinuousNumeric<number, number>,
  pw: number,
  ph: number,
): void {
  const [x0, x1] = x.domain() as [number, number];
  const [y0, y1] = y.domain() as [number, number];
  const k = Math.max((x1 - x0) / pw, (y1 - y0) / ph) * 1.04;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  x.domain([cx - (k * pw) / 2, cx + (k * pw) / 2]);
  y.domain([cy - (k * ph) / 2, cy + (k * ph) / 2]);
}
