import { prepareODE } from "@mechanist/neurlp";

// u' = f(t) on a fixed grid: factor the left-hand side once, then solve many right-hand sides.
const N = 101;
const prepared = await prepareODE(
  { coefficients: [[[[[0, 1, 0]]]]], steps: 0.01, nSteps: N, nIvSteps: 1, nIv: 1, batch: 2 },
  { backend: "cpu" },
);
const t = Array.from({ length: N }, (_, i) => i * 0.01);
// Two forcings in one batch: f = cos t and f = 2t, both from u(0) = 0.
const { u } = prepared.solve({
  rhs: { shape: [2, N, 1], data: [...t.map(Math.cos), ...t.map((s) => 2 * s)] },
  initial: [[[[0]]], [[[0]]]],
});
const K = 3;
console.log(`u(1) ≈ ${u.data[(N - 1) * K]!.toFixed(5)} (sin 1 = ${Math.sin(1).toFixed(5)})`);
console.log(`u(1) ≈ ${u.data[(2 * N - 1) * K]!.toFixed(5)} (1² = 1)`);
