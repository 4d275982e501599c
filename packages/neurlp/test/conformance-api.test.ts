import { describe, expect, it } from "vitest";
import { CASE_IDS, runConformance } from "../src/conformance/index.js";
import { createCpuBackend, NeurlpValueError } from "../src/index.js";

describe("runConformance options", () => {
  it("rejects unknown case ids in skip, listing the known ones", () => {
    expect(() => runConformance("cpu", { skip: { "no-such-case": "typo" } })).toThrow(NeurlpValueError);
    expect(() => runConformance("cpu", { skip: { "no-such-case": "typo" } })).toThrow(
      /harmonic-central-h0.01/,
    );
  });
});

// A backend given as a factory is registered under a generated name (skip everything but two cases
// here: the full suite already runs on "cpu" in cpu-conformance.test.ts).
const keep = new Set(["harmonic-central-h0.01", "fixture-scalar_N20_K3_central"]);
runConformance(createCpuBackend, {
  skip: Object.fromEntries(
    CASE_IDS.filter((id) => !keep.has(id)).map((id) => [id, "covered by the cpu run"]),
  ),
});
