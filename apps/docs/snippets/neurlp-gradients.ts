import { slice, tensor } from "@mechanist/autodiff";
import { odeSolve } from "@mechanist/neurlp";

// A learnable damping coefficient: u'' + c u' + 4u = 0, loss = mean of u², gradient dL/dc.
const damping = tensor([0.3], [1], { requiresGrad: true });
const coefficients = tensor([4, 0, 1], [1, 1, 1, 1, 3]).add(
  damping.reshape([1, 1, 1, 1, 1]).mul(tensor([0, 1, 0], [1, 1, 1, 1, 3])),
);
const u = odeSolve(
  { coefficients, rhs: tensor([0], [1, 1, 1]), initial: tensor([1, 0], [1, 1, 1, 2]), steps: 0.01 },
  { nSteps: 500 },
);
// u is [B, N, D, K]; take the values (order 0) and average their squares.
const values = slice(u.reshape([500, 3]), 1, 0, 1);
const loss = values.square().mean();
loss.backward();
console.log(`loss ${loss.item().toFixed(6)}, dL/dc ${damping.grad!.data[0]!.toFixed(6)}`);
