/**
 * What `mechanist train kdv --out DIR` writes: both models' parameters, the metric table (JSON and
 * Markdown), heat maps of the true, predicted and error space-time fields of the first test trajectory,
 * nMSE against rollout frame, and the training curves.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { saveParameters } from "@mechanist/autodiff";
import { heatmap, linePlot, lossPlot } from "@mechanist/viz";
import { makeDirectories } from "../output.js";
import type { TrainKdvConfig, TrainKdvResult } from "./train-kdv-run.js";

const NAMES = ["mechanistic", "persistence", "convnet"] as const;

/** The Markdown metric table (also printed without --json). */
export function metricTable(r: TrainKdvResult): string {
  const head = `| forecaster | ${r.frames.map((k) => `nMSE ≤ ${k} frames`).join(" | ")} | train s | parameters |`;
  const rule = `|---|${r.frames.map(() => "---:").join("|")}|---:|---:|`;
  const rows = NAMES.map((n) => {
    const seconds = n === "persistence" ? "–" : r.trainSeconds[n].toFixed(0);
    const params = n === "persistence" ? "0" : String(r.parameters[n]);
    return `| ${n} | ${r.nmse[n].map((v) => v.toExponential(3)).join(" | ")} | ${seconds} | ${params} |`;
  });
  return [head, rule, ...rows].join("\n");
}

function spaceTimePlots(dir: string, r: TrainKdvResult, window: number): string[] {
  const truth = r.splits.test[0].slice(window, window + r.perFrame.mechanistic.length).map((row) => [...row]);
  const x = truth[0].map((_, j) => j * r.splits.dx);
  const t = truth.map((_, k) => (k + 1) * r.splits.dt);
  const range = truth
    .flat()
    .reduce(([lo, hi], v) => [Math.min(lo, v), Math.max(hi, v)], [Infinity, -Infinity]);
  const axes = { x, y: t, xLabel: "x", yLabel: "t after the last observed frame" };
  const files: Array<[string, string]> = [
    [
      "truth.svg",
      heatmap({
        ...axes,
        z: truth,
        zDomain: range as [number, number],
        title: "KdV, test trajectory 0: truth",
        colorLabel: "u",
      }),
    ],
  ];
  for (const name of ["mechanistic", "convnet"] as const) {
    const pred = r.predictions[name][0];
    const diff = pred.map((row, k) => row.map((v, j) => v - truth[k][j]));
    files.push(
      [
        `${name}-prediction.svg`,
        heatmap({
          ...axes,
          z: pred,
          zDomain: range as [number, number],
          title: `${name} rollout`,
          colorLabel: "u",
        }),
      ],
      [
        `${name}-error.svg`,
        heatmap({
          ...axes,
          z: diff,
          colorScale: "rdbu",
          title: `${name} rollout − truth`,
          colorLabel: "error",
        }),
      ],
    );
  }
  return files.map(([file, svg]) => {
    writeFileSync(join(dir, file), svg);
    return join(dir, file);
  });
}

function curvePlots(dir: string, r: TrainKdvResult): string[] {
  const frames = r.perFrame.mechanistic.map((_, k) => k + 1);
  const nmse = linePlot({
    title: "nMSE against rollout frame (test trajectories)",
    series: NAMES.map((n) => ({ x: frames, y: r.perFrame[n], label: n })),
    xLabel: "predicted frame",
    yLabel: "nMSE",
    logY: true,
  });
  const loss = lossPlot({
    title: "Validation L1 per epoch",
    curves: (["mechanistic", "convnet"] as const).map((n) => ({
      x: r.history[n].map((h) => h.epoch),
      y: r.history[n].map((h) => h.validationLoss),
      label: n,
    })),
  });
  writeFileSync(join(dir, "nmse.svg"), nmse);
  writeFileSync(join(dir, "loss.svg"), loss);
  return [join(dir, "nmse.svg"), join(dir, "loss.svg")];
}

/** Writes every output file into c.out; returns their paths. */
export function writeKdvOutputs(c: TrainKdvConfig, r: TrainKdvResult): string[] {
  makeDirectories(c.out);
  const model = {
    preset: c.preset,
    options: c.model,
    mechanistic: saveParameters(r.models.mechanistic),
    convnet: saveParameters(r.models.convnet),
    step: r.models.mechanistic.step(),
  };
  const metrics = {
    frames: r.frames,
    nmse: r.nmse,
    perFrame: r.perFrame,
    seconds: r.seconds,
    trainSeconds: r.trainSeconds,
    parameters: r.parameters,
    history: r.history,
    config: { preset: c.preset, model: c.model, train: c.train, backend: c.backend ?? null },
  };
  writeFileSync(join(c.out, "model.json"), JSON.stringify(model));
  writeFileSync(join(c.out, "metrics.json"), `${JSON.stringify(metrics, null, 2)}\n`);
  writeFileSync(join(c.out, "metrics.md"), `${metricTable(r)}\n`);
  return [
    join(c.out, "model.json"),
    join(c.out, "metrics.json"),
    join(c.out, "metrics.md"),
    ...spaceTimePlots(c.out, r, c.model.window),
    ...curvePlots(c.out, r),
  ];
}
