import { Adam, mseLoss, slice, tensor } from "@mechanist/autodiff";
import { dampedHarmonicOscillator } from "@mechanist/datasets";
import { odeSolve, solveODE } from "@mechanist/neurlp";

// Observed: the first 5 time units of a damped oscillator, with 2 % noise.
const h = 0.05;
const observed = dampedHarmonicOscillator.generate({ t1: 5, dt: h, noise: 0.02, seed: 3 });
const N = observed.t.length;
const target = tensor(
  observed.x.map((s) => s[0]!),
  [N, 1],
);

// Learn a constant-coefficient model u'' + a u' + b u = 0 and its initial state by gradient descent.
const ab = tensor([0.1, 1], [2], { requiresGrad: true });
const init = tensor([observed.x[0]![0]!, 0], [1, 1, 1, 2], { requiresGrad: true });
const opt = new Adam([ab, init], { lr: 0.05 });
const coefficientsOf = (p: typeof ab) =>
  tensor([0, 0, 1], [1, 1, 1, 1, 3]).add(
    p
      .reshape([1, 1, 1, 1, 2])
      .matmul(tensor([0, 1, 0, 1, 0, 0], [2, 3]))
      .reshape([1, 1, 1, 1, 3]),
  );
for (let step = 1; step <= 300; step++) {
  opt.zeroGrad();
  const u = odeSolve(
    { coefficients: coefficientsOf(ab), rhs: tensor([0], [1, 1, 1]), initial: init, steps: h },
    { nSteps: N },
  );
  const loss = mseLoss(slice(u.reshape([N, 3]), 1, 0, 1), target);
  loss.backward();
  opt.step();
  if (step % 100 === 0) console.log(`step ${step}: mse ${loss.item().toExponential(3)}`);
}
const [a, b] = ab.data;
console.log(`learned u'' + ${a!.toFixed(3)} u' + ${b!.toFixed(3)} u = 0`);

// Forecast: solve the learned equation over twice the observed window and compare with the truth.
const horizon = 2 * (N - 1) + 1;
const { u } = await solveODE({
  coefficients: [[[[[b!, a!, 1]]]]],
  rhs: [[[0]]],
  initial: { shape: [1, 1, 1, 2], data: init.data },
  steps: h,
  nSteps: horizon,
});
const truth = dampedHarmonicOscillator.generate({ t1: (horizon - 1) * h, dt: h });
let worst = 0;
for (let i = N; i < horizon; i++) worst = Math.max(worst, Math.abs(u.data[i * 3]! - truth.clean[i]![0]!));
console.log(`forecast on (5, 10]: max |error| = ${worst.toExponential(2)}`);
