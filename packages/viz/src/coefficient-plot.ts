import { format } from "d3-format";
import { scaleLinear } from "d3-scale";
import { requireOptions } from "./cartesian.js";
import { renderColorBar } from "./colorbar.js";
import { contrastText, resolveColorScale } from "./colors.js";
import { VizInputError } from "./errors.js";
import { layoutFrame, renderTitle } from "./frame.js";
import { type LegendItem, legendSize } from "./legend.js";
import { COEFFICIENT_PLOT_KEYS } from "./option-keys.js";
import { el, fmt, nextIdPrefix, svgDocument, text } from "./svg.js";
import { paletteColor, textWidth, theme } from "./theme.js";
import type { BaseOptions, NumberArray } from "./types.js";
import { checkSize, Extent, requireArray, requireList } from "./validate.js";

export interface CoefficientPlotOptions extends BaseOptions {
  /** Library term names, e.g. ["1", "x", "y", "x*y"]. */
  terms: string[];
  /** Equation names, one per row of the coefficient matrices, e.g. ["dx/dt", "dy/dt"]. */
  variables: string[];
  /** Discovered coefficients: discovered[v][k] multiplies terms[k] in equation variables[v]. */
  discovered: NumberArray[];
  /** True coefficients, same shape (optional). */
  truth?: NumberArray[];
  /** "bars": one grouped-bar panel per equation (default); "heatmap": coloured grid with values. */
  mode?: "bars" | "heatmap";
}

const valueFormat = format(".3~g");

/**
 * Discovered-vs-true equation coefficients as grouped bars (one panel per equation) or a heat map
 * with the values printed in the cells.
 * @example coefficientPlot({ terms: ["x", "y"], variables: ["dx/dt"], discovered: [[-0.98, 2.01]], truth: [[-1, 2]] })
 */
export function coefficientPlot(options: CoefficientPlotOptions): string {
  requireOptions(
    options,
    "coefficientPlot",
    "{ terms, variables, discovered, truth }",
    COEFFICIENT_PLOT_KEYS,
  );
  const terms = requireList(
    options.terms,
    "coefficientPlot: terms",
    'pass the library term names, e.g. ["x", "y", "x*y"].',
  );
  const variables = requireList(
    options.variables,
    "coefficientPlot: variables",
    'pass one name per equation, e.g. ["dx/dt", "dy/dt"].',
  );
  const discovered = checkMatrix(options.discovered, "discovered", variables, terms);
  const truth =
    options.truth === undefined ? undefined : checkMatrix(options.truth, "truth", variables, terms);
  const mode = options.mode ?? "bars";
  if (mode !== "bars" && mode !== "heatmap") {
    throw new VizInputError(
      `coefficientPlot: mode must be "bars" or "heatmap" (got ${JSON.stringify(mode)}).`,
    );
  }
  return mode === "bars"
    ? bars(options, terms, variables, discovered, truth)
    : grid(options, terms, variables, discovered, truth);
}

function checkMatrix(
  m: NumberArray[] | undefined,
  name: string,
  variables: readonly string[],
  terms: readonly string[],
) {
  const rows = requireList(
    m,
    `coefficientPlot: ${name}`,
    `pass ${name}[v][k] = coefficient of terms[k] in variables[v].`,
  );
  if (rows.length !== variables.length) {
    throw new VizInputError(
      `coefficientPlot: ${name} has ${rows.length} rows but there are ${variables.length} variables; give one row per variable.`,
    );
  }
  rows.forEach((row, v) => {
    const r = requireArray(row, `coefficientPlot: ${name}[${v}] ("${variables[v]}")`);
    if (r.length !== terms.length) {
      throw new VizInputError(
        `coefficientPlot: ${name}[${v}] ("${variables[v]}") has ${r.length} values but there are ${terms.length} terms; give one coefficient per term.`,
      );
    }
  });
  return rows;
}

function describe(
  variables: readonly string[],
  terms: readonly string[],
  truth: unknown,
  mode: string,
): string {
  return `Coefficients of ${terms.length} library terms (${terms.join(", ")}) in ${variables.length} equations (${variables.join(", ")}), discovered${truth ? " versus true" : ""}, as ${mode === "bars" ? "grouped bars" : "a heat map"}.`;
}

function bars(
  o: CoefficientPlotOptions,
  terms: readonly string[],
  variables: readonly string[],
  discovered: readonly NumberArray[],
  truth: readonly NumberArray[] | undefined,
): string {
  const width = o.width ?? 640;
  const titleH = o.title ? 34 : 6;
  const slot = (width - 160) / terms.length;
  const rotate = Math.max(...terms.map((t) => textWidth(t))) > slot - 6;
  const panelH = 150 + (rotate ? Math.max(...terms.map((t) => textWidth(t))) * 0.64 : 0);
  const height = o.height ?? Math.round(titleH + variables.length * panelH);
  checkSize(width, height);
  const idPrefix = o.idPrefix ?? nextIdPrefix();
  const legend: LegendItem[] = [{ label: "discovered", color: paletteColor(0), kind: "box" }];
  if (truth) legend.push({ label: "truth", color: "#9a9a9a", kind: "box" });
  const ph = (height - titleH) / variables.length;
  const legendWidth = legendSize(legend, ph).width;
  const groups = truth ? 2 : 1;
  const barW = Math.min(0.8 / groups, 0.4);
  let defs = "";
  let body = o.title ? renderTitle(o.title, width) : "";
  variables.forEach((name, v) => {
    const ext = new Extent().add(discovered[v]!);
    if (truth) ext.add(truth[v]!);
    ext.push(0);
    const yDomain = niceDomain(ext.min < ext.max ? [ext.min, ext.max] : [-1, 1]);
    const frame = layoutFrame({
      width,
      height: ph,
      idPrefix: `${idPrefix}-p${v}`,
      yLabel: name,
      xDomain: [-0.5, terms.length - 0.5],
      yDomain,
      xTicks: terms.map((t, k) => ({ value: k, label: t })),
      rotateXTicks: rotate,
      nice: false,
      // Legend once, on the first panel; the others keep the same room so that panels line up.
      legend: v === 0 ? legend : [],
      extraRight: v === 0 ? 0 : legendWidth + 12,
    });
    const zero = frame.y(0);
    let rects = "";
    const series = truth ? [discovered[v]!, truth[v]!] : [discovered[v]!];
    series.forEach((row, g) => {
      const cls = g === 0 ? "bar discovered" : "bar truth";
      const fill = g === 0 ? paletteColor(0) : "#9a9a9a";
      for (let k = 0; k < terms.length; k++) {
        const val = row[k]!;
        if (!Number.isFinite(val)) continue;
        const x0 = frame.x(k - (groups * barW) / 2 + g * barW);
        const x1 = frame.x(k - (groups * barW) / 2 + (g + 1) * barW);
        const y = frame.y(val);
        rects += el(
          "rect",
          {
            class: cls,
            x: x0,
            y: Math.min(y, zero),
            width: x1 - x0,
            height: Math.max(Math.abs(zero - y), 0.5),
            fill,
          },
          el("title", {}, `${name}, ${terms[k]}: ${valueFormat(val)}`),
        );
      }
    });
    const zeroLine = el("line", { x1: frame.left, x2: frame.right, y1: zero, y2: zero, stroke: theme.axis });
    defs += frame.defs;
    body += el(
      "g",
      { class: "panel", transform: `translate(0,${fmt(titleH + v * ph)})` },
      frame.under +
        el("g", { class: "data", "clip-path": `url(#${frame.clipId})` }, rects) +
        zeroLine +
        frame.over,
    );
  });
  return svgDocument({
    width,
    height,
    idPrefix,
    kind: "coefficients",
    title: o.title ?? "Equation coefficients",
    description: o.description ?? describe(variables, terms, truth, "bars"),
    defs,
    body,
  });
}

function grid(
  o: CoefficientPlotOptions,
  terms: readonly string[],
  variables: readonly string[],
  discovered: readonly NumberArray[],
  truth: readonly NumberArray[] | undefined,
): string {
  const width = o.width ?? 640;
  const fs = theme.fontSize;
  const titleH = o.title ? 40 : 10;
  const left = Math.ceil(
    Math.max(...variables.map((v) => textWidth(v)), truth ? textWidth("discovered") : 0) + 20,
  );
  const barRoom = 80;
  const cellW = (width - left - barRoom - 10) / terms.length;
  const maxTerm = Math.max(...terms.map((t) => textWidth(t)));
  const rotate = maxTerm > cellW - 4;
  const termH = rotate ? maxTerm * 0.7 + fs : fs + 8;
  const blocks = truth ? [discovered, truth] : [discovered];
  const blockGap = truth ? fs + 12 : 0;
  const defaultCellH = 30;
  const height =
    o.height ??
    Math.max(
      120,
      Math.round(titleH + termH + blocks.length * (variables.length * defaultCellH + blockGap) + 10),
    );
  checkSize(width, height);
  const cellH =
    (height - titleH - termH - 10 - blocks.length * blockGap) / (blocks.length * variables.length);
  if (!(cellH > 4))
    throw new VizInputError(
      `coefficientPlot: height ${height} is too small for ${variables.length} variables.`,
    );

  const ext = new Extent();
  for (const b of blocks) for (const row of b) ext.add(row);
  const m = Math.max(Math.abs(ext.min), Math.abs(ext.max)) || 1;
  const color = resolveColorScale("rdbu", "rdbu");
  const idPrefix = o.idPrefix ?? nextIdPrefix();

  let body = o.title ? renderTitle(o.title, width) : "";
  // Term names across the top.
  body += el(
    "g",
    { class: "axis x-axis", fill: theme.text },
    terms
      .map((t, k) => {
        const cx = left + (k + 0.5) * cellW;
        return rotate
          ? text(0, 0, t, {
              "text-anchor": "start",
              transform: `translate(${fmt(cx - 3)},${fmt(titleH + termH - 4)}) rotate(-40)`,
            })
          : text(cx, titleH + termH - 6, t, { "text-anchor": "middle" });
      })
      .join(""),
  );
  let y = titleH + termH;
  blocks.forEach((rows, b) => {
    if (truth) {
      body += text(left, y + fs, b === 0 ? "discovered" : "truth", {
        class: "block-label",
        "font-weight": "bold",
        fill: theme.text,
      });
      y += blockGap;
    }
    let cells = "";
    rows.forEach((row, v) => {
      cells += text(left - 8, y + (v + 0.5) * cellH + fs * 0.35, variables[v]!, {
        "text-anchor": "end",
        fill: theme.text,
      });
      for (let k = 0; k < terms.length; k++) {
        const val = row[k]!;
        const fill = Number.isFinite(val) ? color(0.5 + val / (2 * m)) : theme.missing;
        const x = left + k * cellW;
        const cy = y + v * cellH;
        cells += el("rect", {
          class: "cell",
          x,
          y: cy,
          width: cellW,
          height: cellH,
          fill,
          stroke: "#ffffff",
        });
        // Print the value when it fits legibly (shrinking the font down to 7px for long numbers).
        const label = Number.isFinite(val) ? valueFormat(val) : "–";
        const size = Math.min(fs, cellH * 0.5, (fs * (cellW - 4)) / textWidth(label, fs));
        if (size >= 7) {
          cells += text(x + cellW / 2, cy + cellH / 2 + size * 0.35, label, {
            class: "value",
            "text-anchor": "middle",
            "font-size": Math.floor(size * 10) / 10,
            fill: contrastText(fill),
          });
        }
      }
    });
    body += el("g", { class: `block ${b === 0 ? "discovered" : "truth"}` }, cells);
    y += rows.length * cellH;
  });
  const bar = renderColorBar({
    id: `${idPrefix}-gradient`,
    x: width - barRoom + 14,
    top: titleH + termH,
    bottom: y,
    domain: [-m, m],
    color,
  });
  return svgDocument({
    width,
    height,
    idPrefix,
    kind: "coefficients",
    title: o.title ?? "Equation coefficients",
    description: o.description ?? describe(variables, terms, truth, "heatmap"),
    defs: bar.defs,
    body: body + bar.svg,
  });
}

/** Round a y domain outward to nice values (the x axis is categorical, so the frame's nice is off). */
function niceDomain(d: [number, number]): [number, number] {
  return scaleLinear().domain(d).nice(4).domain() as [number, number];
}
