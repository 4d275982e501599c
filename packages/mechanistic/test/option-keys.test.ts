// A misspelt option key in any public mechanistic API is a MechanisticInputError naming it and the closest
// real key, raised before any work; real keys pass.
import { nn, optim, Rng, Tensor } from "@mechanist/autodiff";
import { describe, expect, it } from "vitest";
import {
  discover,
  ensembleSindy,
  fit as fitModel,
  MechanisticBlock,
  MechanisticForecaster,
  MechanisticInputError,
  sindy,
} from "../src/index.js";

const t = Array.from({ length: 40 }, (_, i) => i * 0.05);
const decay = { t, x: t.map((s) => [Math.exp(-s)]) };

function rejects(run: () => unknown, pattern: RegExp): Promise<void> {
  return expect(Promise.resolve().then(run)).rejects.toSatisfy(
    (e: unknown) => e instanceof MechanisticInputError && pattern.test(e.message),
  );
}

describe("option keys", () => {
  it("discover, sindy and ensembleSindy name the misspelt key and the real one", async () => {
    await rejects(
      () => discover(decay, { treshold: 0.1 } as never),
      /discover options: unknown option "treshold" \(did you mean "threshold"\?\)/,
    );
    await rejects(
      () => sindy([decay], { degre: 3 } as never),
      /sindy options: unknown option "degre" \(did you mean "degree"\?\)/,
    );
    await rejects(
      () => ensembleSindy([decay], { bag: 5 } as never),
      /ensembleSindy options: unknown option "bag" \(did you mean "bags"\?\)/,
    );
    expect(
      sindy([decay], { degree: 2, threshold: 0.05, ridge: undefined }).model.coefficients[0]![1],
    ).toBeCloseTo(-1, 2);
  });

  it("the Block, the forecaster and fit refuse unknown keys before building anything", async () => {
    await rejects(
      () => new MechanisticBlock({ inputSize: 2, nSteps: 4, stepmode: "fixed" } as never),
      /did you mean "stepMode"/,
    );
    await rejects(() => new MechanisticForecaster(1, { lookbak: 8 } as never), /did you mean "lookback"/);
    const model = new nn.Linear(1, 1, { rng: new Rng(1) });
    const loss = () => model.forward(new Tensor(new Float64Array([1]), [1, 1])).sum();
    const optimizer = new optim.Adam(model.parameters(), { lr: 1e-3 });
    await rejects(
      () => fitModel({ model, optimizer, size: 1, loss, epochs: 1, patiense: 3 } as never),
      /fit options: unknown option "patiense"/,
    );
    expect(fitModel({ model, optimizer, size: 1, loss, epochs: 1 }).history).toHaveLength(1);
  });

  it("options that are not an object (null, a number) are an error naming the API, not a TypeError", async () => {
    for (const bad of [null, 3]) {
      const wrong = new RegExp(
        `options must be an object \\(or left out\\), got ${bad === null ? "null" : "number"}`,
      );
      await rejects(() => discover(decay, bad as never), wrong);
      await rejects(() => sindy([decay], bad as never), wrong);
      await rejects(() => ensembleSindy([decay], bad as never), wrong);
      await rejects(() => new MechanisticBlock(bad as never), wrong);
      await rejects(() => new MechanisticForecaster(1, bad as never), wrong);
      await rejects(() => fitModel(bad as never), wrong);
    }
  });
});
