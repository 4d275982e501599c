import type { ClosedFormProblem } from "./problems.js";
import { uniformTimes } from "./problems.js";

/** Closed-form initial-value problems for the "high" scheme's cases (./highorder-cases.ts). */

/** Damped oscillator u'' + 0.3u' + 4u = 0, u(0) = 1, u'(0) = 0 on [0, T]. K = 3. */
export function dampedOscillator(h: number, T = 10): ClosedFormProblem {
  const N = Math.round(T / h) + 1;
  const w = Math.sqrt(4 - 0.0225);
  const u = (t: number) => Math.exp(-0.15 * t) * (Math.cos(w * t) + (0.15 / w) * Math.sin(w * t));
  // u' = −(4/w) e^{−0.15t} sin(wt); u'' = −0.3u' − 4u
  const du = (t: number) => (-4 / w) * Math.exp(-0.15 * t) * Math.sin(w * t);
  return {
    inputs: { coefficients: [[[[[4, 0.3, 1]]]]], rhs: [[[0]]], initial: [[[[1, 0]]]], steps: h, nSteps: N },
    t: uniformTimes(h, N),
    exact: (t) => [[u(t), du(t), -0.3 * du(t) - 4 * u(t)]],
    check: [
      [0, 0],
      [0, 1],
      [0, 2],
    ],
  };
}

/** u' + λu = 0, u(0) = 1 on [0, T]: growth for λ < 0, (stiff-ish) decay for λ = 50. K = 2. */
export function exponentialIvp(lambda: number, h: number, T: number): ClosedFormProblem {
  const N = Math.round(T / h) + 1;
  return {
    inputs: { coefficients: [[[[[lambda, 1]]]]], rhs: [[[0]]], initial: [[[[1]]]], steps: h, nSteps: N },
    t: uniformTimes(h, N),
    exact: (t) => [[Math.exp(-lambda * t), -lambda * Math.exp(-lambda * t)]],
    check: [
      [0, 0],
      [0, 1],
    ],
  };
}

/** u'' + u = 2 cos t forced (resonant), u(0) = 0, u'(0) = 0 → u = t sin t, on a given grid. K = 3. */
export function forcedResonance(steps: number[]): ClosedFormProblem {
  const t = [0];
  for (const h of steps) t.push(t[t.length - 1]! + h);
  return {
    inputs: {
      coefficients: [[[[[1, 0, 1]]]]],
      rhs: [t.map((x) => [2 * Math.cos(x)])],
      initial: [[[[0, 0]]]],
      steps: [steps],
    },
    t,
    exact: (x) => [[x * Math.sin(x), Math.sin(x) + x * Math.cos(x), 2 * Math.cos(x) - x * Math.sin(x)]],
    check: [
      [0, 0],
      [0, 1],
    ],
  };
}

/** Bisect every interval (the grid family whose observed order a case measures). */
export function bisect(steps: number[]): number[] {
  return steps.flatMap((h) => [h / 2, h / 2]);
}

/** Max relative error |u − exact| / |exact| over the checked (d, k) pairs (for growing solutions). */
export function pointwiseRelativeError(p: ClosedFormProblem, u: Float64Array, D: number, K: number): number {
  let err = 0;
  p.t.forEach((t, s) => {
    const ex = p.exact(t);
    for (const [d, k] of p.check) {
      const e = ex[d]![k]!;
      err = Math.max(err, Math.abs(u[(s * D + d) * K + k]! - e) / Math.abs(e));
    }
  });
  return err;
}
