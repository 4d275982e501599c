import { el, text } from "./svg.js";
import { textWidth, theme } from "./theme.js";

export interface LegendItem {
  label: string;
  color: string;
  /** How the swatch is drawn: a line, a point, a line with a point, or a filled box. */
  kind: "line" | "point" | "box";
  dash?: string;
}

const rowHeight = 18;
const swatchWidth = 22;

/** Width and height the legend needs when laid out in columns of at most `maxHeight` pixels. */
export function legendSize(items: LegendItem[], maxHeight: number): { width: number; height: number } {
  if (items.length === 0) return { width: 0, height: 0 };
  const perColumn = Math.max(1, Math.floor(maxHeight / rowHeight));
  const columns = Math.max(1, Math.ceil(items.length / perColumn));
  const colWidth = swatchWidth + 8 + Math.max(...items.map((i) => textWidth(i.label))) + 12;
  return { width: columns * colWidth, height: Math.min(items.length, perColumn) * rowHeight };
}

/** The legend as a group at (x, y); one `legend-item` group per entry. */
export function renderLegend(items: LegendItem[], x: number, y: number, maxHeight: number): string {
  if (items.length === 0) return "";
  const perColumn = Math.max(1, Math.floor(maxHeight / rowHeight));
  const colWidth = legendSize(items, maxHeight).width / Math.max(1, Math.ceil(items.length / perColumn));
  const rows = items.map((item, i) => {
    const cx = x + Math.floor(i / perColumn) * colWidth;
    const cy = y + (i % perColumn) * rowHeight + rowHeight / 2;
    let swatch = "";
    if (item.kind === "box") {
      swatch = el("rect", { x: cx, y: cy - 6, width: 14, height: 12, fill: item.color });
    } else if (item.kind === "point") {
      swatch = el("circle", { cx: cx + swatchWidth / 2, cy, r: theme.pointRadius + 0.5, fill: item.color });
    } else {
      swatch = el("line", {
        x1: cx,
        y1: cy,
        x2: cx + swatchWidth,
        y2: cy,
        stroke: item.color,
        "stroke-width": theme.lineWidth + 0.5,
        "stroke-dasharray": item.dash,
      });
    }
    const label = text(cx + swatchWidth + 6, cy + theme.fontSize * 0.35, item.label, { fill: theme.text });
    return el("g", { class: "legend-item" }, swatch + label);
  });
  return el("g", { class: "legend" }, rows.join(""));
}
