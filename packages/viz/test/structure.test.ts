import { describe, expect, it } from "vitest";
import {
  attractor3d,
  coefficientPlot,
  heatmap,
  linePlot,
  lossPlot,
  overlayPlot,
  phasePortrait,
} from "../src/index.js";
import { bump, coefficients, cos, decay, grid, helix, sin, t } from "./fixtures.js";
import { allCoordinates, findAll, type Node, parseSvg, pathPoints } from "./svg-query.js";

/** Every coordinate is finite and inside the viewBox. */
function expectInsideViewBox(root: Node): void {
  const [, , w, h] = root.attrs.viewBox!.split(" ").map(Number);
  const { xs, ys } = allCoordinates(root);
  expect(xs.length).toBeGreaterThan(0);
  for (const x of xs) {
    expect(Number.isFinite(x)).toBe(true);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(w!);
  }
  for (const y of ys) {
    expect(Number.isFinite(y)).toBe(true);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(h!);
  }
}

/** <title> and <desc> exist, are referenced by aria-labelledby, and the root is role="img". */
function expectAccessible(root: Node, title: string): void {
  expect(root.attrs.role).toBe("img");
  const [titleEl] = findAll(root, "title").filter((n) => n.attrs.id);
  const [descEl] = findAll(root, "desc");
  expect(titleEl!.text).toBe(title);
  expect(descEl!.text.length).toBeGreaterThan(10);
  expect(root.attrs["aria-labelledby"]).toBe(`${titleEl!.attrs.id} ${descEl!.attrs.id}`);
}

describe("linePlot", () => {
  const svg = linePlot({
    title: "Oscillator",
    xLabel: "t",
    yLabel: "state",
    series: [
      { x: t, y: sin, label: "sin" },
      { x: t, y: cos, label: "cos" },
      { x: t, y: decay, label: "decay" },
    ],
  });
  const root = parseSvg(svg);

  it("has the requested size, accessible title and description", () => {
    expect(root.attrs.width).toBe("640");
    expect(root.attrs.viewBox).toBe("0 0 640 400");
    expectAccessible(root, "Oscillator");
  });

  it("draws one path and one legend entry per series", () => {
    const paths = findAll(root, "path", "series");
    expect(paths.map((p) => p.attrs["data-label"])).toEqual(["sin", "cos", "decay"]);
    const items = findAll(root, "g", "legend-item");
    expect(items.map((i) => findAll(i, "text")[0]!.text)).toEqual(["sin", "cos", "decay"]);
    // Each series is a single unbroken polyline of all 101 points.
    for (const p of paths) {
      expect(p.attrs.d!.match(/M/g)).toHaveLength(1);
      expect(pathPoints(p.attrs.d!)).toHaveLength(101);
    }
  });

  it("has x and y axes with labelled ticks and axis labels", () => {
    const xTicks = findAll(findAll(root, "g", "x-axis")[0]!, "g", "tick");
    const yTicks = findAll(findAll(root, "g", "y-axis")[0]!, "g", "tick");
    // x runs 0..10 over ~560 px → d3 picks 0, 2, ..., 10; y spans -1..2 → 7 ticks at 0.5 spacing.
    expect(xTicks.map((tk) => findAll(tk, "text")[0]!.text)).toEqual(["0", "2", "4", "6", "8", "10"]);
    expect(yTicks.length).toBeGreaterThanOrEqual(4);
    expect(yTicks.length).toBeLessThanOrEqual(10);
    const labels = findAll(root, "text", "axis-label").map((n) => n.text);
    expect(labels).toEqual(["t", "state"]);
  });

  it("keeps every coordinate finite and inside the viewBox", () => {
    expectInsideViewBox(root);
  });

  it("maps data monotonically: larger y is higher on screen", () => {
    const pts = pathPoints(findAll(root, "path", "series")[2]!.attrs.d!);
    // decay is strictly decreasing in value, so screen y strictly increases.
    for (let i = 1; i < pts.length; i++) expect(pts[i]![1]).toBeGreaterThanOrEqual(pts[i - 1]![1]);
    expect(pts.at(-1)![1]).toBeGreaterThan(pts[0]![1]);
  });

  it("honours width/height options", () => {
    const small = parseSvg(linePlot({ series: [{ x: t, y: sin }], width: 300, height: 200 }));
    expect(small.attrs.viewBox).toBe("0 0 300 200");
    expectInsideViewBox(small);
    // No labels → no legend.
    expect(findAll(small, "g", "legend")).toHaveLength(0);
  });
});

describe("phasePortrait", () => {
  const root = parseSvg(
    phasePortrait({
      title: "Circle",
      xLabel: "q",
      yLabel: "p",
      trajectories: [
        { x: cos, y: sin, label: "orbit" },
        { x: cos.map((v) => v / 2), y: sin.map((v) => v / 2), label: "inner" },
      ],
      field: { f: (q, p) => [p, -q], density: 10 },
      equalAspect: true,
    }),
  );
  it("draws trajectories, start markers, a direction field and a legend", () => {
    expect(findAll(root, "path", "series")).toHaveLength(2);
    expect(findAll(root, "circle", "start")).toHaveLength(2);
    expect(findAll(root, "path", "vector-field")).toHaveLength(1);
    expect(findAll(root, "g", "legend-item")).toHaveLength(2);
    expectAccessible(root, "Circle");
  });
  it("uses the same pixels per unit on both axes with equalAspect", () => {
    const pts = pathPoints(findAll(root, "path", "series")[0]!.attrs.d!);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const wx = Math.max(...xs) - Math.min(...xs);
    const wy = Math.max(...ys) - Math.min(...ys);
    // The unit circle (t ∈ [0, 10] covers it) must look round to within rounding of the path.
    expect(Math.abs(wx - wy)).toBeLessThan(1.5);
    expectInsideViewBox(root);
  });
});

describe("attractor3d", () => {
  const root = parseSvg(
    attractor3d({
      title: "Helix",
      trajectories: [{ ...helix, label: "helix" }],
      azimuth: -50,
      elevation: 30,
    }),
  );
  it("draws the projected box, three ticked axes and one path", () => {
    expect(findAll(root, "path", "box")).toHaveLength(1);
    const axes = findAll(root, "g", "axis-3d");
    expect(axes.map((a) => a.attrs.class)).toEqual([
      "axis axis-3d x-axis",
      "axis axis-3d y-axis",
      "axis axis-3d z-axis",
    ]);
    for (const a of axes) expect(findAll(a, "g", "tick").length).toBeGreaterThanOrEqual(2);
    expect(findAll(root, "text", "axis-label").map((n) => n.text)).toEqual(["x", "y", "z"]);
    const paths = findAll(root, "path", "series");
    expect(paths).toHaveLength(1);
    expect(pathPoints(paths[0]!.attrs.d!)).toHaveLength(400);
    expectInsideViewBox(root);
  });
  it("projects orthographically: a vertical segment stays vertical", () => {
    const z = parseSvg(
      attractor3d({
        trajectories: [{ x: [0, 0, 1], y: [0, 0, 1], z: [0, 1, 1] }],
        azimuth: -60,
        elevation: 20,
      }),
    );
    const [p0, p1] = pathPoints(findAll(z, "path", "series")[0]!.attrs.d!);
    expect(Math.abs(p0![0] - p1![0])).toBeLessThan(0.02);
    expect(p1![1]).toBeLessThan(p0![1]);
  });
});

describe("overlayPlot", () => {
  const data = { x: t.filter((_, i) => i % 5 === 0), y: sin.filter((_, i) => i % 5 === 0), label: "data" };
  const root = parseSvg(
    overlayPlot({ title: "Fit", data: [data], model: [{ x: t, y: sin, label: "model" }] }),
  );
  it("draws data as points and the model as a line, with both in the legend", () => {
    expect(findAll(findAll(root, "g", "points")[0]!, "circle")).toHaveLength(21);
    expect(findAll(root, "path", "line")).toHaveLength(1);
    const legend = findAll(root, "g", "legend-item");
    expect(legend.map((i) => findAll(i, "text")[0]!.text)).toEqual(["data", "model"]);
    expect(findAll(legend[0]!, "circle")).toHaveLength(1);
    expect(findAll(legend[1]!, "line")).toHaveLength(1);
    expectInsideViewBox(root);
  });
});

describe("lossPlot", () => {
  const train = Array.from({ length: 200 }, (_, i) => 10 * Math.exp(-i / 20));
  const root = parseSvg(
    lossPlot({
      title: "Loss",
      curves: [
        { y: train, label: "train" },
        { y: train.map((v) => v * 1.5), label: "val" },
      ],
      markers: [{ x: 50, label: "round 2" }, { x: 120 }],
    }),
  );
  it("uses a log axis with power-of-ten ticks, named curves and round markers", () => {
    const labels = findAll(findAll(root, "g", "y-axis")[0]!, "g", "tick").map(
      (tk) => findAll(tk, "text")[0]!.text,
    );
    // 10·e^{-199/20} ≈ 4.8e-4 .. 15: decades 10⁻⁴ … 100.
    expect(labels).toEqual(["10\u207b\u2074", "10\u207b\u00b3", "0.01", "0.1", "1", "10", "100"]);
    expect(findAll(root, "path", "series")).toHaveLength(2);
    expect(findAll(root, "line", "marker")).toHaveLength(2);
    expect(findAll(root, "g", "legend-item")).toHaveLength(2);
    expect(findAll(root, "text", "axis-label").map((n) => n.text)).toEqual(["step", "loss"]);
    expectInsideViewBox(root);
  });
});

describe("coefficientPlot", () => {
  it("bars: one panel per variable, one bar per finite discovered and true coefficient", () => {
    const root = parseSvg(coefficientPlot({ title: "Coefficients", ...coefficients }));
    expect(findAll(root, "g", "panel")).toHaveLength(2);
    expect(findAll(root, "rect", "discovered")).toHaveLength(8);
    expect(findAll(root, "rect", "truth")).toHaveLength(8);
    expect(findAll(root, "g", "legend-item")).toHaveLength(2);
    const xTicks = findAll(findAll(root, "g", "x-axis")[0]!, "g", "tick").map(
      (tk) => findAll(tk, "text")[0]!.text,
    );
    expect(xTicks).toEqual(coefficients.terms);
    expectAccessible(root, "Coefficients");
  });
  it("bars point the right way: positive coefficients above the zero line", () => {
    const root = parseSvg(coefficientPlot({ ...coefficients, truth: undefined }));
    const panel = findAll(root, "g", "panel")[0]!;
    const bars = findAll(panel, "rect", "discovered");
    const heights = bars.map((b) => Number(b.attrs.height));
    // dx/dt row: 1.48 is the tallest bar, -0.97 next; 0 → hairline.
    expect(heights[1]).toBeGreaterThan(heights[3]!);
    expect(heights[2]).toBeLessThan(1);
    expect(Number(bars[3]!.attrs.y)).toBeGreaterThan(Number(bars[1]!.attrs.y));
  });
  it("heatmap: variables × terms cells per matrix, values printed", () => {
    const root = parseSvg(coefficientPlot({ ...coefficients, mode: "heatmap" }));
    expect(findAll(root, "rect", "cell")).toHaveLength(16);
    const values = findAll(root, "text", "value").map((n) => n.text);
    expect(values).toContain("1.48");
    expect(values).toContain("\u22122.9");
    expect(findAll(root, "g", "color-bar")).toHaveLength(1);
    expectInsideViewBox(root);
  });
});

describe("heatmap", () => {
  const root = parseSvg(
    heatmap({ title: "Bump", z: bump, x: grid.x, y: grid.y, xLabel: "x", yLabel: "t", colorLabel: "u" }),
  );
  it("draws one cell per value and a colour bar with ticks", () => {
    expect(findAll(root, "rect", "cell")).toHaveLength(12 * 20);
    const bar = findAll(root, "g", "color-bar")[0]!;
    expect(findAll(bar, "g", "tick").length).toBeGreaterThanOrEqual(3);
    expect(findAll(root, "linearGradient")).toHaveLength(1);
    expectInsideViewBox(root);
  });
  it("tiles the plot area without gaps or overlaps", () => {
    const cells = findAll(root, "rect", "cell");
    const area = findAll(root, "rect", "plot-area")[0]!;
    const total = cells.reduce((s, c) => s + Number(c.attrs.width) * Number(c.attrs.height), 0);
    const frame = Number(area.attrs.width) * Number(area.attrs.height);
    expect(Math.abs(total - frame) / frame).toBeLessThan(0.01);
  });
  it("places row 0 at the bottom and colours larger values brighter (viridis)", () => {
    const cells = findAll(root, "rect", "cell");
    expect(Number(cells[0]!.attrs.y)).toBeGreaterThan(Number(cells[cells.length - 1]!.attrs.y));
    // Row 0 (t = 0): the peak is at x = 0 (column 10), far from it at column 0.
    expect(cells[10]!.attrs.fill).toBe("#fde725");
    expect(cells[0]!.attrs.fill).toBe("#440154");
  });
});
