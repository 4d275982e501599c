/** Dataset generation refuses what it cannot do (typed InvalidArgumentError, at once) instead of crashing or hanging. */
import { describe, expect, it } from "vitest";
import {
  generateBurgers,
  generateKdv,
  InvalidArgumentError,
  listDatasets,
  loadDataset,
  logisticFamily,
  uniformGrid,
} from "../src/index.js";

describe("generation guards", () => {
  it("grids with more samples than maxSamples are refused before allocating", () => {
    expect(() => loadDataset("lorenz", { t1: 1, dt: 1e-300 })).toThrow(/more than maxSamples = 1000000/);
    expect(() => loadDataset("lorenz", { t1: 1e9, dt: 1 })).toThrow(InvalidArgumentError);
    expect(() => uniformGrid({ t0: 0, t1: 1, dt: 0.001 }, 100)).toThrow(
      /1e\+3 samples|1000 samples|1.00e\+3/,
    );
    expect(uniformGrid({ t0: 0, t1: 1, dt: 0.01 }, 101)).toHaveLength(101);
    expect(loadDataset("lorenz", { t1: 0.1, dt: 0.01, maxSamples: 11 }).t).toHaveLength(11);
  });

  it("prototype names are not parameters", () => {
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"]) {
      expect(() => loadDataset("lorenz", { params: JSON.parse(`{"${name}": 1}`) }), name).toThrow(
        /unknown parameter/,
      );
    }
  });

  it("noise that overflows the data is refused", () => {
    expect(() => loadDataset("lorenz", { t1: 1, noise: 1e308 })).toThrow(/overflows/);
  });

  it("every generator names a misspelt option key (and options that are not an object) instead of ignoring it", () => {
    for (const { name } of listDatasets()) {
      expect(() => loadDataset(name, { parms: { a: 1 } }), name).toThrow(
        /unknown option "parms" \(did you mean "params"\?\)|unknown option "parms"/,
      );
      expect(() => loadDataset(name, null as never), name).toThrow(
        /must be an object \(or left out\), got null/,
      );
    }
    expect(() => loadDataset("lorenz", { t_1: 3 } as never)).toThrow(
      /lorenz\.generate options: unknown option "t_1"/,
    );
    expect(() => generateKdv({ randomiseDomain: false } as never)).toThrow(/did you mean "randomizeDomain"/);
    expect(() => generateBurgers({ Nu: 0.1 } as never)).toThrow(/did you mean "nu"/);
    expect(() => logisticFamily({ count: 3 } as never)).toThrow(InvalidArgumentError);
    expect(loadDataset("lorenz", { t1: 0.1, dt: 0.01, noise: undefined }).t).toHaveLength(11);
  });
});
