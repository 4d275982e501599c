import { axisSummary, renderCartesian, requireOptions, summariseLabels } from "./cartesian.js";
import { VizInputError } from "./errors.js";
import type { Frame } from "./frame.js";
import { PHASE_PORTRAIT_KEYS } from "./option-keys.js";
import { lineLegend, seriesLines } from "./series-lines.js";
import { el, fmt } from "./svg.js";
import type { AxisOptions, BaseOptions, Series } from "./types.js";
import { requireList } from "./validate.js";

export interface VectorField {
  /** The planar vector field (dx/dt, dy/dt) at (x, y). */
  f: (x: number, y: number) => [number, number];
  /** Arrows along the x axis (default 15); rows follow from the aspect ratio. */
  density?: number;
  color?: string;
}

export interface PhasePortraitOptions extends BaseOptions, Omit<AxisOptions, "logY"> {
  /** Trajectories in the (x, y) plane: x = first state, y = second state. */
  trajectories: Series[];
  /** Optional direction field drawn under the trajectories. */
  field?: VectorField;
  /** Same scale on both axes (default false). */
  equalAspect?: boolean;
  /** Hollow circle at each trajectory's first point (default true). */
  markStart?: boolean;
}

/**
 * 2D phase portrait: trajectories in state space, optionally over a direction field.
 * @example phasePortrait({ trajectories: [{ x: q, y: p, label: "orbit" }], xLabel: "q", yLabel: "p" })
 */
export function phasePortrait(options: PhasePortraitOptions): string {
  requireOptions(options, "phasePortrait", "{ trajectories: [{ x, y }] }", PHASE_PORTRAIT_KEYS);
  const trajectories = requireList(
    options.trajectories,
    "phasePortrait: trajectories",
    "pass trajectories: [{ x: [...state 1], y: [...state 2], label }].",
  );
  const field = options.field;
  if (field !== undefined && typeof field?.f !== "function") {
    throw new VizInputError("phasePortrait: field.f must be a function (x, y) => [dx, dy].");
  }
  const layers = seriesLines(trajectories, "phasePortrait", "trajectories", {
    markStart: options.markStart ?? true,
  });
  const showLegend = trajectories.some((s) => !!s?.label);
  return renderCartesian({
    ...options,
    logY: false,
    kind: "phase",
    layers,
    legend: showLegend ? lineLegend(layers, "trajectory") : [],
    underlay: field ? (f) => renderField(field, f) : undefined,
    describe: `Phase portrait of ${summariseLabels(
      "trajectories",
      layers.map((l) => l.label),
    )}${field ? " over a direction field" : ""}. ${axisSummary(options.xLabel, options.yLabel)}`,
  });
}

function renderField(field: VectorField, f: Frame): string {
  const nx = Math.max(2, Math.round(field.density ?? 15));
  const cell = (f.right - f.left) / nx;
  const ny = Math.max(2, Math.round((f.bottom - f.top) / cell));
  const cellY = (f.bottom - f.top) / ny;
  const len = 0.7 * Math.min(cell, cellY);
  // Pixels per data unit (linear axes), so arrows point the way the flow goes on screen.
  const kx = f.x(1) - f.x(0);
  const ky = f.y(1) - f.y(0);
  let d = "";
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      const px = f.left + (i + 0.5) * cell;
      const py = f.top + (j + 0.5) * cellY;
      const [dx, dy] = field.f(f.x.invert(px), f.y.invert(py));
      // Direction in pixels: y grows downwards on screen.
      const sx = dx * kx;
      const sy = dy * ky;
      const n = Math.hypot(sx, sy);
      if (!Number.isFinite(n) || n === 0) continue;
      const ux = sx / n;
      const uy = sy / n;
      const x0 = px - (ux * len) / 2;
      const y0 = py - (uy * len) / 2;
      const x1 = px + (ux * len) / 2;
      const y1 = py + (uy * len) / 2;
      const h = len * 0.35;
      // Arrow head: two short strokes at ±25° from the reversed direction.
      const c = Math.cos(0.45);
      const s = Math.sin(0.45);
      const hx1 = x1 - h * (ux * c - uy * s);
      const hy1 = y1 - h * (uy * c + ux * s);
      const hx2 = x1 - h * (ux * c + uy * s);
      const hy2 = y1 - h * (uy * c - ux * s);
      d += `M${fmt(x0)},${fmt(y0)}L${fmt(x1)},${fmt(y1)}M${fmt(hx1)},${fmt(hy1)}L${fmt(x1)},${fmt(y1)}L${fmt(hx2)},${fmt(hy2)}`;
    }
  }
  return el("path", {
    class: "vector-field",
    d,
    fill: "none",
    stroke: field.color ?? "#b0b0b0",
    "stroke-width": 1,
    "stroke-linecap": "round",
  });
}
