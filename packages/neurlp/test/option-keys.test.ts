// A misspelt option key is an error that names it, never silently ignored; every real key is accepted.
import { Tensor } from "@mechanist/autodiff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NeurlpValueError, odeSolve, prepareODE, solveODE } from "../src/index.js";

const inputs = { coefficients: [[[[[1, 1]]]]], rhs: [[[0]]], initial: [[[[1]]]], steps: 0.1, nSteps: 8 };
const SOLVE_KEYS = [
  "scheme",
  "backend",
  "smoothness",
  "weights",
  "workers",
  "maxBytes",
  "window",
  "equilibrate",
  "iterativeRefinement",
];

/** One edit (drop, double or change a character) that turns a key into a key no option has. */
const misspelt = fc
  .tuple(fc.constantFrom(...SOLVE_KEYS), fc.nat(), fc.constantFrom("drop", "double", "change"))
  .map(([key, at, kind]) => {
    const i = at % key.length;
    if (kind === "drop") return key.slice(0, i) + key.slice(i + 1);
    if (kind === "double") return key.slice(0, i) + key[i] + key.slice(i);
    return `${key.slice(0, i)}${key[i] === "q" ? "z" : "q"}${key.slice(i + 1)}`;
  })
  .filter((k) => !SOLVE_KEYS.includes(k));

describe("option keys", () => {
  it("solveODE names a misspelt key, suggests the real one and lists them all", async () => {
    await fc.assert(
      fc.asyncProperty(misspelt, async (key) => {
        const error = await solveODE(inputs, { [key]: 1 }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NeurlpValueError);
        expect((error as Error).message).toContain(`unknown option "${key}"`);
        expect((error as Error).message).toContain("known options: scheme, backend");
      }),
      { numRuns: 60 },
    );
    await expect(solveODE(inputs, { smothness: "central" } as never)).rejects.toThrow(
      /did you mean "smoothness"/,
    );
  });

  it("accepts every documented key (undefined values too) and solves as without them", async () => {
    const plain = await solveODE(inputs);
    const all = await solveODE(inputs, {
      scheme: "published",
      backend: "cpu",
      smoothness: "central",
      weights: { equation: 1, initial: 1, smoothness: 1 },
      workers: 1,
      maxBytes: 2 ** 31,
      window: undefined,
      equilibrate: false,
      iterativeRefinement: 0,
    });
    expect(Array.from(all.u.data)).toEqual(Array.from(plain.u.data));
  });

  it("checks nested weights and iterativeRefinement objects, odeSolve and prepareODE", async () => {
    await expect(solveODE(inputs, { weights: { equaton: 2 } } as never)).rejects.toThrow(
      /solveODE options\.weights: unknown option "equaton" \(did you mean "equation"\?\)/,
    );
    await expect(solveODE(inputs, { iterativeRefinement: { tol: 1e-9 } } as never)).rejects.toThrow(
      /iterativeRefinement: unknown option "tol"/,
    );
    const tensors = {
      coefficients: new Tensor(new Float64Array([1, 1]), [1, 1, 1, 1, 2]),
      rhs: new Tensor(new Float64Array([0]), [1, 1, 1]),
      steps: 0.1,
    };
    expect(() => odeSolve(tensors, { nSteps: 8, nsteps: 8 } as never)).toThrow(
      /odeSolve options: unknown option "nsteps" \(did you mean "nSteps"\?\)/,
    );
    await expect(
      prepareODE({ coefficients: inputs.coefficients, steps: 0.1, nSteps: 8 }, { workers: 2 } as never),
    ).rejects.toThrow(/prepareODE options: unknown option "workers"/);
  });

  it("options that are not an object (null, a string) are a NeurlpValueError, not a TypeError", async () => {
    const tensors = {
      coefficients: new Tensor(new Float64Array([1, 1]), [1, 1, 1, 1, 2]),
      rhs: new Tensor(new Float64Array([0]), [1, 1, 1]),
      steps: 0.1,
    };
    for (const bad of [null, "fast"]) {
      const wrong = new RegExp(
        `options must be an object \\(or left out\\), got ${bad === null ? "null" : "string"}`,
      );
      await expect(solveODE(inputs, bad as never)).rejects.toThrow(wrong);
      await expect(
        prepareODE({ coefficients: inputs.coefficients, steps: 0.1, nSteps: 8 }, bad as never),
      ).rejects.toThrow(wrong);
      expect(() => odeSolve(tensors, bad as never)).toThrow(wrong);
    }
  });
});
