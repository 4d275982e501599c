import { describe, expect, it } from "vitest";
import {
  assertGradcheck,
  conv1d,
  InvalidArgumentError,
  nn,
  optim,
  Rng,
  Tensor,
  unknownOptionMessage,
} from "../src/index.js";

const known = { threshold: true, degree: true, window: true } as const;

describe("unknownOptionMessage", () => {
  it("is undefined when every key is known, or unknown keys hold undefined", () => {
    expect(unknownOptionMessage({ threshold: 1, window: 3 }, known, "f options")).toBeUndefined();
    expect(unknownOptionMessage({ degree: 2, extra: undefined }, known, "f options")).toBeUndefined();
    expect(unknownOptionMessage(undefined, known, "f options")).toBeUndefined();
  });

  it("names the unknown key, the closest known one within a few edits, and all known keys", () => {
    expect(unknownOptionMessage({ treshold: 1 }, known, "f options")).toBe(
      'f options: unknown option "treshold" (did you mean "threshold"?); known options: threshold, degree, window',
    );
    expect(unknownOptionMessage({ Degree: 1 }, known, "f")).toContain('(did you mean "degree"?)');
    expect(unknownOptionMessage({ color: "red" }, known, "f")).toBe(
      'f: unknown option "color"; known options: threshold, degree, window',
    );
  });

  it("options that are not an object (null, a number, a string, an array) are named as such", () => {
    for (const [value, got] of [
      [null, "null"],
      [3, "number"],
      ["fast", "string"],
      [[1], "an array"],
    ] as const)
      expect(unknownOptionMessage(value, known, "f options")).toBe(
        `f options must be an object (or left out), got ${got}`,
      );
  });

  it("does not treat Object.prototype members as known", () => {
    expect(unknownOptionMessage({ toString: 1 }, known, "f")).toContain('unknown option "toString"');
    expect(unknownOptionMessage(JSON.parse('{"__proto__": 1}'), known, "f")).toContain(
      'unknown option "__proto__"',
    );
  });
});

describe("autodiff's own options", () => {
  const rng = new Rng(1);
  const params = () => new nn.Linear(2, 1, { rng }).parameters();
  const x = new Tensor(new Float64Array(12), [1, 2, 6]);
  const w = new Tensor(new Float64Array(6), [1, 2, 3]);
  const cases: Array<[string, () => unknown, RegExp]> = [
    [
      "Adam",
      () => new optim.Adam(params(), { learningRate: 0.1 } as never),
      /Adam options: unknown option "learningRate"/,
    ],
    [
      "AdamW",
      () => new optim.AdamW(params(), { lr: 0.1, weight_decay: 0 } as never),
      /AdamW options: .*did you mean "weightDecay"/,
    ],
    ["AdamW null", () => new optim.AdamW(params(), null as never), /AdamW options must be an object/],
    ["SGD", () => new optim.SGD(params(), { lr: 0.1, momentun: 0.9 } as never), /did you mean "momentum"/],
    ["Linear", () => new nn.Linear(2, 1, { rng, bais: false } as never), /did you mean "bias"/],
    ["Linear null", () => new nn.Linear(2, 1, null as never), /Linear options must be an object/],
    ["MLP", () => new nn.MLP([2, 3, 1], { rng, activaton: "relu" } as never), /did you mean "activation"/],
    ["conv1d", () => conv1d(x, w, null, { paddingmode: "circular" } as never), /did you mean "paddingMode"/],
    [
      "gradcheck",
      () => assertGradcheck((a) => a.sum(), [x], { tol: 1e-3 } as never),
      /gradcheck options: unknown option "tol"/,
    ],
  ];
  it.each(cases)("%s names the misspelt key", (_name, run, message) => {
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(message);
  });

  it("schedules check their keys and values (a missing gamma made every lr NaN)", () => {
    const opt = () => new optim.SGD(params(), { lr: 0.1 });
    expect(() => new optim.ExponentialLR(opt(), {} as never)).toThrow(
      /ExponentialLR: gamma must be a finite number > 0, got undefined/,
    );
    expect(() => new optim.StepLR(opt(), { stepSize: 0 })).toThrow(/stepSize must be an integer > 0/);
    expect(() => new optim.StepLR(opt(), { step_size: 3 } as never)).toThrow(/did you mean "stepSize"/);
    expect(() => new optim.CosineAnnealingLR(opt(), { tMax: Number.NaN })).toThrow(
      /tMax must be a finite number > 0/,
    );
    expect(() => new optim.ReduceLROnPlateau(opt(), { factor: 2 })).toThrow(
      /factor must be a number in \(0, 1\)/,
    );
    expect(() => new optim.ReduceLROnPlateau(opt(), { mode: "up" } as never)).toThrow(
      /mode must be "min" or "max"/,
    );
    const plateau = new optim.ReduceLROnPlateau(opt(), { patience: 0, factor: 0.5 });
    expect(() => plateau.step(Number.NaN)).toThrow(InvalidArgumentError);
    plateau.step(1);
    plateau.step(2);
    expect(plateau.optimizer.lr).toBeCloseTo(0.05, 15);
    const exp = new optim.ExponentialLR(opt(), { gamma: 0.5 });
    exp.step();
    expect(exp.optimizer.lr).toBeCloseTo(0.05, 15);
  });
});
