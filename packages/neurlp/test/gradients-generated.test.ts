import { assertGradcheck, Tensor } from "@mechanist/autodiff";
import { describe, expect, it } from "vitest";
import type { Smoothness } from "../src/backend.js";
import { randomInputs, rng } from "../src/conformance/random.js";
import { setGeneratedKernels } from "../src/core/codegen.js";
import { type GradientRequest, inputGradients } from "../src/core/gradients.js";
import { buildProblem } from "../src/core/problem.js";
import { odeSolve } from "../src/index.js";

// The generated gradient kernel (core/codegen-gradients.ts) against the reference loops of
// core/gradients.ts: the same operations in the same order, so every gradient must be bit-identical,
// for every row type, broadcast pattern and subset of requested inputs.

const SHAPES: Array<[number, number, number, Smoothness]> = [
  // D, K, E, smoothness
  [1, 2, 1, "central"],
  [1, 3, 1, "central"],
  [1, 3, 2, "continuous"],
  [2, 3, 2, "central"],
  [2, 4, 1, "continuous"],
  [1, 5, 3, "central"],
  [3, 3, 2, "central"], // n = 9: no generated code, both runs are the reference
];

type Inputs = ReturnType<typeof randomInputs>;

/** Keep only the first batch element of an input (a batch axis of 1 broadcasts). */
function firstOnly(a: Inputs["coefficients"]): Inputs["coefficients"] {
  const per = a.data.length / a.shape[0]!;
  return { shape: [1, ...a.shape.slice(1)], data: a.data.slice(0, per) };
}

function variants(seed: number, D: number, K: number, E: number): Array<[string, Inputs]> {
  const spec = { B: 3, N: 10, E, D, K, nIvSteps: 1, nIv: K - 1 };
  const full = randomInputs(seed, spec);
  const still = randomInputs(seed + 1, { ...spec, timeInvariant: true });
  const shared = randomInputs(seed + 2, spec);
  shared.coefficients = firstOnly(shared.coefficients);
  shared.steps = firstOnly(shared.steps);
  return [
    ["full batch and time axes", full],
    ["time-invariant coefficients and rhs", still],
    ["coefficients and steps shared by the batch", shared],
  ];
}

const REQUESTS: GradientRequest[] = [
  { coefficients: true, rhs: true, initial: true, steps: true },
  { coefficients: true },
  { rhs: true },
  { steps: true },
  { rhs: true, initial: true },
];

function gradients(on: boolean, ...args: Parameters<typeof inputGradients>) {
  const was = setGeneratedKernels(on);
  try {
    return inputGradients(...args);
  } finally {
    setGeneratedKernels(was);
  }
}

describe("generated gradient kernel", () => {
  SHAPES.forEach(([D, K, E, smoothness], i) => {
    for (const [name, inputs] of variants(40 + 7 * i, D, K, E)) {
      it(`is bit-identical to the reference loops: D = ${D}, K = ${K}, E = ${E}, ${smoothness}, ${name}`, () => {
        const p = buildProblem(inputs, {
          smoothness,
          weights: { equation: 1.3, initial: 0.8, smoothness: 0.6 },
        });
        const r = rng(i + 1);
        const size = p.dims.B * p.dims.N * D * K;
        const u = new Float64Array(size).map(() => 2 * r() - 1);
        const z = new Float64Array(size).map(() => 2 * r() - 1);
        for (const want of REQUESTS) {
          const fast = gradients(true, p, u, z, want);
          const ref = gradients(false, p, u, z, want);
          expect(Object.keys(fast).sort()).toEqual(Object.keys(ref).sort());
          for (const key of Object.keys(ref) as Array<keyof typeof ref>) {
            expect(Array.from(fast[key]!), `${key} of ${JSON.stringify(want)}`).toEqual(
              Array.from(ref[key]!),
            );
            expect(ref[key]!.some((v) => v !== 0)).toBe(true);
          }
        }
      });
    }
  });

  for (const smoothness of ["central", "continuous"] as const) {
    it(`passes a gradient check through odeSolve at K = 4, E = 2 with shared steps (${smoothness})`, () => {
      const inputs = randomInputs(77, { B: 2, N: 7, E: 2, D: 1, K: 4, nIvSteps: 1, nIv: 3 });
      const t = (x: { shape: number[]; data: Float64Array }) =>
        new Tensor(Float64Array.from(x.data), x.shape);
      const res = assertGradcheck(
        (c, r, iv, h) => odeSolve({ coefficients: c!, rhs: r!, initial: iv, steps: h! }, { smoothness }),
        [t(inputs.coefficients), t(inputs.rhs), t(inputs.initial), t(firstOnly(inputs.steps))],
        { eps: 1e-6, atol: 1e-7, rtol: 1e-5 },
      );
      expect(res.ok).toBe(true);
    });
  }
});
