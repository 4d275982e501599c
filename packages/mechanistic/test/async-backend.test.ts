import { tensor } from "@mechanist/autodiff";
import { createCpuBackend, registerBackend } from "@mechanist/neurlp";
import { createDeferredBackend } from "@mechanist/neurlp/conformance";
import { describe, expect, it } from "vitest";
import {
  discover,
  KdvMechanisticModel,
  type KdvModelOptions,
  type KdvTrainOptions,
  MechanisticBlock,
  type MechanisticBlockOptions,
  MechanisticForecaster,
  rollout,
  rolloutAsync,
  trainKdvModel,
  trainKdvModelAsync,
} from "../src/index.js";
import { lorenzModel, sample } from "./helpers.js";

// Every layer on an asynchronous backend: the CPU kernels with each result delivered on a later macrotask
// (as a GPU readback is), declared `synchronous: false`. Same Float64 arithmetic, so every number must equal
// the "cpu" run exactly: what differs is only the path (odeSolveAsync, backwardAsync, fitAsync, awaits).
registerBackend("deferred-cpu", () => createDeferredBackend(createCpuBackend(), "deferred-cpu"), {
  priority: -1,
});
const same = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));

describe("the mechanistic layers on an asynchronous backend equal cpu bit for bit", () => {
  it("MechanisticBlock: forwardAsync and parameter gradients through backwardAsync", async () => {
    const options: MechanisticBlockOptions = {
      inputSize: 4,
      nSteps: 6,
      dim: 2,
      system: "coupled",
      stepMode: "learned",
      hidden: [8],
    };
    const x = tensor(
      Float64Array.from({ length: 12 }, (_, i) => Math.sin(i)),
      [3, 4],
    );
    const cpu = new MechanisticBlock(options);
    const deferred = new MechanisticBlock({ ...options, backend: "deferred-cpu" });
    expect(() => deferred.forward(x)).toThrow(/async/);
    const u = cpu.forward(x);
    u.square().sum().backward();
    const v = await deferred.forwardAsync(x);
    await v.square().sum().backwardAsync();
    expect(same(u.data, v.data)).toBe(true);
    cpu.parameters().forEach((p, i) => {
      expect(same(p.grad!.data, deferred.parameters()[i]!.grad!.data)).toBe(true);
    });
  });

  it("MechanisticForecaster: fitAsync and rolloutAsync", async () => {
    const series = Array.from({ length: 40 }, (_, i) => [Math.cos(0.3 * i), Math.sin(0.3 * i)]);
    const run = async (backend?: string) => {
      const f = new MechanisticForecaster(2, { lookback: 6, horizon: 3, hidden: [8], seed: 2, backend });
      const fitted = backend
        ? await f.fitAsync(series, { epochs: 2, batchSize: 8 })
        : f.fit(series, { epochs: 2, batchSize: 8 });
      const rollout = backend ? await f.rolloutAsync(series, 5) : f.rollout(series, 5);
      return { history: fitted.history, rollout };
    };
    const [cpu, deferred] = [await run(), await run("deferred-cpu")];
    expect(deferred).toEqual(cpu);
  });

  it("discover (Adam rounds, debias, refine) on Lorenz", async () => {
    const data = sample(lorenzModel(), [-8, 7, 27], 0.01, 300);
    const options = { rounds: 2, epochs: 4 };
    const cpu = await discover(data, options);
    const deferred = await discover(data, { ...options, backend: "deferred-cpu" });
    expect(deferred.coefficients).toEqual(cpu.coefficients);
    expect(deferred.losses).toEqual(cpu.losses);
  });

  it("the KdV model: trainKdvModelAsync (sampled training points, validation) and rolloutAsync", async () => {
    const model: KdvModelOptions = {
      ...{ window: 3, horizon: 3, order: 4, width: 2, blocks: 1, kernel: 3, sharedTrunk: false },
      ...{ ivWidths: [2], h0: 0.1, dtype: "float64", seed: 1 },
    };
    const train: KdvTrainOptions = {
      ...{ trajectories: 2, validation: 1, test: 1, epochs: 2, batchSize: 4, windowStride: 2 },
      ...{ trainPoints: 5, lr: 1e-2, plateauFactor: 0.5, plateauPatience: 0, nx: 8, nt: 10 },
    };
    const field = (i: number) =>
      Array.from({ length: 10 }, (_, t) =>
        Array.from({ length: 8 }, (_, x) => Math.sin(0.8 * x - 0.3 * t + i)),
      );
    const data = { train: [field(0), field(1)], validation: [field(2)] };
    const cpu = new KdvMechanisticModel(model);
    const deferred = new KdvMechanisticModel(model, { backend: "deferred-cpu" });
    expect(() => trainKdvModel(deferred, data, model, train)).toThrow(/asynchronous/);
    const a = trainKdvModel(cpu, data, model, train);
    const b = await trainKdvModelAsync(
      new KdvMechanisticModel(model, { backend: "deferred-cpu" }),
      data,
      model,
      train,
    );
    const losses = (h: typeof a.history) =>
      h.map(({ trainLoss, validationLoss, lr }) => [trainLoss, validationLoss, lr]);
    expect(losses(b.history)).toEqual(losses(a.history));
    expect(b.best).toEqual(a.best);
    const predicted = rollout((x) => cpu.forward(x), data.validation, 3, 5);
    const trained = new KdvMechanisticModel(model, { backend: "deferred-cpu" });
    for (const [i, p] of trained.parameters().entries()) p.data.set(a.best[i]!);
    expect(await rolloutAsync((x) => trained.forwardAsync(x), data.validation, 3, 5)).toEqual(predicted);
  });
});
