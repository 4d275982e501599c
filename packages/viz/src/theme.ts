import { schemeTableau10 } from "d3-scale-chromatic";

/** Visual constants shared by every plot so that figures look alike. */
export const theme = {
  fontFamily: "DejaVu Sans, Verdana, Arial, sans-serif",
  fontSize: 12,
  titleSize: 15,
  background: "#ffffff",
  text: "#222222",
  axis: "#444444",
  grid: "#e6e6e6",
  frame: "#bbbbbb",
  palette: schemeTableau10 as readonly string[],
  lineWidth: 1.75,
  pointRadius: 2.75,
  missing: "#d9d9d9",
} as const;

/** Approximate advance width of a DejaVu Sans glyph, in em; used to reserve room for labels. */
const charWidthEm = 0.62;

/** Estimated rendered width of `text` in pixels (layout only; no DOM needed). */
export function textWidth(text: string, fontSize: number = theme.fontSize): number {
  return text.length * charWidthEm * fontSize;
}

export function paletteColor(i: number): string {
  return theme.palette[i % theme.palette.length]!;
}
