import { loadDataset } from "@mechanist/datasets";
import { describe, expect, it } from "vitest";
import { discover } from "../src/index.js";

const lorenz = loadDataset("lorenz", { t1: 5 }) as { t: number[]; x: number[][]; names: string[] };
const variables = lorenz.names;
const support = (c: number[][]) => c.map((row) => row.map((v) => v !== 0));

describe("data of extreme magnitude are rescaled internally", () => {
  it("1e-100 and 1e+100 give the structure of the original data, coefficients in the data's units", async () => {
    const base = await discover({ t: lorenz.t, x: lorenz.x }, { variables });
    const xz = base.terms.indexOf("x*z");
    for (const s of [1e-100, 1e100]) {
      const scaled = await discover(
        { t: lorenz.t, x: lorenz.x.map((r) => r.map((v) => v * s)) },
        { variables },
      );
      expect(support(scaled.coefficients)).toEqual(support(base.coefficients));
      // A quadratic term's coefficient carries 1/s, a linear one none: dy/dt = ... − (1/s)·x·z.
      expect(scaled.coefficients[1][xz] * s).toBeCloseTo(base.coefficients[1][xz], 6);
      expect(scaled.coefficients[0][1]).toBeCloseTo(base.coefficients[0][1], 6);
      expect(scaled.equations[1]).toMatch(s < 1 ? /1\.00e\+100 x\*z/ : /1\.00e-100 x\*z/);
    }
  });
  it("a numeric threshold on such data is refused with what to do", async () => {
    const tiny = { t: lorenz.t, x: lorenz.x.map((r) => r.map((v) => v * 1e-100)) };
    await expect(discover(tiny, { variables, threshold: 0.1 })).rejects.toThrow(
      /threshold "auto" or rescale/,
    );
  });
});
