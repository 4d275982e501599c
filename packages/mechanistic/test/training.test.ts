import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Adam, nn, Rng, tensor } from "@mechanist/autodiff";
import { describe, expect, it } from "vitest";
import {
  linearAutoregression,
  linearExtrapolation,
  MechanisticBlock,
  MechanisticForecaster,
  normalizedMSE,
  persistenceForecast,
  fit as train,
} from "../src/index.js";

function regression() {
  const rng = new Rng(3);
  const xs = Array.from({ length: 40 }, () => [rng.normal(), rng.normal()]);
  const ys = xs.map(([a, b]) => [2 * a - b + 0.5]);
  const model = new nn.Linear(2, 1, { rng: new Rng(1) });
  const optimizer = new Adam(model.parameters(), { lr: 0.05 });
  const loss = (idx: number[]) =>
    model
      .forward(tensor(idx.map((i) => xs[i])))
      .sub(tensor(idx.map((i) => ys[i])))
      .square()
      .mean();
  return { model, optimizer, loss };
}

describe("fit", () => {
  it("interrupted after k epochs and resumed gives the uninterrupted result", () => {
    const dir = mkdtempSync(join(tmpdir(), "fit-"));
    try {
      const a = regression();
      const full = train({
        model: a.model,
        optimizer: a.optimizer,
        size: 40,
        loss: a.loss,
        epochs: 8,
        batchSize: 8,
        seed: 5,
      });
      const b = regression();
      const file = join(dir, "fit.json");
      expect(() =>
        train({
          model: b.model,
          optimizer: b.optimizer,
          size: 40,
          loss: b.loss,
          epochs: 8,
          batchSize: 8,
          seed: 5,
          checkpoint: file,
          onEpoch: ({ epoch }) => {
            if (epoch === 4) throw new Error("interrupted");
          },
        }),
      ).toThrow("interrupted");
      const c = regression(); // a fresh process: new model and optimizer
      const resumed = train({
        model: c.model,
        optimizer: c.optimizer,
        size: 40,
        loss: c.loss,
        epochs: 8,
        batchSize: 8,
        seed: 5,
        checkpoint: file,
        resume: true,
      });
      expect(resumed.resumedFromEpoch).toBe(3);
      expect(resumed.history).toEqual(full.history);
      expect(Array.from(c.model.weight.data)).toEqual(Array.from(a.model.weight.data));
      expect(full.history.at(-1)!.trainLoss).toBeLessThan(full.history[0].trainLoss);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("early stopping stops when the monitored loss stalls", () => {
    const a = regression();
    let calls = 0;
    const r = train({
      model: a.model,
      optimizer: a.optimizer,
      size: 40,
      loss: a.loss,
      epochs: 50,
      validate: () => (calls++ < 3 ? 1 / calls : 1),
      patience: 2,
    });
    expect(r.stoppedEarly).toBe(true);
    expect(r.history.length).toBe(5);
  });
});

describe("MechanisticBlock", () => {
  it("returns u and derivatives with the right shapes (independent and coupled) and passes gradients", () => {
    const ind = new MechanisticBlock({
      inputSize: 4,
      nSteps: 6,
      order: 2,
      dim: 2,
      hidden: [8],
      stepMode: "learned",
    });
    const x = tensor([
      [0.1, 0.2, -0.3, 0.4],
      [0.5, -0.1, 0.0, 0.2],
    ]);
    const out = ind.solve(x);
    expect(out.u.shape).toEqual([2, 6, 2, 3]);
    expect(out.value.shape).toEqual([2, 6, 2]);
    out.value.square().sum().backward();
    expect(ind.parameters().every((p) => p.grad !== null)).toBe(true);
    const cpl = new MechanisticBlock({
      inputSize: 4,
      nSteps: 5,
      order: 1,
      dim: 3,
      system: "coupled",
      timeVarying: true,
      stepMode: "network",
      hidden: [8],
    });
    expect(cpl.forward(x).shape).toEqual([2, 5, 3, 2]);
  });
});

describe("MechanisticForecaster", () => {
  it("learns a damped oscillation and beats persistence on a rollout", () => {
    const series = Array.from({ length: 160 }, (_, i) => {
      const t = i * 0.1;
      return [Math.exp(-0.05 * t) * Math.cos(1.3 * t), -Math.exp(-0.05 * t) * Math.sin(1.3 * t)];
    });
    const f = new MechanisticForecaster(2, { lookback: 8, horizon: 4, hidden: [16], seed: 1 });
    const r = f.fit(series.slice(0, 120), { epochs: 40, lr: 1e-2, batchSize: 16 });
    expect(r.history.at(-1)!.trainLoss).toBeLessThan(r.history[0]!.trainLoss / 2);
    const pred = f.rollout(series.slice(0, 120), 12);
    const truth = series.slice(120, 132);
    const persistence = truth.map(() => series[119]);
    expect(normalizedMSE(pred, truth)).toBeLessThan(normalizedMSE(persistence, truth));
    // and linear extrapolation, by a wide margin
    expect(normalizedMSE(pred, truth)).toBeLessThan(
      0.1 * normalizedMSE(linearExtrapolation(series.slice(0, 120), 12), truth),
    );
  });
});

describe("MechanisticForecaster options", () => {
  it("every lookback ≥ 2 and horizon ≥ 2 builds a model that predicts; smaller ones are typed errors naming the option", () => {
    const series = Array.from({ length: 40 }, (_, i) => [Math.sin(0.3 * i)]);
    for (const lookback of [2, 3, 7])
      for (const horizon of [2, 3, 5]) {
        const f = new MechanisticForecaster(1, { lookback, horizon, hidden: [4] });
        const next = f.predict(series.slice(0, 20));
        expect(next).toHaveLength(horizon);
        expect(next.flat().every(Number.isFinite)).toBe(true);
      }
    for (const [option, value] of [
      ["horizon", 1],
      ["horizon", 0],
      ["horizon", 2.5],
      ["lookback", 1],
    ] as const)
      expect(() => new MechanisticForecaster(1, { [option]: value })).toThrow(
        new RegExp(`^${option} must be an integer ≥ 2, got ${value}$`),
      );
  });
});

describe("forecast baselines", () => {
  it("persistence repeats, linear extrapolation continues a line, AR reproduces a linear recurrence", () => {
    const line = Array.from({ length: 10 }, (_, i) => [2 * i + 1]);
    expect(persistenceForecast(line, 2)).toEqual([[19], [19]]);
    expect(linearExtrapolation(line, 2)).toEqual([[21], [23]]);
    // x_{n+1} = 1.6 x_n − 0.8 x_{n−1} (a damped rotation)
    const rec = [[1], [0.5]];
    for (let i = 2; i < 60; i++) rec.push([1.6 * rec[i - 1][0] - 0.8 * rec[i - 2][0]]);
    const pred = linearAutoregression(rec.slice(0, 50), 10, 2);
    for (const [k, p] of pred.entries()) expect(p[0]).toBeCloseTo(rec[50 + k][0], 8);
  });
});
