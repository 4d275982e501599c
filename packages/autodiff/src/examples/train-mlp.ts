// Runnable entry built to dist/examples/train-mlp.js (`pnpm example`): fits sin(x) and prints the loss.
import { fitSine } from "./fit-sine.js";

const epochs = Number(process.argv[2] ?? 1500);
const { mse } = fitSine({
  epochs,
  logEvery: Math.max(1, Math.floor(epochs / 6)),
  log: (epoch, loss) => console.log(`epoch ${String(epoch).padStart(5)}  mse ${loss.toExponential(3)}`),
});
console.log(`final MSE ${mse.toExponential(3)}`);
