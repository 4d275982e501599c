import { describe, expect, it } from "vitest";
import {
  attractor3d,
  coefficientPlot,
  escapeXml,
  heatmap,
  linePlot,
  lossPlot,
  overlayPlot,
  phasePortrait,
  VizInputError,
} from "../src/index.js";
import { coefficients } from "./fixtures.js";
import { findAll, parseSvg, pathPoints } from "./svg-query.js";

function errorOf(fn: () => unknown): VizInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(VizInputError);
    expect((e as Error).name).toBe("VizInputError");
    return e as VizInputError;
  }
  throw new Error("expected a VizInputError");
}

const x = [0, 1, 2, 3, 4, 5];

describe("non-finite points", () => {
  it("NaN and ±Infinity leave gaps: the path restarts with a new M, and no NaN reaches the SVG", () => {
    const svg = linePlot({
      series: [{ x, y: [1, 2, Number.NaN, 4, Number.POSITIVE_INFINITY, 6], label: "gappy" }],
    });
    expect(svg).not.toMatch(/NaN|Infinity/);
    const d = findAll(parseSvg(svg), "path", "series")[0]!.attrs.d!;
    // Segments: [0,1], [3] (isolated), [5] (isolated) → three subpaths, four points in total.
    expect(d.match(/M/g)).toHaveLength(3);
    expect(pathPoints(d)).toHaveLength(4);
  });
  it("non-finite x values are dropped too", () => {
    const d = findAll(
      parseSvg(linePlot({ series: [{ x: [0, Number.NaN, 2, 3], y: [1, 2, 3, 4] }] })),
      "path",
      "series",
    )[0]!.attrs.d!;
    expect(d.match(/M/g)).toHaveLength(2);
  });
  it("non-positive values on a log axis become gaps", () => {
    const svg = lossPlot({ curves: [{ y: [1, 0.1, 0, -1, 0.001, 0.0001] }] });
    const d = findAll(parseSvg(svg), "path", "series")[0]!.attrs.d!;
    expect(d.match(/M/g)).toHaveLength(2);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
  it("NaN cells in a heat map are grey, not missing", () => {
    const root = parseSvg(
      heatmap({
        z: [
          [1, Number.NaN],
          [3, 4],
        ],
      }),
    );
    const cells = findAll(root, "rect", "cell");
    expect(cells).toHaveLength(4);
    expect(cells[1]!.attrs.fill).toBe("#d9d9d9");
  });
  it("a series with no finite point is an error naming the series", () => {
    const e = errorOf(() =>
      linePlot({
        series: [
          { x, y: x, label: "ok" },
          { x: [0, 1], y: [Number.NaN, Number.NaN], label: "bad" },
        ],
      }),
    );
    expect(e.message).toContain('series[1] ("bad")');
    expect(e.message).toContain("no finite point");
  });
  it("a loss curve that is never positive is an error on a log axis", () => {
    expect(errorOf(() => lossPlot({ curves: [{ y: [0, 0, 0], label: "zero" }] })).message).toMatch(
      /log axis/,
    );
  });
});

describe("shape errors say which series and what to fix", () => {
  it("mismatched x/y lengths", () => {
    const e = errorOf(() => linePlot({ series: [{ x: [1, 2, 3], y: [1, 2], label: "short" }] }));
    expect(e.message).toContain('linePlot: series[0] ("short")');
    expect(e.message).toContain("x has 3 values but y has 2");
    expect(e.message).toContain("equal length");
  });
  it("empty series", () => {
    expect(errorOf(() => linePlot({ series: [{ x: [], y: [] }] })).message).toContain("series[0].x is empty");
    expect(errorOf(() => linePlot({ series: [] })).message).toContain("series must be a non-empty array");
    expect(errorOf(() => overlayPlot({ data: [{ x, y: x }], model: [] })).message).toContain("model");
  });
  it("non-array inputs", () => {
    const bad = { x: "abc", y: [1] } as unknown as { x: number[]; y: number[] };
    expect(errorOf(() => linePlot({ series: [bad] })).message).toContain("must be an array of numbers");
    expect(errorOf(() => linePlot(undefined as never)).message).toContain("options object");
  });
  it("3D trajectories with mismatched z", () => {
    expect(
      errorOf(() => attractor3d({ trajectories: [{ x: [1, 2], y: [1, 2], z: [1] }] })).message,
    ).toContain("x has 2 values but z has 1");
  });
  it("ragged or mislabelled heat maps", () => {
    expect(errorOf(() => heatmap({ z: [[1, 2], [3]] })).message).toContain(
      "z[1] has 1 values but z[0] has 2",
    );
    expect(errorOf(() => heatmap({ z: [[1, 2]], x: [0, 1, 2] })).message).toContain("x has 3 values");
    expect(errorOf(() => heatmap({ z: [[1, 2]], x: [1, 0] })).message).toContain("strictly increasing");
    expect(errorOf(() => heatmap({ z: [[1]], colorScale: "rainbow" as never })).message).toContain(
      "Unknown colorScale",
    );
  });
  it("coefficient matrices of the wrong shape", () => {
    const e = errorOf(() =>
      coefficientPlot({
        ...coefficients,
        truth: [
          [0, 1, 2, 3],
          [0, 1],
        ],
      }),
    );
    expect(e.message).toContain('truth[1] ("dy/dt") has 2 values but there are 4 terms');
    expect(errorOf(() => coefficientPlot({ ...coefficients, discovered: [[0, 0, 0, 0]] })).message).toContain(
      "1 rows but there are 2 variables",
    );
  });
  it("bad sizes, domains and options", () => {
    expect(errorOf(() => linePlot({ series: [{ x, y: x }], width: 50 })).message).toContain("width");
    expect(errorOf(() => linePlot({ series: [{ x, y: x }], yDomain: [2, 1] })).message).toContain("yDomain");
    expect(
      errorOf(() => phasePortrait({ trajectories: [{ x, y: x }], field: {} as never })).message,
    ).toContain("field.f");
    expect(
      errorOf(() => lossPlot({ curves: [{ y: [1, 2] }], markers: [{ x: Number.NaN }] })).message,
    ).toContain("markers[0].x");
  });
});

describe("misspelt option keys", () => {
  const valid: Array<[string, (extra: object) => string]> = [
    ["linePlot", (o) => linePlot({ series: [{ x, y: x }], ...o })],
    ["overlayPlot", (o) => overlayPlot({ data: [{ x, y: x }], model: [{ x, y: x }], ...o })],
    ["lossPlot", (o) => lossPlot({ curves: [{ y: [1, 2] }], ...o })],
    ["phasePortrait", (o) => phasePortrait({ trajectories: [{ x, y: x }], ...o })],
    ["attractor3d", (o) => attractor3d({ trajectories: [{ x, y: x, z: x }], ...o })],
    ["coefficientPlot", (o) => coefficientPlot({ ...coefficients, ...o })],
    ["heatmap", (o) => heatmap({ z: [x, x], ...o })],
  ];
  it.each(valid)(
    "%s names the unknown key and lists the real ones (a title typo was drawn as no title)",
    (fn, plot) => {
      expect(plot({ title: "ok", titel: undefined })).toMatch(/<title [^>]*>ok<\/title>/);
      const typo = errorOf(() => plot({ titel: "Lorenz" })).message;
      expect(typo).toMatch(
        new RegExp(`^${fn}: unknown option "titel"; known options: title, description, width`),
      );
      expect(errorOf(() => plot({ Title: "x" })).message).toContain('(did you mean "title"?)');
      expect(errorOf(() => plot({ constructor: 1 })).message).toContain('unknown option "constructor"');
    },
  );
});

describe("degenerate data", () => {
  it("a constant series gets a domain around its value and sits mid-plot", () => {
    const root = parseSvg(linePlot({ series: [{ x, y: [5, 5, 5, 5, 5, 5] }] }));
    const pts = pathPoints(findAll(root, "path", "series")[0]!.attrs.d!);
    const area = findAll(root, "rect", "plot-area")[0]!;
    const mid = Number(area.attrs.y) + Number(area.attrs.height) / 2;
    for (const [, y] of pts) expect(Math.abs(y - mid)).toBeLessThan(1);
    const ticks = findAll(findAll(root, "g", "y-axis")[0]!, "g", "tick").map((t) =>
      Number(findAll(t, "text")[0]!.text),
    );
    expect(Math.min(...ticks)).toBeLessThan(5);
    expect(Math.max(...ticks)).toBeGreaterThan(5);
  });
  it("a single point and all-zero data still render", () => {
    expect(() => parseSvg(linePlot({ series: [{ x: [1], y: [0] }] }))).not.toThrow();
    expect(() =>
      parseSvg(
        heatmap({
          z: [
            [0, 0],
            [0, 0],
          ],
        }),
      ),
    ).not.toThrow();
    expect(() =>
      parseSvg(coefficientPlot({ terms: ["x"], variables: ["dx"], discovered: [[0]], mode: "heatmap" })),
    ).not.toThrow();
  });
  it("typed arrays are accepted", () => {
    const svg = linePlot({ series: [{ x: Float64Array.from(x), y: Float32Array.from(x, (v) => v * v) }] });
    expect(findAll(parseSvg(svg), "path", "series")).toHaveLength(1);
  });
});

describe("text is escaped", () => {
  it("titles, labels and legend entries with markup characters survive a round trip", () => {
    const nasty = `a<b & "c" 'd'>`;
    const svg = linePlot({ title: nasty, xLabel: nasty, yLabel: nasty, series: [{ x, y: x, label: nasty }] });
    const root = parseSvg(svg);
    expect(findAll(root, "text", "plot-title")[0]!.text).toBe(nasty);
    expect(findAll(root, "text", "axis-label").map((n) => n.text)).toEqual([nasty, nasty]);
    expect(findAll(root, "path", "series")[0]!.attrs["data-label"]).toBe(nasty);
    expect(svg).not.toContain("<b &");
  });
  it("escapeXml covers the five XML specials", () => {
    expect(escapeXml(`<&>"'`)).toBe("&lt;&amp;&gt;&quot;&apos;");
  });
});

describe("ids", () => {
  it("two plots on one page get distinct clip-path ids", () => {
    const a = parseSvg(linePlot({ series: [{ x, y: x }] }));
    const b = parseSvg(linePlot({ series: [{ x, y: x }] }));
    const id = (r: ReturnType<typeof parseSvg>) => findAll(r, "clipPath")[0]!.attrs.id;
    expect(id(a)).not.toBe(id(b));
    expect(
      findAll(parseSvg(linePlot({ series: [{ x, y: x }], idPrefix: "fig1" })), "clipPath")[0]!.attrs.id,
    ).toBe("fig1-clip");
  });
});
