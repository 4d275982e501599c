// Writes the README's figures to docs/ from the built package (`pnpm plots` builds first): SVG for line
// plots, PNG for the heat map (one SVG rect per cell is ~0.5 MB; the PNG ships in the npm tarball).
import { mkdirSync, writeFileSync } from "node:fs";
import { attractor3d, heatmap, linePlot, phasePortrait } from "@mechanist/viz";
import { renderPng } from "@mechanist/viz/node";
import { generateKdv, lorenz, lotkaVolterra, vanDerPol } from "../dist/index.js";

const col = (x, j) => x.map((row) => row[j]);
mkdirSync("docs", { recursive: true });
const write = (name, svg) => {
  writeFileSync(`docs/${name}.svg`, svg);
  console.log(`wrote docs/${name}.svg (${(svg.length / 1024).toFixed(0)} kB)`);
};

// Lorenz: t ∈ [0, 40] at dt 0.01 is enough to show both wings without a huge SVG.
const lz = lorenz.generate({ t1: 40 });
write(
  "lorenz",
  attractor3d({
    title: "Lorenz (σ=10, ρ=28, β=8/3), x0=(1,1,1), t ∈ [0, 40]",
    trajectories: [{ x: col(lz.x, 0), y: col(lz.x, 1), z: col(lz.x, 2) }],
    xLabel: "x",
    yLabel: "y",
    zLabel: "z",
  }),
);

const vdp = vanDerPol.generate();
const vdpF = vanDerPol.rhs(vanDerPol.defaultParams);
write(
  "van-der-pol",
  phasePortrait({
    title: "Van der Pol (μ=1), x0=(2,0), t ∈ [0, 20]",
    trajectories: [{ x: col(vdp.x, 0), y: col(vdp.x, 1), label: "trajectory" }],
    field: {
      f: (x, y) => {
        const d = new Float64Array(2);
        vdpF(0, Float64Array.of(x, y), d);
        return [d[0], d[1]];
      },
    },
    xLabel: "x",
    yLabel: "y",
    markStart: true,
  }),
);

const lv = lotkaVolterra.generate();
write(
  "lotka-volterra",
  linePlot({
    title: `Lotka–Volterra (α=1, β=0.1, δ=0.075, γ=1.5), x0=(${lv.x0.join(",")})`,
    series: lv.names.map((n, j) => ({ x: lv.t, y: col(lv.x, j), label: n })),
    xLabel: "t",
    yLabel: "population",
    legend: true,
  }),
);

// Every 3rd frame and every 2nd point (47 × 128 cells).
const kdv = generateKdv({ seed: 0 });
const every = (xs, k) => xs.filter((_, i) => i % k === 0);
const kdvPng = renderPng(
  heatmap({
    title: "KdV u(x, t), LPSDA “KdV easy”, seed 0 (every 3rd frame, every 2nd point)",
    z: every(kdv.u, 3).map((row) => every(row, 2)),
    x: every(kdv.x, 2),
    y: every(kdv.t, 3),
    xLabel: "x",
    yLabel: "t",
    colorLabel: "u",
    colorScale: "viridis",
  }),
);
writeFileSync("docs/kdv.png", kdvPng);
console.log(`wrote docs/kdv.png (${(kdvPng.length / 1024).toFixed(0)} kB)`);
