import { requireOptions } from "./cartesian.js";
import { renderColorBar } from "./colorbar.js";
import { type ColorInterpolator, type ColorScaleName, divergingScales, resolveColorScale } from "./colors.js";
import { VizInputError } from "./errors.js";
import { layoutFrame } from "./frame.js";
import { HEATMAP_KEYS } from "./option-keys.js";
import { el, fmt, nextIdPrefix, svgDocument } from "./svg.js";
import { theme } from "./theme.js";
import type { BaseOptions, NumberArray } from "./types.js";
import { checkDomain, checkSize, Extent, requireArray, requireList } from "./validate.js";

export interface HeatmapOptions extends BaseOptions {
  /** Values by row: z[i][j] is drawn at (x[j], y[i]); e.g. rows = time steps, columns = space. */
  z: NumberArray[];
  /** Column centres (default 0..cols-1), strictly increasing. */
  x?: NumberArray;
  /** Row centres (default 0..rows-1), strictly increasing; row 0 is at the bottom. */
  y?: NumberArray;
  /** Colour map name or a function t∈[0,1] → colour (default "viridis"). */
  colorScale?: ColorScaleName | ColorInterpolator;
  /** Value range of the colour map; data range (symmetric about 0 for "rdbu") when omitted. */
  zDomain?: [number, number];
  xLabel?: string;
  yLabel?: string;
  /** Label of the colour bar. */
  colorLabel?: string;
}

/**
 * A space–time (or any 2D grid) heat map with a colour bar; one `<rect class="cell">` per value,
 * non-finite values drawn grey.
 * @example heatmap({ z: u, x: xs, y: ts, xLabel: "x", yLabel: "t", colorLabel: "u(x, t)" })
 */
export function heatmap(options: HeatmapOptions): string {
  requireOptions(options, "heatmap", "{ z: [[...row 0], [...row 1]] }", HEATMAP_KEYS);
  const width = options.width ?? 640;
  const height = options.height ?? 420;
  checkSize(width, height);
  const rows = requireList(
    options.z,
    "heatmap: z",
    "pass z as an array of rows, z[i][j] = value at (x[j], y[i]).",
  );
  const cols = requireArray(rows[0], "heatmap: z[0]").length;
  rows.forEach((row, i) => {
    const r = requireArray(row, `heatmap: z[${i}]`);
    if (r.length !== cols) {
      throw new VizInputError(
        `heatmap: z[${i}] has ${r.length} values but z[0] has ${cols}; every row needs the same length.`,
      );
    }
  });
  const xs = options.x ?? Array.from({ length: cols }, (_, j) => j);
  const ys = options.y ?? Array.from({ length: rows.length }, (_, i) => i);
  const xEdges = cellEdges(xs, cols, "x", "columns (z[0].length)");
  const yEdges = cellEdges(ys, rows.length, "y", "rows (z.length)");

  const colorScale = options.colorScale ?? "viridis";
  const color = resolveColorScale(colorScale, "viridis");
  const diverging = typeof colorScale === "string" && divergingScales.has(colorScale);
  checkDomain(options.zDomain, "heatmap: zDomain", false);
  const ext = new Extent();
  for (const row of rows) ext.add(row);
  if (ext.empty) throw new VizInputError("heatmap: z has no finite value; every cell is NaN or Infinity.");
  let zDomain = options.zDomain;
  if (!zDomain) {
    if (diverging) {
      const m = Math.max(Math.abs(ext.min), Math.abs(ext.max)) || 1;
      zDomain = [-m, m];
    } else {
      zDomain =
        ext.min < ext.max
          ? [ext.min, ext.max]
          : [ext.min - (Math.abs(ext.min) || 1), ext.max + (Math.abs(ext.max) || 1)];
    }
  }
  const [z0, z1] = zDomain;

  const idPrefix = options.idPrefix ?? nextIdPrefix();
  const colorBarRoom = 96;
  const frame = layoutFrame({
    width,
    height,
    idPrefix,
    title: options.title,
    xLabel: options.xLabel,
    yLabel: options.yLabel,
    xDomain: [xEdges[0]!, xEdges[cols]!],
    yDomain: [yEdges[0]!, yEdges[rows.length]!],
    nice: false,
    extraRight: colorBarRoom,
  });
  let cells = "";
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const top = frame.y(yEdges[i + 1]!);
    const h = frame.y(yEdges[i]!) - top;
    for (let j = 0; j < cols; j++) {
      const v = row[j]!;
      const left = frame.x(xEdges[j]!);
      const fill = Number.isFinite(v) ? color(Math.min(1, Math.max(0, (v - z0) / (z1 - z0)))) : theme.missing;
      cells += `<rect class="cell" x="${fmt(left)}" y="${fmt(top)}" width="${fmt(frame.x(xEdges[j + 1]!) - left)}" height="${fmt(h)}" fill="${fill}"/>`;
    }
  }
  const bar = renderColorBar({
    id: `${idPrefix}-gradient`,
    x: frame.right + 30,
    top: frame.top,
    bottom: frame.bottom,
    domain: zDomain,
    color,
    label: options.colorLabel,
  });
  const describe = `Heat map of ${rows.length} × ${cols} values (rows: ${options.yLabel ?? "y"}, columns: ${options.xLabel ?? "x"}), colour range ${z0} to ${z1}.`;
  return svgDocument({
    width,
    height,
    idPrefix,
    kind: "heatmap",
    title: options.title ?? "Heat map",
    description: options.description ?? describe,
    defs: frame.defs + bar.defs,
    // crispEdges avoids hairline seams between neighbouring cells.
    body: el("g", { class: "cells", "shape-rendering": "crispEdges" }, cells) + frame.over + bar.svg,
  });
}

/** Cell boundaries halfway between strictly increasing centres, extended by half a step at the ends. */
function cellEdges(centres: NumberArray, n: number, name: string, what: string): number[] {
  const c = requireArray(centres, `heatmap: ${name}`);
  if (c.length !== n) {
    throw new VizInputError(
      `heatmap: ${name} has ${c.length} values but z has ${n} ${what}; give one ${name} per ${what.split(" ")[0]!.replace(/s$/, "")}.`,
    );
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(c[i]!) || (i > 0 && !(c[i]! > c[i - 1]!))) {
      throw new VizInputError(
        `heatmap: ${name} must be finite and strictly increasing (problem at index ${i}).`,
      );
    }
  }
  if (n === 1) return [c[0]! - 0.5, c[0]! + 0.5];
  const edges = [c[0]! - (c[1]! - c[0]!) / 2];
  for (let i = 1; i < n; i++) edges.push((c[i - 1]! + c[i]!) / 2);
  edges.push(c[n - 1]! + (c[n - 1]! - c[n - 2]!) / 2);
  return edges;
}
