import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { requireOptions, summariseLabels } from "./cartesian.js";
import { VizInputError } from "./errors.js";
import { renderTitle } from "./frame.js";
import { type LegendItem, legendSize, renderLegend } from "./legend.js";
import { ATTRACTOR_3D_KEYS } from "./option-keys.js";
import { el, nextIdPrefix, svgDocument, text } from "./svg.js";
import { paletteColor, theme } from "./theme.js";
import type { BaseOptions, NumberArray } from "./types.js";
import {
  checkSize,
  describeEntry,
  Extent,
  requireList,
  requirePaired,
  requireSomeFinite,
  spreadDomain,
} from "./validate.js";

export interface Series3d {
  x: NumberArray;
  y: NumberArray;
  z: NumberArray;
  label?: string;
  color?: string;
}

export interface Attractor3dOptions extends BaseOptions {
  trajectories: Series3d[];
  xLabel?: string;
  yLabel?: string;
  zLabel?: string;
  /** Viewing azimuth in degrees, around the z axis (default -60). */
  azimuth?: number;
  /** Viewing elevation in degrees above the x–y plane (default 25). */
  elevation?: number;
  /** Line width (default 1; long chaotic trajectories read better thin). */
  lineWidth?: number;
}

type Vec3 = [number, number, number];

/**
 * A 3D trajectory (e.g. the Lorenz attractor) under an orthographic projection, inside a box with
 * projected, ticked axes.
 * @example attractor3d({ trajectories: [{ x, y, z, label: "Lorenz" }], azimuth: -60, elevation: 25 })
 */
export function attractor3d(options: Attractor3dOptions): string {
  requireOptions(options, "attractor3d", "{ trajectories: [{ x, y, z }] }", ATTRACTOR_3D_KEYS);
  const width = options.width ?? 640;
  const height = options.height ?? 520;
  checkSize(width, height);
  const az = ((options.azimuth ?? -60) * Math.PI) / 180;
  const elev = ((options.elevation ?? 25) * Math.PI) / 180;
  if (!Number.isFinite(az) || !Number.isFinite(elev)) {
    throw new VizInputError("attractor3d: azimuth and elevation must be finite numbers of degrees.");
  }
  const trajectories = requireList(
    options.trajectories,
    "attractor3d: trajectories",
    "pass trajectories: [{ x: [...], y: [...], z: [...], label }].",
  );
  const ext = [new Extent(), new Extent(), new Extent()];
  trajectories.forEach((t, i) => {
    const who = `attractor3d: ${describeEntry("trajectories", i, t?.label)}`;
    requirePaired({ x: t?.x, y: t?.y, z: t?.z }, who);
    requireSomeFinite([t.x, t.y, t.z], [false, false, false], who);
    for (let k = 0; k < t.x.length; k++) {
      if (Number.isFinite(t.x[k]!) && Number.isFinite(t.y[k]!) && Number.isFinite(t.z[k]!)) {
        ext[0]!.push(t.x[k]!);
        ext[1]!.push(t.y[k]!);
        ext[2]!.push(t.z[k]!);
      }
    }
  });
  // Nice box bounds per axis; every axis is then mapped onto [-1, 1].
  const axes = ext.map((e) => scaleLinear().domain(spreadDomain(e)).range([-1, 1]).nice(4));
  const labels = [options.xLabel ?? "x", options.yLabel ?? "y", options.zLabel ?? "z"];

  // Orthographic camera: screen-right and screen-up unit vectors for the given view.
  const right: Vec3 = [-Math.sin(az), Math.cos(az), 0];
  const up: Vec3 = [-Math.sin(elev) * Math.cos(az), -Math.sin(elev) * Math.sin(az), Math.cos(elev)];
  const proj = (p: Vec3): [number, number] => [dot(p, right), dot(p, up)];

  const legendItems: LegendItem[] = trajectories.some((t) => !!t.label)
    ? trajectories.map((t, i) => ({
        label: t.label ?? `trajectory ${i + 1}`,
        color: t.color ?? paletteColor(i),
        kind: "line",
      }))
    : [];
  const top = options.title ? 40 : 12;
  const legend = legendSize(legendItems, Number.POSITIVE_INFINITY);
  const margin = 62; // room for projected tick and axis labels around the box
  // The legend sits in a band under the title, right-aligned, so the box keeps the full width.
  const area = {
    left: margin,
    top: top + 16 + (legend.height ? legend.height + 4 : 0),
    right: width - margin,
    bottom: height - margin,
  };
  const corners: Vec3[] = [];
  for (const a of [-1, 1]) for (const b of [-1, 1]) for (const c of [-1, 1]) corners.push([a, b, c]);
  const pc = corners.map(proj);
  const u0 = Math.min(...pc.map((p) => p[0]));
  const u1 = Math.max(...pc.map((p) => p[0]));
  const v0 = Math.min(...pc.map((p) => p[1]));
  const v1 = Math.max(...pc.map((p) => p[1]));
  const s = Math.min((area.right - area.left) / (u1 - u0), (area.bottom - area.top) / (v1 - v0));
  const cx = (area.left + area.right) / 2 - (s * (u0 + u1)) / 2;
  const cy = (area.top + area.bottom) / 2 + (s * (v0 + v1)) / 2;
  const screen = (p: Vec3): [number, number] => {
    const [u, v] = proj(p);
    return [cx + s * u, cy - s * v];
  };
  const center = screen([0, 0, 0]);

  // Box wireframe: 12 edges, light.
  let box = "";
  for (const a of corners) {
    for (let k = 0; k < 3; k++) {
      if (a[k] !== -1) continue;
      const b: Vec3 = [...a];
      b[k] = 1;
      const [x1, y1] = screen(a);
      const [x2, y2] = screen(b);
      box += `M${r(x1)},${r(y1)}L${r(x2)},${r(y2)}`;
    }
  }
  const boxSvg = el("path", { class: "box", d: box, fill: "none", stroke: theme.grid, "stroke-width": 1 });

  // Each axis is drawn along the box edge parallel to it that lies outermost on screen.
  const axisSvg = [0, 1, 2]
    .map((k) => {
      const others = [0, 1, 2].filter((j) => j !== k);
      let best: Vec3 | undefined;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (const sa of [-1, 1]) {
        for (const sb of [-1, 1]) {
          const mid: Vec3 = [0, 0, 0];
          mid[others[0]!] = sa;
          mid[others[1]!] = sb;
          const [mx, my] = screen(mid);
          // x/y axes sit at the bottom of the picture, z at the left.
          const score = k === 2 ? -mx : my;
          if (score > bestScore) {
            bestScore = score;
            best = mid;
          }
        }
      }
      const mid = best!;
      const [mx, my] = screen(mid);
      const ox = mx - center[0];
      const oy = my - center[1];
      const on = Math.hypot(ox, oy) || 1;
      const off = (d: number): [number, number] => [(ox / on) * d, (oy / on) * d];
      const at = (t: number): [number, number] => {
        const p: Vec3 = [...mid];
        p[k] = t;
        return screen(p);
      };
      const [a0x, a0y] = at(-1);
      const [a1x, a1y] = at(1);
      const scale = axes[k]!;
      const fmtTick = scale.tickFormat(4);
      const [d0, d1] = scale.domain() as [number, number];
      // x and y meet at a box corner: leave out their end ticks so that labels never collide there.
      const ticks = scale
        .ticks(4)
        .filter((v) => k === 2 || (v > d0 && v < d1))
        .map((v) => {
          const [tx, ty] = at(scale(v));
          const [dx, dy] = off(5);
          const [lx, ly] = off(18);
          const anchor = ox / on < -0.35 ? "end" : ox / on > 0.35 ? "start" : "middle";
          return el(
            "g",
            { class: "tick" },
            el("line", { x1: tx, y1: ty, x2: tx + dx, y2: ty + dy, stroke: theme.axis }) +
              text(tx + lx, ty + ly + theme.fontSize * 0.35, fmtTick(v), {
                "text-anchor": anchor,
                "font-size": 11,
              }),
          );
        })
        .join("");
      const [lx, ly] = off(38);
      const label = text((a0x + a1x) / 2 + lx, (a0y + a1y) / 2 + ly + theme.fontSize * 0.35, labels[k]!, {
        class: "axis-label",
        "text-anchor": "middle",
        "font-weight": "bold",
      });
      return el(
        "g",
        { class: `axis axis-3d ${"xyz"[k]}-axis`, fill: theme.text },
        el("line", { x1: a0x, y1: a0y, x2: a1x, y2: a1y, stroke: theme.axis }) + ticks + label,
      );
    })
    .join("");

  const paths = trajectories
    .map((t, i) => {
      const idx = Array.from({ length: t.x.length }, (_, k) => k);
      const ok = (k: number) =>
        Number.isFinite(t.x[k]!) && Number.isFinite(t.y[k]!) && Number.isFinite(t.z[k]!);
      const pt = (k: number) => screen([axes[0]!(t.x[k]!), axes[1]!(t.y[k]!), axes[2]!(t.z[k]!)]);
      const d =
        line<number>()
          .defined(ok)
          .x((k) => pt(k)[0])
          .y((k) => pt(k)[1])
          .digits(2)(idx) ?? "";
      return el("path", {
        class: "series line",
        "data-label": t.label,
        d,
        fill: "none",
        stroke: t.color ?? paletteColor(i),
        "stroke-width": options.lineWidth ?? 1,
        "stroke-linejoin": "round",
        "stroke-opacity": 0.9,
      });
    })
    .join("");

  const idPrefix = options.idPrefix ?? nextIdPrefix();
  const legendSvg = renderLegend(legendItems, width - legend.width - 8, top + 4, Number.POSITIVE_INFINITY);
  const title = options.title ? renderTitle(options.title, width) : "";
  const describe = `3D orthographic projection (azimuth ${options.azimuth ?? -60}°, elevation ${options.elevation ?? 25}°) of ${summariseLabels(
    "trajectories",
    trajectories.map((t) => t.label),
  )}. Axes: ${labels.join(", ")}.`;
  return svgDocument({
    width,
    height,
    idPrefix,
    kind: "attractor3d",
    title: options.title ?? "3D trajectory",
    description: options.description ?? describe,
    body: boxSvg + axisSvg + el("g", { class: "data" }, paths) + title + legendSvg,
  });
}

function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

function r(v: number): string {
  return String(Math.round(v * 100) / 100);
}
