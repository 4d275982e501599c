import { describe, expect, it } from "vitest";
import { NeurlpBackendError, prepareODE, solveODE } from "../src/index.js";

const problem = {
  coefficients: [[[[[1, 0, 1]]]]],
  rhs: [[[0]]],
  initial: [[[[0, 1]]]],
  steps: 0.1,
  nSteps: 50,
};

describe("factor lifetime", () => {
  it("dispose() releases the factor: vjp afterwards is a typed error, new solves are unaffected", async () => {
    const a = await solveODE(problem);
    const before = Array.from(a.u.data);
    a.dispose();
    await expect(a.vjp({ shape: [1, 50, 1, 3], data: new Float64Array(150) })).rejects.toThrow(
      NeurlpBackendError,
    );
    // the recycled memory must not alias the returned solution
    const other = { ...problem, initial: [[[[1, 0]]]] };
    const b = await solveODE(other);
    expect(Array.from(a.u.data)).toEqual(before);
    const c = await solveODE(other);
    expect(Array.from(b.u.data)).toEqual(Array.from(c.u.data));
  });

  it("a disposed PreparedODE refuses to solve", async () => {
    const s = await prepareODE({
      coefficients: [[[[[1, 0, 1]]]]],
      steps: 0.1,
      nSteps: 50,
      nIvSteps: 1,
      nIv: 2,
    });
    const { u } = s.solve({ rhs: [[[0]]], initial: [[[[0, 1]]]] });
    expect(Array.from(u.data)).toEqual(Array.from((await solveODE(problem)).u.data));
    s.dispose();
    expect(() => s.solve({ rhs: [[[0]]], initial: [[[[0, 1]]]] })).toThrow(/disposed/);
  });
});
