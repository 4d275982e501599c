/**
 * Generates the SVG figures of the concept pages with the Mechanist packages themselves, so every
 * figure is computed by the code it illustrates. Run by `pnpm build`/`pnpm dev` (before VitePress);
 * output goes to public/figures/ (gitignored, regenerated on each build).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { lorenz } from "@mechanist/datasets";
import { solveODE } from "@mechanist/neurlp";
import { denseNormal } from "@mechanist/neurlp/reference";
import { attractor3d, heatmap, linePlot, overlayPlot } from "@mechanist/viz";
import { buildProblemForFigure } from "./problem.js";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "figures");
mkdirSync(out, { recursive: true });

function save(name: string, svg: string): void {
  writeFileSync(join(out, name), svg);
  console.log(`figures: ${name} (${(svg.length / 1024).toFixed(0)} kB)`);
}

// 1. u'' + u = 0, u(0) = 0, u'(0) = 1 solved by NeuRLP on a coarse grid, against sin t.
{
  const h = 0.1;
  const N = 80;
  const { u } = await solveODE({
    coefficients: [[[[[1, 0, 1]]]]],
    rhs: [[[0]]],
    initial: [[[[0, 1]]]],
    steps: h,
    nSteps: N,
  });
  const t = Array.from({ length: N }, (_, i) => i * h);
  const fine = Array.from({ length: 400 }, (_, i) => (i * (N - 1) * h) / 399);
  save(
    "oscillator.svg",
    overlayPlot({
      title: "NeuRLP solution of u'' + u = 0 (h = 0.1) and the exact sin t",
      data: [{ x: t, y: t.map((_, i) => u.data[i * 3]!), label: "NeuRLP grid values u(tₛ)" }],
      model: [{ x: fine, y: fine.map(Math.sin), label: "sin t" }],
      xLabel: "t",
      yLabel: "u",
      width: 680,
      height: 340,
      idPrefix: "fig-osc",
    }),
  );
}

// 2. Error of the central-row discretisation against h (second order).
{
  const hs = [0.2, 0.1, 0.05, 0.025, 0.0125];
  const errors: number[] = [];
  for (const h of hs) {
    const N = Math.round(10 / h) + 1;
    const { u } = await solveODE({
      coefficients: [[[[[1, 0, 1]]]]],
      rhs: [[[0]]],
      initial: [[[[0, 1]]]],
      steps: h,
      nSteps: N,
    });
    let err = 0;
    for (let i = 0; i < N; i++) err = Math.max(err, Math.abs(u.data[i * 3]! - Math.sin(i * h)));
    errors.push(err);
  }
  save(
    "convergence.svg",
    linePlot({
      title: "max |u − sin t| on [0, 10] against the step h",
      series: [
        { x: hs.map(Math.log10), y: errors, label: "NeuRLP (central rows)" },
        {
          x: hs.map(Math.log10),
          y: hs.map((h) => errors[0]! * (h / hs[0]!) ** 2),
          label: "slope 2",
          dash: "6 3",
        },
      ],
      xLabel: "log₁₀ h",
      yLabel: "max error",
      logY: true,
      width: 680,
      height: 320,
      idPrefix: "fig-conv",
    }),
  );
}

// 3. The block-banded normal matrix of a small second-order problem (N = 8, D = 1, K = 3).
{
  const { M, size } = denseNormal(buildProblemForFigure(8), 0);
  const z = Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) => {
      const v = Math.abs(M[(size - 1 - i) * size + j]!);
      return v === 0 ? Number.NaN : Math.log10(v);
    }),
  );
  save(
    "normal-matrix.svg",
    heatmap({
      title: "log₁₀ |M|, N = 8, K = 3 (grey: zero)",
      z,
      xLabel: "column (step · K + order)",
      yLabel: "row (top = 0)",
      colorLabel: "log₁₀ |Mᵢⱼ|",
      width: 560,
      height: 500,
      idPrefix: "fig-band",
    }),
  );
}

// 4. The Lorenz attractor the discovery tutorial and demo work on.
{
  const data = lorenz.generate({ t1: 25, dt: 0.01 });
  const col = (d: number) => data.x.map((s) => s[d]!);
  save(
    "lorenz.svg",
    attractor3d({
      title: "Lorenz trajectory from (1, 1, 1), σ = 10, ρ = 28, β = 8/3",
      trajectories: [{ x: col(0), y: col(1), z: col(2), label: "x(t), y(t), z(t)" }],
      width: 560,
      height: 440,
      idPrefix: "fig-lorenz",
    }),
  );
}
