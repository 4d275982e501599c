import { describe, expect, it } from "vitest";
import { fitDampedSine } from "../src/examples/sine-fit.js";

describe("damped noisy-sine fit (design §5 case 8)", () => {
  it("free time-varying coefficients and learned steps bring the loss down to the noise floor", () => {
    const r = fitDampedSine({ iterations: 500, seed: 0 });
    const first = r.losses[0]!;
    const last = r.losses[r.losses.length - 1]!;
    expect(Number.isFinite(last)).toBe(true);
    expect(last).toBeLessThan(first / 10);
    // at (or below: 1500 free parameters can also fit some noise) the noise floor
    expect(last).toBeLessThan(1.1 * r.noiseFloor);
    // learned steps stay positive and near the data spacing
    for (const h of r.steps) expect(h).toBeGreaterThan(0);
  });
});
