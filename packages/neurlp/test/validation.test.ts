/** solveODE input validation: every bad input ends in a typed error before any work, never a NaN result. */
import { describe, expect, it } from "vitest";
import { NeurlpShapeError, NeurlpValueError, solveODE } from "../src/index.js";

const oscillator = (overrides: Record<string, unknown> = {}) => ({
  coefficients: [[[[[4, 0.3, 1]]]]],
  rhs: [[[0]]],
  initial: [[[[1, 0]]]],
  steps: 0.01,
  nSteps: 100,
  ...overrides,
});

describe("solveODE size guards (memory estimate against options.maxBytes)", () => {
  it("refuses huge grids, orders, dimensions and worker counts before allocating", async () => {
    await expect(solveODE(oscillator({ nSteps: 1e9 }))).rejects.toThrow(/problem too large.*N = 1000000000/);
    const K = 100_000;
    const wide = { shape: [1, 1, 1, 1, K], data: new Float64Array(K).fill(1) };
    await expect(solveODE(oscillator({ coefficients: wide, initial: null }))).rejects.toThrow(
      NeurlpValueError,
    );
    const D = 10_000;
    const many = { shape: [1, 1, 1, D, 3], data: new Float64Array(D * 3).fill(1) };
    await expect(solveODE(oscillator({ coefficients: many, initial: null }))).rejects.toThrow(
      /problem too large/,
    );
    await expect(solveODE(oscillator(), { workers: 1e5 })).rejects.toThrow(
      /workers must be an integer from 1 to 256/,
    );
  });

  it("the budget is an option: a small budget refuses a small problem, Infinity turns the guard off", async () => {
    await expect(solveODE(oscillator(), { maxBytes: 1000 })).rejects.toThrow(/budget/);
    const sol = await solveODE(oscillator(), { maxBytes: Number.POSITIVE_INFINITY });
    expect(sol.u.shape).toEqual([1, 100, 1, 3]);
    await expect(solveODE(oscillator(), { maxBytes: -1 })).rejects.toThrow(/maxBytes/);
  });
});

describe("solveODE magnitudes and types", () => {
  it("names the input that would overflow or underflow in the normal equations (no NaN result)", async () => {
    await expect(solveODE(oscillator({ initial: [[[[1e308, 0]]]] }))).rejects.toThrow(
      /initial: element.*1e\+308/,
    );
    await expect(solveODE(oscillator({ rhs: [[[1e200]]] }))).rejects.toThrow(/rhs/);
    await expect(solveODE(oscillator({ coefficients: [[[[[4, 1e-300, 1]]]]] }))).rejects.toThrow(
      /coefficients: element \[0, 0, 0, 0, 1\] = 1e-300 is below/,
    );
    await expect(solveODE(oscillator({ steps: 1e200 }))).rejects.toThrow(NeurlpValueError);
  });

  it("null, booleans and strings in { shape, data } are refused, not read as 0, 1 or NaN", async () => {
    for (const bad of [null, true, false, "1", undefined, {}]) {
      const rhs = { shape: [1, 1, 1], data: [bad] };
      await expect(solveODE(oscillator({ rhs }))).rejects.toThrow(NeurlpValueError);
    }
    await expect(solveODE(oscillator({ nSteps: "100" }))).rejects.toThrow(/nSteps/);
    await expect(solveODE(oscillator({ rhs: { shape: "1,1,1", data: [0] } }))).rejects.toThrow(
      NeurlpShapeError,
    );
  });

  it("deeply nested arrays are a shape error, not a stack overflow", async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    await expect(solveODE(oscillator({ rhs: deep }))).rejects.toThrow(NeurlpShapeError);
  });
});
