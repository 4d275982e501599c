// Gradient checks of MechanisticBlock: reverse-mode gradients (through the networks, the reshapes and
// NeuRLP's implicit backward pass) against central differences, for every step mode, independent and
// coupled systems, time-invariant and time-varying coefficients, with respect to inputs and parameters.
import { assertGradcheck, type nn, Rng, type Tensor, tensor } from "@mechanist/autodiff";
import { describe, expect, it } from "vitest";
import { MechanisticBlock, type MechanisticBlockOptions } from "../src/index.js";

type Case = Pick<MechanisticBlockOptions, "stepMode" | "system" | "timeVarying">;
const cases: Case[] = [];
for (const stepMode of ["fixed", "learned", "network"] as const)
  for (const system of ["independent", "coupled"] as const)
    for (const timeVarying of [false, true]) cases.push({ stepMode, system, timeVarying });

const labelled = cases.map(
  (c) => [`${c.stepMode} steps, ${c.system}, ${c.timeVarying ? "time-varying" : "constant"}`, c] as const,
);

function makeBlock(c: Case): MechanisticBlock {
  // Small sizes keep the finite differences cheap; h0 and the seed give a well-conditioned system.
  return new MechanisticBlock({
    inputSize: 3,
    nSteps: 5,
    order: 2,
    dim: 2,
    hidden: [3],
    h0: 0.2,
    seed: 4,
    ...c,
  });
}

const input = (B: number) => {
  const rng = new Rng(9);
  return tensor(
    Array.from({ length: B }, () => Array.from({ length: 3 }, () => rng.normal())),
    undefined,
  );
};

/** Replace the parameter reached by a dotted name ("trunk.layers.0.weight") with another tensor. */
function setParameter(module: nn.Module, path: string, value: Tensor): void {
  const keys = path.split(".");
  let owner = module as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) owner = owner[k] as Record<string, unknown>;
  owner[keys[keys.length - 1]] = value;
}

/** The block's output as a function of its parameters (the gradcheck's copies are swapped in). */
function withParameters(block: MechanisticBlock, x: Tensor) {
  const named = block.namedParameters();
  const fn = (...ps: Tensor[]) => {
    for (const [i, [n]] of named.entries()) setParameter(block, n, ps[i]);
    return block.forward(x);
  };
  return {
    fn,
    params: named.map(([, p]) => p),
    restore: () => {
      for (const [n, p] of named) setParameter(block, n, p);
    },
  };
}

describe("MechanisticBlock gradients", () => {
  it.each(labelled)("input gradient matches finite differences: %s", (_, c) => {
    const block = makeBlock(c);
    const res = assertGradcheck((x) => block.forward(x), [input(2)], { atol: 1e-6, rtol: 1e-4 });
    expect(res.maxAbsErr).toBeLessThan(1e-6);
  });

  it.each(labelled)("parameter gradients match finite differences: %s", (_, c) => {
    const block = makeBlock(c);
    const { fn, params, restore } = withParameters(block, input(2));
    try {
      // every parameter reaches the output (the step head or step logits included)
      const names = block.namedParameters().map(([n]) => n);
      if (c.stepMode === "learned") expect(names).toContain("stepRaw");
      if (c.stepMode === "network") expect(names.some((n) => n.startsWith("stepHead"))).toBe(true);
      const res = assertGradcheck(fn, params, { atol: 1e-6, rtol: 1e-4 });
      expect(res.maxAbsErr).toBeLessThan(1e-6);
    } finally {
      restore();
    }
  });

  it("the value output and the initial-value override are differentiated too", () => {
    const block = makeBlock({ stepMode: "learned", system: "coupled", timeVarying: true });
    const x = input(2);
    const initial = tensor(
      Array.from({ length: 2 }, (_, b) => [
        [0.3 * b, -0.2],
        [0.1, 0.5 - b],
      ]),
    );
    assertGradcheck((xx, iv) => block.solve(xx, { initial: iv }).value, [x, initial], {
      atol: 1e-6,
      rtol: 1e-4,
    });
  });

  it("a wrong gradient is caught (the check can fail)", () => {
    const block = makeBlock({ stepMode: "fixed", system: "independent", timeVarying: false });
    // detaching the block hides its dependence on x from the backward pass, not from the differences
    const hidden = (x: Tensor) => block.forward(x).detach().mul(x.sum().add(1));
    expect(() => assertGradcheck(hidden, [input(2)])).toThrow(/gradient mismatch/);
  });
});
