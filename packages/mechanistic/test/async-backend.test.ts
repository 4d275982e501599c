import { tensor } from "@mechanist/autodiff";
import { createCpuBackend, type NeurlpBackend, registerBackend } from "@mechanist/neurlp";
import { describe, expect, it } from "vitest";
import {
  discover,
  MechanisticBlock,
  type MechanisticBlockOptions,
  MechanisticForecaster,
} from "../src/index.js";
import { lorenzModel, sample } from "./helpers.js";

/**
 * Every layer on an asynchronous backend: the CPU kernels with each result delivered on a later macrotask
 * (as a GPU readback is), declared `synchronous: false`. Same Float64 arithmetic, so every number must equal
 * the "cpu" run exactly: what differs is only the path (odeSolveAsync, backwardAsync, fitAsync, awaits).
 */
function createDeferredCpu(): NeurlpBackend {
  const cpu = createCpuBackend();
  const later = <T>(f: () => T | Promise<T>) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(f()), 0));
  return {
    name: "deferred-cpu",
    precision: 64,
    features: { ...cpu.features, synchronous: false },
    assembleMatrix: (lhs) => later(() => cpu.assembleMatrix(lhs)),
    assembleRhs: (p) => later(() => cpu.assembleRhs(p)),
    factor: (m) => later(() => cpu.factor(m)),
    // the cpu backend fuses assembly with factorisation: the same kernel here keeps the arithmetic identical
    assembleAndFactor: (lhs) => later(() => cpu.assembleAndFactor!(lhs)),
    solve: (f, rhs, batch) => later(() => cpu.solve(f, rhs, batch)),
    releaseFactor: (f) => cpu.releaseFactor?.(f),
  };
}
registerBackend("deferred-cpu", createDeferredCpu, { priority: -1 });
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
});
