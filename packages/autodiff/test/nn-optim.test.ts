import { describe, expect, test } from "vitest";
import { fitSine } from "../src/examples/fit-sine.js";
import {
  Adam,
  AdamW,
  CosineAnnealingLR,
  InvalidArgumentError,
  Linear,
  loadParameters,
  MLP,
  mseLoss,
  type Optimizer,
  ReduceLROnPlateau,
  Rng,
  randn,
  SGD,
  ShapeError,
  StepLR,
  saveParameters,
  type Tensor,
  tensor,
} from "../src/index.js";

describe("optimisers", () => {
  // f(p) = 0.5 * sum(d * (p - c)^2): minimum at c.
  const c = tensor([1, -2, 3, 0.5]);
  const d = tensor([1, 10, 0.1, 3]);
  const quad = (p: Tensor) => p.sub(c).square().mul(d).sum().mul(0.5);
  const run = (make: (p: Tensor) => Optimizer, steps: number) => {
    const p = tensor([0, 0, 0, 0], undefined, { requiresGrad: true });
    const opt = make(p);
    for (let i = 0; i < steps; i++) {
      opt.zeroGrad();
      quad(p).backward();
      opt.step();
    }
    return Math.max(...Array.from(p.data, (v, i) => Math.abs(v - c.data[i])));
  };
  test("Adam converges on an ill-conditioned quadratic", () => {
    expect(run((p) => new Adam([p], { lr: 0.05 }), 3000)).toBeLessThan(1e-6);
  });
  test("SGD with momentum converges", () => {
    expect(run((p) => new SGD([p], { lr: 0.05, momentum: 0.9 }), 2000)).toBeLessThan(1e-6);
  });
  test("AdamW decays weights toward zero (minimum shifts)", () => {
    const err = run((p) => new AdamW([p], { lr: 0.01, weightDecay: 0.5 }), 3000);
    expect(err).toBeGreaterThan(1e-2);
  });
  test("rejects a non-positive learning rate", () => {
    expect(() => new Adam([tensor([1], undefined, { requiresGrad: true })], { lr: 0 })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe("checkpoints", () => {
  // Minibatch training with shuffling: resuming from JSON (model + optimiser + schedule + RNG) must
  // reproduce the uninterrupted run bit for bit.
  const data = (() => {
    const rng = new Rng(3);
    const x = randn([64, 2], rng);
    return {
      x,
      y: x
        .slice(1, 0, 1)
        .sin()
        .add(x.slice(1, 1, 2).square()),
    };
  })();
  const setup = () => {
    const model = new MLP([2, 16, 1], { activation: "gelu", rng: new Rng(11) });
    const opt = new Adam(model.parameters(), { lr: 0.01, weightDecay: 1e-4 });
    const sched = new StepLR(opt, { stepSize: 3, gamma: 0.5 });
    return { model, opt, sched, rng: new Rng(5) };
  };
  const epoch = (s: ReturnType<typeof setup>) => {
    const perm = s.rng.permutation(64);
    for (let b = 0; b < 64; b += 16) {
      const idx = perm.slice(b, b + 16);
      s.opt.zeroGrad();
      mseLoss(s.model.forward(data.x.gather(idx)), data.y.gather(idx)).backward();
      s.opt.step();
    }
    s.sched.step();
  };
  test("resumed run equals uninterrupted run bit for bit", () => {
    const full = setup();
    for (let e = 0; e < 8; e++) epoch(full);

    const first = setup();
    for (let e = 0; e < 4; e++) epoch(first);
    const ckpt = JSON.parse(
      JSON.stringify({
        params: saveParameters(first.model),
        opt: first.opt.stateDict(),
        sched: first.sched.stateDict(),
        rng: first.rng.getState(),
      }),
    );
    const resumed = setup();
    loadParameters(resumed.model, ckpt.params);
    resumed.opt.loadStateDict(ckpt.opt);
    resumed.sched.loadStateDict(ckpt.sched);
    resumed.rng.setState(ckpt.rng);
    for (let e = 4; e < 8; e++) epoch(resumed);

    const a = full.model.parameters();
    const b = resumed.model.parameters();
    expect(b.length).toBe(a.length);
    for (const [i, p] of a.entries()) expect(Array.from(b[i].data)).toEqual(Array.from(p.data));
    expect(resumed.opt.lr).toBe(full.opt.lr);
    // and the run actually moved the parameters (the comparison is not trivially equal)
    expect(Array.from(a[0].data)).not.toEqual(Array.from(setup().model.parameters()[0].data));
  });
  test("loading mismatched parameters fails clearly", () => {
    const saved = saveParameters(new MLP([2, 8, 1], { rng: new Rng(1) }));
    expect(() => loadParameters(new MLP([2, 16, 1], { rng: new Rng(1) }), saved)).toThrow(ShapeError);
    expect(() => loadParameters(new MLP([2, 8, 8, 1], { rng: new Rng(1) }), saved)).toThrow(
      /missing parameters/,
    );
    expect(() =>
      new Adam(new Linear(2, 2, { rng: new Rng(1) }).parameters(), { lr: 1 }).loadStateDict(
        new SGD(new Linear(2, 2, { rng: new Rng(1) }).parameters(), { lr: 1 }).stateDict(),
      ),
    ).toThrow(/state is for SGD/);
  });
});

describe("schedules", () => {
  const opt = () => new SGD([tensor([1], undefined, { requiresGrad: true })], { lr: 1 });
  test("StepLR, CosineAnnealingLR", () => {
    const o = opt();
    const s = new StepLR(o, { stepSize: 2, gamma: 0.5 });
    const lrs = [0, 1, 2, 3, 4].map(() => {
      s.step();
      return o.lr;
    });
    expect(lrs).toEqual([1, 0.5, 0.5, 0.25, 0.25]);
    const o2 = opt();
    const c = new CosineAnnealingLR(o2, { tMax: 4, etaMin: 0 });
    c.step();
    c.step();
    expect(o2.lr).toBeCloseTo(0.5, 12);
  });
  test("ReduceLROnPlateau cuts lr after patience bad steps", () => {
    const o = opt();
    const s = new ReduceLROnPlateau(o, { patience: 2, factor: 0.5 });
    for (const m of [1, 0.5, 0.5, 0.5]) s.step(m);
    expect(o.lr).toBe(1);
    s.step(0.5);
    expect(o.lr).toBe(0.5);
  });
});

describe("nn", () => {
  test("activation names are looked up as own keys (no Object.prototype members)", () => {
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty", "softplus"]) {
      expect(() => new MLP([2, 3, 1], { activation: name as never, rng: new Rng(0) })).toThrow(
        /unknown activation/,
      );
      expect(() => new MLP([2, 3, 1], { outputActivation: name as never, rng: new Rng(0) })).toThrow(
        /unknown activation/,
      );
    }
  });
  test("named parameters are stable and Xavier/He scales are right", () => {
    const m = new MLP([3, 4, 2], { rng: new Rng(0) });
    expect(m.namedParameters().map(([n]) => n)).toEqual([
      "layers.0.weight",
      "layers.0.bias",
      "layers.1.weight",
      "layers.1.bias",
    ]);
    const he = new Linear(400, 400, { rng: new Rng(1), init: "he" }).weight;
    const std = Math.sqrt(he.square().mean().item());
    expect(std).toBeGreaterThan(Math.sqrt(2 / 400) * 0.97);
    expect(std).toBeLessThan(Math.sqrt(2 / 400) * 1.03);
    const xa = new Linear(300, 100, { rng: new Rng(1) }).weight;
    expect(xa.abs().max().item()).toBeLessThanOrEqual(Math.sqrt(6 / 400));
  });
  test("an MLP fits sin(x) on [-π, π] to MSE < 1e-4", () => {
    const { mse, model } = fitSine({ epochs: 800 });
    expect(mse).toBeLessThan(1e-4);
    // check on fresh points, independent of the training loss
    const x = tensor([-3, -1.3, 0.2, 2.2, 3.1], [5, 1]);
    const err = model.forward(x).sub(x.sin()).abs().max().item();
    expect(err).toBeLessThan(0.03);
  });
});
