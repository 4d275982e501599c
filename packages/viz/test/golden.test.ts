import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
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
import { renderPng } from "../src/node.js";
import { bump, coefficients, cos, decay, grid, helix, sin, t } from "./fixtures.js";

// Golden-image tests: render with resvg and the bundled DejaVu Sans (system fonts off), compare with
// test/golden/*.png. `UPDATE_GOLDEN=1 pnpm test` rewrites the goldens after an intended change.
const goldenDir = join(import.meta.dirname, "golden");
const update = process.env.UPDATE_GOLDEN === "1";
/**
 * Pixels whose colour differs by more than pixelmatch's 0.1 threshold, as a share of all pixels.
 * resvg with a fixed font is byte-deterministic here; 0.1% only absorbs anti-aliasing noise. It is
 * deliberately tighter than 0.5%: recolouring one whole series of a 480×300 plot changes ~0.33%.
 */
const maxDiffRatio = 0.001;
const size = { width: 480, height: 300 };

const gappy = sin.map((v, i) => (i >= 40 && i < 45 ? Number.NaN : v));
const cases: Record<string, () => string> = {
  line: () =>
    linePlot({
      ...size,
      title: "Line plot",
      xLabel: "t",
      yLabel: "value",
      series: [
        { x: t, y: gappy, label: "sin (gap)" },
        { x: t, y: cos, label: "cos", dash: "5 3" },
        { x: t, y: decay, label: "decay" },
      ],
    }),
  phase: () =>
    phasePortrait({
      ...size,
      title: "Phase portrait",
      xLabel: "q",
      yLabel: "p",
      trajectories: [
        {
          x: cos.map((v, i) => v * Math.exp(-t[i]! / 8)),
          y: sin.map((v, i) => v * Math.exp(-t[i]! / 8)),
          label: "spiral",
        },
      ],
      field: { f: (q, p) => [p, -q], density: 12 },
    }),
  attractor: () =>
    attractor3d({ ...size, height: 360, title: "3D helix", trajectories: [{ ...helix, label: "helix" }] }),
  overlay: () =>
    overlayPlot({
      ...size,
      title: "Data vs model",
      data: [
        {
          x: t.filter((_, i) => i % 4 === 0),
          y: sin.filter((_, i) => i % 4 === 0).map((v, i) => v + 0.1 * Math.sin(7 * i)),
          label: "data",
        },
      ],
      model: [{ x: t, y: sin, label: "model" }],
    }),
  loss: () =>
    lossPlot({
      ...size,
      title: "Loss",
      curves: [
        { y: Array.from({ length: 150 }, (_, i) => 5 * Math.exp(-i / 15) + 1e-3), label: "train" },
        { y: Array.from({ length: 150 }, (_, i) => 6 * Math.exp(-i / 16) + 2e-3), label: "val", dash: "6 3" },
      ],
      markers: [{ x: 75, label: "round 2" }],
    }),
  "coefficients-bars": () => coefficientPlot({ ...size, title: "Coefficients", ...coefficients }),
  "coefficients-heatmap": () =>
    coefficientPlot({ ...size, title: "Coefficients", ...coefficients, mode: "heatmap" }),
  heatmap: () =>
    heatmap({
      ...size,
      title: "Heat map",
      z: bump,
      x: grid.x,
      y: grid.y,
      xLabel: "x",
      yLabel: "t",
      colorLabel: "u",
      colorScale: "magma",
    }),
};

function diffRatio(actual: Buffer, expected: Buffer, name: string): number {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(expected);
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  const diff = new PNG({ width: a.width, height: a.height });
  const n = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
  const ratio = n / (a.width * a.height);
  if (ratio > maxDiffRatio) {
    const dir = join(tmpdir(), "mechanist-viz-golden-diff");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.actual.png`), actual);
    writeFileSync(join(dir, `${name}.diff.png`), PNG.sync.write(diff));
  }
  return ratio;
}

describe("golden images", () => {
  for (const [name, make] of Object.entries(cases)) {
    it(`${name} matches test/golden/${name}.png`, () => {
      const png = renderPng(make());
      const file = join(goldenDir, `${name}.png`);
      if (update) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, png);
        return;
      }
      expect(existsSync(file), `missing ${file}: run UPDATE_GOLDEN=1 pnpm test to create it`).toBe(true);
      const ratio = diffRatio(png, readFileSync(file), name);
      expect(
        ratio,
        `${name}: ${(ratio * 100).toFixed(3)}% pixels differ (diff in ${tmpdir()}/mechanist-viz-golden-diff)`,
      ).toBeLessThanOrEqual(maxDiffRatio);
    });
  }

  it("rendering is deterministic: a fresh render after a different plot is byte-identical", () => {
    // two separately built SVGs, a different render in between (font or cache state must not leak),
    // and the different plot must differ, so the byte comparison itself can fail
    const first = renderPng(cases.line!());
    const other = renderPng(cases.heatmap!());
    const again = renderPng(cases.line!());
    expect(other.equals(first)).toBe(false);
    expect(again.equals(first)).toBe(true);
  });

  it.skipIf(update)("the comparison catches a visible change (a recoloured series)", () => {
    const changed = linePlot({
      ...size,
      title: "Line plot",
      xLabel: "t",
      yLabel: "value",
      series: [
        { x: t, y: gappy, label: "sin (gap)", color: "#00cc00" },
        { x: t, y: cos, label: "cos", dash: "5 3" },
        { x: t, y: decay, label: "decay" },
      ],
    });
    expect(
      diffRatio(renderPng(changed), readFileSync(join(goldenDir, "line.png")), "negative-control"),
    ).toBeGreaterThan(maxDiffRatio);
  });
});
