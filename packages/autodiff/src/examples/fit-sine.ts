import { mseLoss } from "../nn/loss.js";
import { MLP } from "../nn/mlp.js";
import { Adam } from "../optim/adam.js";
import { CosineAnnealingLR } from "../optim/schedules.js";
import { Rng } from "../rng.js";
import { linspace } from "../tensor.js";

export interface FitSineOptions {
  epochs?: number;
  /** Called every `logEvery` epochs and at the end. */
  log?: (epoch: number, loss: number) => void;
  logEvery?: number;
  seed?: number;
  hidden?: number;
}

/** Fit y = sin(x) on [-π, π] with a tanh MLP (full batch, Adam, cosine lr). Returns the final MSE. */
export function fitSine(opts: FitSineOptions = {}): { mse: number; model: MLP } {
  const { epochs = 1500, log, logEvery = 250, seed = 0, hidden = 32 } = opts;
  const rng = new Rng(seed);
  const x = linspace(-Math.PI, Math.PI, 128).reshape([128, 1]);
  const y = x.sin();
  const model = new MLP([1, hidden, hidden, 1], { activation: "tanh", rng });
  const opt = new Adam(model.parameters(), { lr: 1e-2 });
  const sched = new CosineAnnealingLR(opt, { tMax: epochs, etaMin: 1e-4 });
  let mse = Number.NaN;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    opt.zeroGrad();
    const loss = mseLoss(model.forward(x), y);
    loss.backward();
    opt.step();
    sched.step();
    mse = loss.item();
    if (log && (epoch % logEvery === 0 || epoch === epochs)) log(epoch, mse);
  }
  return { mse, model };
}
