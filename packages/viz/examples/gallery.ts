// Writes one of each plot as SVG + PNG: `node dist/examples/gallery.js out/`.
import { join } from "node:path";
import {
  attractor3d,
  coefficientPlot,
  heatmap,
  linePlot,
  lossPlot,
  overlayPlot,
  phasePortrait,
} from "@mechanist/viz";
import { writePlot } from "@mechanist/viz/node";
import { gaussian, kdvTwoSoliton, lorenz, random, rk4 } from "./systems.js";

const outDir = process.argv[2] ?? "out";
const noise = gaussian(random(42));

// Lorenz trajectory, dt = 0.01, 30 time units.
const { t, ys } = rk4(lorenz(), [-8, 8, 27], 0.01, 3000);
const [lx, ly, lz] = ys as [Float64Array, Float64Array, Float64Array];

const plots: Record<string, string> = {};

plots["line-lorenz"] = linePlot({
  title: "Lorenz system: states over time",
  xLabel: "time t",
  yLabel: "state",
  series: [
    { x: t.subarray(0, 1001), y: lx.subarray(0, 1001), label: "x(t)" },
    { x: t.subarray(0, 1001), y: ly.subarray(0, 1001), label: "y(t)" },
    { x: t.subarray(0, 1001), y: lz.subarray(0, 1001), label: "z(t)" },
  ],
});

plots["attractor-lorenz"] = attractor3d({
  title: "Lorenz attractor (σ = 10, ρ = 28, β = 8/3)",
  trajectories: [{ x: lx, y: ly, z: lz, label: "RK4, dt = 0.01" }],
  azimuth: -60,
  elevation: 20,
});

// Damped pendulum phase portrait over its direction field.
const pendulum = (damping: number) => (s: number[]) => [s[1]!, -Math.sin(s[0]!) - damping * s[1]!];
const orbits = [
  [-2.5, 0],
  [0.5, 2.2],
  [2.8, -0.5],
].map(([q, p]) => rk4(pendulum(0.25), [q!, p!], 0.02, 1500).ys);
plots["phase-pendulum"] = phasePortrait({
  title: "Damped pendulum: phase portrait",
  xLabel: "angle θ",
  yLabel: "angular velocity ω",
  trajectories: orbits.map(([q, p], i) => ({ x: q!, y: p!, label: `orbit ${i + 1}` })),
  field: { f: (q, p) => [p, -Math.sin(q) - 0.25 * p], density: 22 },
});

// Noisy observations of x(t) vs a model trajectory.
const step = 8;
const idx = Array.from({ length: Math.floor(600 / step) }, (_, i) => i * step);
plots["overlay-lorenz"] = overlayPlot({
  title: "Data vs model (Lorenz x and z)",
  xLabel: "time t",
  yLabel: "state",
  data: [
    { x: idx.map((i) => t[i]!), y: idx.map((i) => lx[i]! + 0.8 * noise()), label: "x data" },
    { x: idx.map((i) => t[i]!), y: idx.map((i) => lz[i]! + 0.8 * noise()), label: "z data" },
  ],
  model: [
    { x: t.subarray(0, 601), y: lx.subarray(0, 601), label: "x model" },
    { x: t.subarray(0, 601), y: lz.subarray(0, 601), label: "z model" },
  ],
});

// Synthetic training curves with three rounds.
const epochs = 300;
const train = Array.from(
  { length: epochs },
  (_, e) => 2 * Math.exp(-e / 40) + 1e-3 * (1 + 0.3 * noise() ** 2),
);
const val = train.map((v, e) => v * (1.15 + 0.05 * Math.sin(e / 7)) + 5e-4);
plots["loss-training"] = lossPlot({
  title: "Training loss",
  xLabel: "epoch",
  curves: [
    { y: train, label: "train" },
    { y: val, label: "validation", dash: "6 3" },
  ],
  markers: [
    { x: 100, label: "round 2" },
    { x: 200, label: "round 3" },
  ],
});

// Lorenz coefficients: truth and a slightly-off "discovered" model.
const terms = ["x", "y", "z", "xy", "xz", "yz", "x²", "y²", "z²"];
const truth = [
  [-10, 10, 0, 0, 0, 0, 0, 0, 0],
  [28, -1, 0, 0, -1, 0, 0, 0, 0],
  [0, 0, -8 / 3, 1, 0, 0, 0, 0, 0],
];
const discovered = truth.map((row) => row.map((c) => (c === 0 ? 0.05 * noise() : c * (1 + 0.04 * noise()))));
const variables = ["dx/dt", "dy/dt", "dz/dt"];
plots["coefficients-bars"] = coefficientPlot({
  title: "Discovered vs true coefficients",
  terms,
  variables,
  discovered,
  truth,
});
plots["coefficients-heatmap"] = coefficientPlot({
  title: "Discovered vs true coefficients",
  terms,
  variables,
  discovered,
  truth,
  mode: "heatmap",
});

// KdV two-soliton solution on a space-time grid.
// The fast soliton starts behind the slow one, overtakes it around t ≈ 17 and comes out shifted.
const xs = Array.from({ length: 200 }, (_, j) => -25 + (60 * j) / 199);
const ts = Array.from({ length: 90 }, (_, i) => (30 * i) / 89);
plots["heatmap-kdv"] = heatmap({
  title: "KdV two-soliton solution u(x, t)",
  xLabel: "space x",
  yLabel: "time t",
  colorLabel: "u",
  x: xs,
  y: ts,
  z: ts.map((tt) => xs.map((xx) => kdvTwoSoliton(xx, tt, 1.2, 0.8, 14.4, -1.6))),
});

for (const [name, svg] of Object.entries(plots)) {
  const files = await writePlot(join(outDir, name), svg, { scale: 2 });
  console.log(`${files.svg}  ${files.png}`);
}
