// Fit sin(x) on [-π, π] with a small MLP and print the loss. Run: pnpm example (after pnpm build),
// or straight from source: node --import tsx examples/train-mlp.ts
import { fitSine } from "../src/examples/fit-sine.js";

const { mse } = fitSine({
  epochs: 1500,
  logEvery: 250,
  log: (epoch, loss) => console.log(`epoch ${String(epoch).padStart(4)}  mse ${loss.toExponential(3)}`),
});
console.log(`final MSE ${mse.toExponential(3)}`);
