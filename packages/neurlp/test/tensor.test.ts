import { assertGradcheck, Tensor, tensor } from "@mechanist/autodiff";
import { describe, expect, it } from "vitest";
import { randomInputs } from "../src/conformance/random.js";
import { odeSolve, odeSolvePrepared, prepareODE, solveODE } from "../src/index.js";

const spec = { B: 2, N: 6, E: 2, D: 2, K: 3, nIvSteps: 1, nIv: 2 };
const asTensor = (x: { shape: number[]; data: Float64Array }) =>
  new Tensor(Float64Array.from(x.data), x.shape);

describe("odeSolve (autodiff custom op)", () => {
  it("forward equals solveODE", async () => {
    const inputs = randomInputs(3, spec);
    const u = odeSolve({
      coefficients: asTensor(inputs.coefficients),
      rhs: asTensor(inputs.rhs),
      initial: asTensor(inputs.initial),
      steps: asTensor(inputs.steps),
    });
    const ref = await solveODE(inputs);
    expect(u.shape).toEqual([2, 6, 2, 3]);
    expect(Array.from(u.data)).toEqual(Array.from(ref.u.data));
  });

  for (const smoothness of ["central", "continuous"] as const) {
    it(`gradcheck to coefficients, rhs, initial and every step (${smoothness})`, () => {
      const inputs = randomInputs(5, spec);
      const res = assertGradcheck(
        (c, r, iv, h) => odeSolve({ coefficients: c!, rhs: r!, initial: iv, steps: h! }, { smoothness }),
        [
          asTensor(inputs.coefficients),
          asTensor(inputs.rhs),
          asTensor(inputs.initial),
          asTensor(inputs.steps),
        ],
        { eps: 1e-6, atol: 1e-7, rtol: 1e-5 },
      );
      expect(res.ok).toBe(true);
    });
  }

  for (const K of [3, 4]) {
    it(`scheme "high": equals solveODE and gradchecks all four inputs (K = ${K}, 3 windows)`, async () => {
      const inputs = randomInputs(13 + K, { ...spec, N: 13, K, nIv: K - 1 });
      const options = { scheme: "high", window: 4 } as const;
      const args = [inputs.coefficients, inputs.rhs, inputs.initial, inputs.steps].map(asTensor);
      const u = odeSolve(
        { coefficients: args[0]!, rhs: args[1]!, initial: args[2], steps: args[3]! },
        options,
      );
      expect(Array.from(u.data)).toEqual(Array.from((await solveODE(inputs, options)).u.data));
      const res = assertGradcheck(
        (c, r, iv, h) => odeSolve({ coefficients: c!, rhs: r!, initial: iv, steps: h! }, options),
        args,
        // K = 4 windows are badly conditioned: eps 1e-6 differences carry ~1e-5 rounding noise and
        // eps 1e-4 ones ~1e-4 truncation error (both shrink as expected when eps moves; measured)
        K === 3 ? { eps: 1e-6, atol: 1e-7, rtol: 1e-5 } : { eps: 1e-4, atol: 1e-6, rtol: 1e-3 },
      );
      expect(res.ok).toBe(true);
    });
  }

  it("gradcheck with a scalar step tensor and time-invariant coefficients", () => {
    const inputs = randomInputs(9, { ...spec, B: 1, timeInvariant: true });
    assertGradcheck(
      (c, r, iv, h) => odeSolve({ coefficients: c!, rhs: r!, initial: iv, steps: h! }, { nSteps: 6 }),
      [asTensor(inputs.coefficients), asTensor(inputs.rhs), asTensor(inputs.initial), tensor(0.4)],
      { eps: 1e-6, atol: 1e-7, rtol: 1e-5 },
    );
  });

  it("prepared (cached-factor) variant: equals odeSolve and gradchecks rhs and initial", async () => {
    const N = 12;
    const B = 3;
    const solver = await prepareODE({
      coefficients: [[[[[0, 1, 0]]]]],
      steps: 0.1,
      nSteps: N,
      nIvSteps: 1,
      nIv: 1,
      batch: B,
    });
    const rhs = new Tensor(
      new Float64Array(B * N).map((_, i) => Math.sin(i)),
      [B, N, 1],
    );
    const iv = new Tensor(new Float64Array([0.3, -0.1, 0.7]), [B, 1, 1, 1]);
    const u = odeSolvePrepared(solver, rhs, iv);
    const direct = odeSolve(
      { coefficients: tensor([[[[[0, 1, 0]]]]]), rhs, initial: iv, steps: 0.1 },
      { nSteps: N },
    );
    for (let i = 0; i < u.size; i++) expect(u.data[i]).toBeCloseTo(direct.data[i]!, 12);
    assertGradcheck((r, i0) => odeSolvePrepared(solver, r!, i0), [rhs, iv], {
      eps: 1e-6,
      atol: 1e-7,
      rtol: 1e-5,
    });
  });
});
