import { checkOptionKeys, SGD_KEYS } from "../option-keys.js";
import type { Tensor } from "../tensor.js";
import { Optimizer } from "./optimizer.js";

export interface SGDOptions {
  lr: number;
  momentum?: number;
  weightDecay?: number;
  nesterov?: boolean;
}

/** SGD with optional (Nesterov) momentum and L2 weight decay, as in PyTorch: v = μv + g; p -= lr·v. */
export class SGD extends Optimizer {
  momentum: number;
  weightDecay: number;
  nesterov: boolean;

  constructor(params: Iterable<Tensor>, opts: SGDOptions) {
    checkOptionKeys(opts, SGD_KEYS, "SGD options");
    super(params, opts.lr);
    this.momentum = opts.momentum ?? 0;
    this.weightDecay = opts.weightDecay ?? 0;
    this.nesterov = opts.nesterov ?? false;
  }

  protected hyper() {
    return { momentum: this.momentum, weightDecay: this.weightDecay, nesterov: this.nesterov };
  }

  protected update(i: number, p: Float64Array | Float32Array, g: Float64Array | Float32Array): void {
    const { lr, momentum: mu, weightDecay: wd } = this;
    const v = mu ? this.buffer("momentum")[i] : null;
    for (let j = 0; j < p.length; j++) {
      let d = g[j] + wd * p[j];
      if (v) {
        v[j] = mu * v[j] + d; // buffers start at 0, so step 1 gives v = d as in PyTorch
        d = this.nesterov ? d + mu * v[j] : v[j];
      }
      p[j] -= lr * d;
    }
  }
}
