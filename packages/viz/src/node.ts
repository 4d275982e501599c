// Node-only helpers (`@mechanist/viz/node`): rasterise with resvg and write files. Kept out of the main
// entry so that browser bundles never pull in fs or the native resvg binding.
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { VizInputError } from "./errors.js";

export interface PngOptions {
  /** Pixel density: 2 renders a 640×400 plot as 1280×800 (default 1). */
  scale?: number;
  /** Font files to load instead of the bundled DejaVu Sans (system fonts are never loaded, for determinism). */
  fontFiles?: string[];
}

const require = createRequire(import.meta.url);

/** Paths of the DejaVu Sans regular and bold TTFs shipped by the `dejavu-fonts-ttf` dependency. */
export function bundledFontFiles(): string[] {
  const dir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return [join(dir, "DejaVuSans.ttf"), join(dir, "DejaVuSans-Bold.ttf")];
}

/** Rasterise an SVG string to PNG bytes. Deterministic: only the given (or bundled) fonts are used. */
export function renderPng(svg: string, options: PngOptions = {}): Buffer {
  if (typeof svg !== "string" || !svg.trimStart().startsWith("<svg")) {
    throw new VizInputError("renderPng: expected an SVG string such as the one linePlot() returns.");
  }
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale <= 0 || scale > 16) {
    throw new VizInputError(`renderPng: scale must be in (0, 16] (got ${scale}).`);
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: options.fontFiles ?? bundledFontFiles(),
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}

/** Write `svg` to `path` (directories are created). */
export async function writeSvg(path: string, svg: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, svg, "utf8");
  return path;
}

/** Rasterise `svg` and write it to `path` as PNG (directories are created). */
export async function writePng(path: string, svg: string, options?: PngOptions): Promise<string> {
  const png = renderPng(svg, options);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, png);
  return path;
}

/** Write both `<basePath>.svg` and `<basePath>.png`. */
export async function writePlot(
  basePath: string,
  svg: string,
  options?: PngOptions,
): Promise<{ svg: string; png: string }> {
  const base = basePath.replace(/\.(svg|png)$/i, "");
  return { svg: await writeSvg(`${base}.svg`, svg), png: await writePng(`${base}.png`, svg, options) };
}
