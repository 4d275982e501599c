import type { OdeInputs } from "../core/problem.js";

/** Closed-form test problems (README, "Formulation": what a correct solver must do), as solver inputs plus exact solutions. */

export interface ClosedFormProblem {
  inputs: OdeInputs;
  /** Grid times t_s. */
  t: number[];
  /** exact(t)[d][k]: value of derivative k of dimension d at t (only the checked (d, k) pairs). */
  exact: (t: number) => number[][];
  /** Which (d, k) pairs to compare. */
  check: Array<[number, number]>;
}

export function uniformTimes(h: number, N: number): number[] {
  return Array.from({ length: N }, (_, s) => s * h);
}

/** u'' + u = 0, u(0) = 0, u'(0) = 1 → u = sin t. K = 3. */
export function harmonic(h: number, N: number): ClosedFormProblem {
  return {
    inputs: { coefficients: [[[[[1, 0, 1]]]]], rhs: [[[0]]], initial: [[[[0, 1]]]], steps: h, nSteps: N },
    t: uniformTimes(h, N),
    exact: (t) => [[Math.sin(t), Math.cos(t), -Math.sin(t)]],
    check: [
      [0, 0],
      [0, 1],
      [0, 2],
    ],
  };
}

/** Harmonic oscillator on a given non-uniform grid. */
export function harmonicVariable(steps: number[]): ClosedFormProblem {
  const t = [0];
  for (const h of steps) t.push(t[t.length - 1]! + h);
  return {
    inputs: { coefficients: [[[[[1, 0, 1]]]]], rhs: [[[0]]], initial: [[[[0, 1]]]], steps: [steps] },
    t,
    exact: (x) => [[Math.sin(x), Math.cos(x), -Math.sin(x)]],
    check: [[0, 0]],
  };
}

/**
 * Damped oscillator as a first-order 2-dim system (S-MNN validation set-up): x0' = x1,
 * x1' = −c0 x0 − c1 x1, x(0) = (0.12, 0.043), K = 3 with zero coefficients on the second derivative.
 */
export function dampedSystem(h: number, N: number): ClosedFormProblem {
  const c0 = 4.5;
  const c1 = 0.43;
  const i0 = 0.12;
  const i1 = 0.043;
  const w = Math.sqrt(c0 - (c1 * c1) / 4);
  const A = i0;
  const Bc = ((c1 * i0) / 2 + i1) / w;
  const x = (t: number) => Math.exp((-c1 * t) / 2) * (A * Math.cos(w * t) + Bc * Math.sin(w * t));
  const dx = (t: number) => {
    const e = Math.exp((-c1 * t) / 2);
    const c = A * Math.cos(w * t) + Bc * Math.sin(w * t);
    const dc = -A * w * Math.sin(w * t) + Bc * w * Math.cos(w * t);
    return e * (dc - (c1 / 2) * c);
  };
  return {
    inputs: {
      // rows: x0' − x1 = 0; x1' + c0 x0 + c1 x1 = 0   (order [u, u', u''] per dim)
      coefficients: [
        [
          [
            [
              [0, 1, 0],
              [-1, 0, 0],
            ],
            [
              [c0, 0, 0],
              [c1, 1, 0],
            ],
          ],
        ],
      ],
      rhs: [[[0, 0]]],
      initial: [[[[i0], [i1]]]],
      steps: h,
      nSteps: N,
    },
    t: uniformTimes(h, N),
    exact: (t) => [[x(t)], [dx(t)]],
    check: [
      [0, 0],
      [1, 0],
    ],
  };
}

/** RC circuit (Strogatz/ODEBench): c2 u' + u / c1 = c0, u(0) = u0 → u = c0 c1 + (u0 − c0 c1) e^{−t/(c1 c2)}. K = 3 padded. */
export function rcCircuit(h: number, N: number): ClosedFormProblem {
  const c0 = 0.7;
  const c1 = 1.2;
  const c2 = 2.31;
  const u0 = 10;
  const tau = c1 * c2;
  const ss = c0 * c1;
  return {
    inputs: {
      coefficients: [[[[[1 / c1, c2, 0]]]]],
      rhs: [[[c0]]],
      initial: [[[[u0]]]],
      steps: h,
      nSteps: N,
    },
    t: uniformTimes(h, N),
    exact: (t) => [[ss + (u0 - ss) * Math.exp(-t / tau), (-(u0 - ss) / tau) * Math.exp(-t / tau)]],
    check: [
      [0, 0],
      [0, 1],
    ],
  };
}

/** Exponential growth u' − c u = 0, u(0) = u0 → u0 e^{ct} (naive population growth). K = 3 padded. */
export function exponential(h: number, N: number): ClosedFormProblem {
  const c = 0.23;
  const u0 = 4.78;
  return {
    inputs: { coefficients: [[[[[-c, 1, 0]]]]], rhs: [[[0]]], initial: [[[[u0]]]], steps: h, nSteps: N },
    t: uniformTimes(h, N),
    exact: (t) => [[u0 * Math.exp(c * t), c * u0 * Math.exp(c * t)]],
    check: [
      [0, 0],
      [0, 1],
    ],
  };
}

/** u' + 2 t u = 0, u(0) = 1 → u = exp(−t²): order 1 (K = 2) with a time-varying coefficient. */
export function gaussianDecay(h: number, N: number): ClosedFormProblem {
  const t = uniformTimes(h, N);
  return {
    inputs: {
      coefficients: [t.map((ts) => [[[2 * ts, 1]]])],
      rhs: [[[0]]],
      initial: [[[[1]]]],
      steps: h,
    },
    t,
    exact: (x) => [[Math.exp(-x * x), -2 * x * Math.exp(-x * x)]],
    check: [
      [0, 0],
      [0, 1],
    ],
  };
}

/** u''' + u'' + u' + u = 0 (K = 4), u = e^{−t} + cos t + 2 sin t. */
export function thirdOrder(h: number, N: number): ClosedFormProblem {
  const f = (t: number) => [
    Math.exp(-t) + Math.cos(t) + 2 * Math.sin(t),
    -Math.exp(-t) - Math.sin(t) + 2 * Math.cos(t),
    Math.exp(-t) - Math.cos(t) - 2 * Math.sin(t),
    -Math.exp(-t) + Math.sin(t) - 2 * Math.cos(t),
  ];
  const f0 = f(0);
  return {
    inputs: {
      coefficients: [[[[[1, 1, 1, 1]]]]],
      rhs: [[[0]]],
      initial: [[[[f0[0]!, f0[1]!, f0[2]!]]]],
      steps: h,
      nSteps: N,
    },
    t: uniformTimes(h, N),
    exact: (t) => [f(t)],
    check: [
      [0, 0],
      [0, 1],
    ],
  };
}

/**
 * Coupled D = 3 system: x' = −y, y' = x, z' = −z/2 + x with x(0) = 1, y(0) = 0, z(0) = 1:
 * x = cos t, y = sin t, z = 0.4 cos t + 0.8 sin t + 0.6 e^{−t/2}. K = 3 padded, E = 3.
 */
export function coupledD3(h: number, N: number): ClosedFormProblem {
  return {
    inputs: {
      coefficients: [
        [
          [
            [
              [0, 1, 0],
              [1, 0, 0],
              [0, 0, 0],
            ],
            [
              [-1, 0, 0],
              [0, 1, 0],
              [0, 0, 0],
            ],
            [
              [-1, 0, 0],
              [0, 0, 0],
              [0.5, 1, 0],
            ],
          ],
        ],
      ],
      rhs: [[[0, 0, 0]]],
      initial: [[[[1], [0], [1]]]],
      steps: h,
      nSteps: N,
    },
    t: uniformTimes(h, N),
    exact: (t) => [
      [Math.cos(t)],
      [Math.sin(t)],
      [0.4 * Math.cos(t) + 0.8 * Math.sin(t) + 0.6 * Math.exp(-t / 2)],
    ],
    check: [
      [0, 0],
      [1, 0],
      [2, 0],
    ],
  };
}

/** Max abs error of u `[1, N, D, K]` against a closed form, and the max |exact| (for relative bounds). */
export function closedFormError(
  p: ClosedFormProblem,
  u: Float64Array,
  D: number,
  K: number,
): { err: number; scale: number } {
  let err = 0;
  let scale = 0;
  p.t.forEach((t, s) => {
    const ex = p.exact(t);
    for (const [d, k] of p.check) {
      const e = ex[d]![k]!;
      err = Math.max(err, Math.abs(u[(s * D + d) * K + k]! - e));
      scale = Math.max(scale, Math.abs(e));
    }
  });
  return { err, scale };
}
