import { line } from "d3-shape";
import { VizInputError } from "./errors.js";
import { type Frame, layoutFrame } from "./frame.js";
import type { LegendItem } from "./legend.js";
import { el, fmt, nextIdPrefix, svgDocument } from "./svg.js";
import { theme } from "./theme.js";
import type { AxisOptions, BaseOptions, NumberArray } from "./types.js";
import {
  checkDomain,
  checkSize,
  drawable,
  Extent,
  requirePaired,
  requireSomeFinite,
  spreadDomain,
} from "./validate.js";

/** One drawable layer of a Cartesian plot: a polyline or a set of points. */
export interface Layer {
  kind: "line" | "points";
  x: NumberArray;
  y: NumberArray;
  color: string;
  label?: string;
  dash?: string;
  /** How errors name this layer, e.g. `series[2] ("z")`. */
  who: string;
  /** Mark the first point with a hollow circle (phase portraits). */
  markStart?: boolean;
  strokeWidth?: number;
}

export interface CartesianSpec extends BaseOptions, AxisOptions {
  kind: string;
  layers: Layer[];
  legend: LegendItem[];
  equalAspect?: boolean;
  /** Extra markup drawn under the layers, given the laid-out frame (e.g. a vector field). */
  underlay?: (f: Frame) => string;
  /** Extra markup drawn over the layers (e.g. round markers). */
  overlay?: (f: Frame) => string;
  /** Extra x values to include in the domain. */
  xInclude?: number[];
  describe: string;
}

/** Validate all layers, compute domains and render one SVG. */
export function renderCartesian(spec: CartesianSpec): string {
  const width = spec.width ?? 640;
  const height = spec.height ?? 400;
  checkSize(width, height);
  const logY = spec.logY ?? false;
  checkDomain(spec.xDomain, "xDomain", false);
  checkDomain(spec.yDomain, "yDomain", logY);
  const xe = new Extent();
  const ye = new Extent(logY);
  for (const layer of spec.layers) {
    requirePaired({ x: layer.x, y: layer.y }, layer.who);
    requireSomeFinite([layer.x, layer.y], [false, logY], layer.who);
    // Only points drawable in both coordinates count towards the domains.
    for (let i = 0; i < layer.x.length; i++) {
      const xv = layer.x[i]!;
      const yv = layer.y[i]!;
      if (drawable(xv, false) && drawable(yv, logY)) {
        xe.push(xv);
        ye.push(yv);
      }
    }
  }
  for (const v of spec.xInclude ?? []) xe.push(v);
  const idPrefix = spec.idPrefix ?? nextIdPrefix();
  const frame = layoutFrame({
    width,
    height,
    idPrefix,
    title: spec.title,
    xLabel: spec.xLabel,
    yLabel: spec.yLabel,
    xDomain: spec.xDomain ?? spreadDomain(xe),
    yDomain: spec.yDomain ?? spreadDomain(ye),
    logY,
    equalAspect: spec.equalAspect,
    legend: spec.legend,
  });
  const body = spec.layers.map((l) => renderLayer(l, frame, logY)).join("");
  const data = el(
    "g",
    { class: "data", "clip-path": `url(#${frame.clipId})` },
    (spec.underlay?.(frame) ?? "") + body + (spec.overlay?.(frame) ?? ""),
  );
  return svgDocument({
    width,
    height,
    idPrefix,
    kind: spec.kind,
    title: spec.title ?? spec.describe.split(":")[0]!,
    description: spec.description ?? spec.describe,
    defs: frame.defs,
    body: frame.under + data + frame.over,
  });
}

function renderLayer(layer: Layer, f: Frame, logY: boolean): string {
  const { x: xs, y: ys } = layer;
  const label = layer.label;
  if (layer.kind === "points") {
    let dots = "";
    for (let i = 0; i < xs.length; i++) {
      if (!drawable(xs[i]!, false) || !drawable(ys[i]!, logY)) continue;
      dots += `<circle cx="${fmt(f.x(xs[i]!))}" cy="${fmt(f.y(ys[i]!))}" r="${theme.pointRadius}"/>`;
    }
    return el(
      "g",
      { class: "series points", "data-label": label, fill: layer.color, "fill-opacity": 0.85 },
      dots,
    );
  }
  const indices = Array.from({ length: xs.length }, (_, i) => i);
  const d =
    line<number>()
      .defined((i) => drawable(xs[i]!, false) && drawable(ys[i]!, logY))
      .x((i) => f.x(xs[i]!))
      .y((i) => f.y(ys[i]!))
      .digits(2)(indices) ?? "";
  let path = el("path", {
    class: "series line",
    "data-label": label,
    d,
    fill: "none",
    stroke: layer.color,
    "stroke-width": layer.strokeWidth ?? theme.lineWidth,
    "stroke-linejoin": "round",
    "stroke-linecap": "round",
    "stroke-dasharray": layer.dash,
  });
  if (layer.markStart) {
    const i = indices.find((k) => drawable(xs[k]!, false) && drawable(ys[k]!, logY))!;
    path += el("circle", {
      class: "start",
      cx: f.x(xs[i]!),
      cy: f.y(ys[i]!),
      r: 3.5,
      fill: theme.background,
      stroke: layer.color,
      "stroke-width": 1.5,
    });
  }
  return path;
}

/** "3 series: a, b, c" style summary for `<desc>`. */
export function summariseLabels(noun: string, labels: (string | undefined)[]): string {
  const named = labels.filter((l): l is string => !!l);
  const list = named.length > 0 ? `: ${named.join(", ")}` : "";
  return `${labels.length} ${noun}${list}`;
}

export function axisSummary(xLabel?: string, yLabel?: string): string {
  return `x axis: ${xLabel ?? "x"}; y axis: ${yLabel ?? "y"}.`;
}

/**
 * Throw a VizInputError unless `v` is a plain object whose keys `known` lists; names the function, the unknown key
 * (with the known key it differs from only in case, e.g. xlabel → xLabel) and every known key.
 */
export function requireOptions(
  v: unknown,
  fn: string,
  example: string,
  known: Readonly<Record<string, true>>,
): void {
  if (v === null || typeof v !== "object" || Array.isArray(v)) {
    throw new VizInputError(`${fn} expects an options object, e.g. ${fn}(${example}).`);
  }
  const names = Object.keys(known);
  for (const [key, value] of Object.entries(v)) {
    if (value === undefined || Object.hasOwn(known, key)) continue;
    const same = names.find((n) => n.toLowerCase() === key.toLowerCase());
    throw new VizInputError(
      `${fn}: unknown option "${key}"${same ? ` (did you mean "${same}"?)` : ""}; known options: ${names.join(", ")}`,
    );
  }
}
