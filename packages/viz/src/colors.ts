import {
  interpolateBlues,
  interpolateCividis,
  interpolateInferno,
  interpolateMagma,
  interpolatePlasma,
  interpolateRdBu,
  interpolateTurbo,
  interpolateViridis,
} from "d3-scale-chromatic";
import { VizInputError } from "./errors.js";

/** Named colour maps (d3-scale-chromatic). "rdbu" is diverging: blue low, white 0, red high. */
export type ColorScaleName =
  | "viridis"
  | "magma"
  | "inferno"
  | "plasma"
  | "cividis"
  | "turbo"
  | "blues"
  | "rdbu";

/** A colour map: t in [0, 1] → CSS colour. */
export type ColorInterpolator = (t: number) => string;

const named: Record<ColorScaleName, ColorInterpolator> = {
  viridis: interpolateViridis,
  magma: interpolateMagma,
  inferno: interpolateInferno,
  plasma: interpolatePlasma,
  cividis: interpolateCividis,
  turbo: interpolateTurbo,
  blues: interpolateBlues,
  // d3's RdBu runs red→blue; flip it so that larger values are red.
  rdbu: (t) => interpolateRdBu(1 - t),
};

export const divergingScales: ReadonlySet<string> = new Set(["rdbu"]);

export function resolveColorScale(
  scale: ColorScaleName | ColorInterpolator | undefined,
  fallback: ColorScaleName,
) {
  if (typeof scale === "function") return scale;
  const name = scale ?? fallback;
  const f = named[name as ColorScaleName];
  if (!f) {
    throw new VizInputError(
      `Unknown colorScale "${String(name)}": use one of ${Object.keys(named).join(", ")} or a function (t) => colour.`,
    );
  }
  return f;
}

/** Black or white, whichever reads better on `color` (for values printed on cells). */
export function contrastText(color: string): string {
  const m = color.match(/^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/) ?? color.match(/^#(..)(..)(..)$/);
  if (!m) return "#000000";
  const [r, g, b] = m
    .slice(1, 4)
    .map((c) => (c.length === 2 && color.startsWith("#") ? Number.parseInt(c, 16) : Number(c)));
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return luminance > 140 ? "#000000" : "#ffffff";
}
