import { bench, describe } from "vitest";
import { attractor3d, heatmap, linePlot } from "../src/index.js";
import { renderPng } from "../src/node.js";

// SVG generation and PNG rasterisation cost for typical figure sizes.
const n = 3000;
const t = Float64Array.from({ length: n }, (_, i) => i / 100);
const series = [0, 1, 2].map((k) => ({ x: t, y: t.map((v) => Math.sin(v + k)), label: `s${k}` }));
const helix = {
  x: t.map((v) => Math.cos(v * 3)),
  y: t.map((v) => Math.sin(v * 3)),
  z: t,
};
const z = Array.from({ length: 100 }, (_, i) =>
  Array.from({ length: 256 }, (_, j) => Math.sin(i / 10 + j / 20)),
);
const lineSvg = linePlot({ series });
const heatSvg = heatmap({ z });

describe("viz", () => {
  bench("linePlot 3 series × 3000 points (SVG)", () => void linePlot({ series }));
  bench("attractor3d 3000 points (SVG)", () => void attractor3d({ trajectories: [helix] }));
  bench("heatmap 100 × 256 cells (SVG)", () => void heatmap({ z }));
  bench("renderPng linePlot 640×400", () => void renderPng(lineSvg), { iterations: 10 });
  bench("renderPng heatmap 640×420", () => void renderPng(heatSvg), { iterations: 5 });
});
