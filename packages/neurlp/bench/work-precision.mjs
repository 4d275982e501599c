// Work–precision: max error vs time for the published rows, the "high" scheme and the Dormand–Prince
// integrator of @mechanist/datasets, on three closed-form initial-value problems. Imported by run.mjs
// (section 4); the integrator's tolerances and the solvers' step sizes are swept.
import { dopri5 } from "@mechanist/datasets";
import { solveODE } from "../dist/index.js";

const W = Math.sqrt(4 - 0.0225);
/** name, [u, u', ...] coefficients (or a function of t), initial values, interval, exact u, error measure. */
export const PROBLEMS = [
  {
    name: "oscillator u''+0.3u'+4u=0",
    coef: () => [4, 0.3, 1],
    init: [1, 0],
    T: 10,
    exact: (t) => Math.exp(-0.15 * t) * (Math.cos(W * t) + (0.15 / W) * Math.sin(W * t)),
    relative: false,
  },
  { name: "growth u'=u", coef: () => [-1, 1], init: [1], T: 10, exact: Math.exp, relative: true },
  {
    name: "u'+2tu=0",
    coef: (t) => [2 * t, 1],
    init: [1],
    T: 2,
    exact: (t) => Math.exp(-t * t),
    relative: false,
  },
];

function maxError(p, t, u) {
  let e = 0;
  for (let i = 0; i < t.length; i++) {
    const x = p.exact(t[i]);
    e = Math.max(e, Math.abs(u[i] - x) / (p.relative ? Math.abs(x) : 1));
  }
  return e;
}

function neurlpInputs(p, h) {
  const N = Math.round(p.T / h) + 1;
  const K = p.init.length + 1;
  const coefficients = new Float64Array(N * K);
  for (let s = 0; s < N; s++) coefficients.set(p.coef(s * h), s * K);
  return {
    N,
    K,
    inputs: {
      coefficients: { shape: [1, N, 1, 1, K], data: coefficients },
      rhs: [[[0]]],
      initial: { shape: [1, 1, 1, p.init.length], data: Float64Array.from(p.init) },
      steps: h,
    },
  };
}

async function neurlpRow(p, h, scheme, timeIt) {
  const { N, K, inputs } = neurlpInputs(p, h);
  let u;
  const time = await timeIt(async () => {
    const sol = await solveODE(inputs, { backend: "cpu", scheme });
    u = sol.u.data;
    sol.dispose();
  });
  const t = Array.from({ length: N }, (_, s) => s * h);
  const values = Array.from({ length: N }, (_, s) => u[s * K]);
  return { method: scheme, setting: `h=${h}`, error: maxError(p, t, values), ...time };
}

/** The ODE as a first-order system y = [u, u', ...] for dopri5, reported on the h = 0.01 grid. */
async function dopriRow(p, rtol, timeIt) {
  const order = p.init.length;
  const f = (t, y, dy) => {
    const c = p.coef(t);
    for (let k = 0; k + 1 < order; k++) dy[k] = y[k + 1];
    let top = 0;
    for (let k = 0; k < order; k++) top -= c[k] * y[k];
    dy[order - 1] = top / c[order];
  };
  const t = Array.from({ length: Math.round(p.T / 0.01) + 1 }, (_, s) => s * 0.01);
  let y;
  const time = await timeIt(async () => {
    y = dopri5(f, p.init, t, { rtol, atol: rtol * 1e-2, maxSteps: 1e6 }).y;
  });
  return {
    method: "dopri5",
    setting: `rtol=${rtol}`,
    error: maxError(
      p,
      t,
      y.map((r) => r[0]),
    ),
    ...time,
  };
}

/** Rows of the work–precision table for every problem; methods interleaved per setting. */
export async function workPrecision(timeIt, quick) {
  const hs = quick ? [0.02, 0.01] : [0.04, 0.02, 0.01, 0.005];
  const rtols = quick ? [1e-6, 1e-9] : [1e-4, 1e-6, 1e-8, 1e-10];
  const rows = [];
  for (const p of PROBLEMS) {
    for (let i = 0; i < Math.max(hs.length, rtols.length); i++) {
      if (hs[i] !== undefined) {
        rows.push({ problem: p.name, ...(await neurlpRow(p, hs[i], "published", timeIt)) });
        rows.push({ problem: p.name, ...(await neurlpRow(p, hs[i], "high", timeIt)) });
      }
      if (rtols[i] !== undefined) rows.push({ problem: p.name, ...(await dopriRow(p, rtols[i], timeIt)) });
    }
  }
  return rows;
}
