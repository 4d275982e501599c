import { Adam, linspace, MLP, mseLoss, Rng } from "@mechanist/autodiff";

// Fit sin(x) on [-π, π] with a small MLP: forward, backward, optimiser step.
const x = linspace(-Math.PI, Math.PI, 64).reshape([64, 1]);
const y = x.sin();
const model = new MLP([1, 16, 16, 1], { activation: "tanh", rng: new Rng(0) });
const opt = new Adam(model.parameters(), { lr: 1e-2 });
for (let epoch = 1; epoch <= 300; epoch++) {
  opt.zeroGrad();
  const loss = mseLoss(model.forward(x), y);
  loss.backward();
  opt.step();
  if (epoch % 100 === 0) console.log(`epoch ${epoch}: mse ${loss.item().toExponential(2)}`);
}
