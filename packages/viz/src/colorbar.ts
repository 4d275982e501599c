import { scaleLinear } from "d3-scale";
import type { ColorInterpolator } from "./colors.js";
import { el, text } from "./svg.js";
import { theme } from "./theme.js";
import { linearTicks } from "./ticks.js";

export const colorBarWidth = 14;

/** A vertical colour bar with ticks at (x, top)–(x, bottom) for values in `domain`. */
export function renderColorBar(opts: {
  id: string;
  x: number;
  top: number;
  bottom: number;
  domain: [number, number];
  color: ColorInterpolator;
  label?: string;
}): { defs: string; svg: string } {
  const { id, x, top, bottom, domain, color } = opts;
  const stops = Array.from({ length: 17 }, (_, i) => {
    const t = i / 16;
    return el("stop", { offset: `${Math.round(t * 1000) / 10}%`, "stop-color": color(1 - t) });
  }).join("");
  const defs = el("linearGradient", { id, x1: 0, y1: 0, x2: 0, y2: 1 }, stops);
  const scale = scaleLinear().domain(domain).range([bottom, top]);
  const count = Math.max(2, Math.round((bottom - top) / 50));
  const ticks = linearTicks(scale, count)
    .map((t) =>
      el(
        "g",
        { class: "tick" },
        el("line", {
          x1: x + colorBarWidth,
          x2: x + colorBarWidth + 4,
          y1: scale(t.value),
          y2: scale(t.value),
          stroke: theme.axis,
        }) +
          text(x + colorBarWidth + 7, scale(t.value) + theme.fontSize * 0.35, t.label, { "font-size": 11 }),
      ),
    )
    .join("");
  const bar = el("rect", {
    x,
    y: top,
    width: colorBarWidth,
    height: bottom - top,
    fill: `url(#${id})`,
    stroke: theme.frame,
  });
  const label = opts.label
    ? text(0, 0, opts.label, {
        class: "axis-label",
        "text-anchor": "middle",
        transform: `translate(${Math.round(x - 8)},${Math.round((top + bottom) / 2)}) rotate(-90)`,
      })
    : "";
  return { defs, svg: el("g", { class: "color-bar", fill: theme.text }, bar + ticks + label) };
}
