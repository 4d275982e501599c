import { solveODE } from "@mechanist/neurlp";

// u'' + 0.3u' + 4u = 0: coefficients of [u, u', u''], shape [B, N|1, E, D, K] = [1, 1, 1, 1, 3].
const h = 0.01;
const N = 1000;
const { u } = await solveODE({
  coefficients: [[[[[4, 0.3, 1]]]]],
  rhs: [[[0]]], // [B, N|1, E]
  initial: [[[[1, 0]]]], // u(0) = 1, u'(0) = 0: [B, nIvSteps, D, nIv]
  steps: h,
  nSteps: N,
});

// u has shape [B, N, D, K]: value, first and second derivative at every grid point.
const K = 3;
const at = (i: number) => u.data[i * K]!;
const zeta = 0.15;
const omega = Math.sqrt(4 - zeta ** 2);
const exact = (t: number) =>
  Math.exp(-zeta * t) * (Math.cos(omega * t) + (zeta / omega) * Math.sin(omega * t));
let maxError = 0;
for (let i = 0; i < N; i++) maxError = Math.max(maxError, Math.abs(at(i) - exact(i * h)));
console.log(`u(9.99) = ${at(N - 1).toFixed(6)}, max |u − exact| = ${maxError.toExponential(2)}`);
