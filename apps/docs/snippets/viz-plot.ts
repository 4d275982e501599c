import { lorenz } from "@mechanist/datasets";
import { attractor3d, linePlot } from "@mechanist/viz";

// Each plot is one call returning an SVG string: write it to a file or set element.innerHTML.
const data = lorenz.generate({ t1: 20, dt: 0.01 });
const column = (d: number) => data.x.map((state) => state[d]!);
const svg = attractor3d({ trajectories: [{ x: column(0), y: column(1), z: column(2), label: "Lorenz" }] });
const series = linePlot({ series: [{ x: data.t, y: column(0), label: "x(t)" }], xLabel: "t", yLabel: "x" });
console.log(svg.length, series.length);
