import { expect, it } from "vitest";
import { solveODE } from "../src/index.js";

// The README example, checked against the closed form of u'' + 0.3u' + 4u = 0, u(0) = 1, u'(0) = 0.
it("README example solves the damped oscillator to the h = 0.01 accuracy class", async () => {
  const { u } = await solveODE(
    { coefficients: [[[[[4, 0.3, 1]]]]], rhs: [[[0]]], initial: [[[[1, 0]]]], steps: 0.01, nSteps: 1001 },
    { backend: "cpu" },
  );
  expect(u.shape).toEqual([1, 1001, 1, 3]);
  const w = Math.sqrt(4 - 0.15 ** 2);
  const exact = (t: number) => Math.exp(-0.15 * t) * (Math.cos(w * t) + (0.15 / w) * Math.sin(w * t));
  const rows = u.toArray()[0] as number[][][];
  let err = 0;
  rows.forEach((r, s) => {
    err = Math.max(err, Math.abs(r[0]![0]! - exact(s * 0.01)));
  });
  expect(err).toBeLessThan(5e-4);
});
