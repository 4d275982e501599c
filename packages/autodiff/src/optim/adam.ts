import { ADAM_KEYS, checkOptionKeys } from "../option-keys.js";
import type { Tensor } from "../tensor.js";
import { Optimizer } from "./optimizer.js";

export interface AdamOptions {
  lr: number;
  betas?: [number, number];
  eps?: number;
  weightDecay?: number;
}

/** Adam (Kingma & Ba) with bias correction; weightDecay adds an L2 term to the gradient. */
export class Adam extends Optimizer {
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  /** AdamW applies decay to the weights directly instead of through the gradient. */
  protected decoupled = false;

  constructor(params: Iterable<Tensor>, opts: AdamOptions) {
    checkOptionKeys(opts, ADAM_KEYS, `${new.target.name} options`);
    super(params, opts.lr);
    [this.beta1, this.beta2] = opts.betas ?? [0.9, 0.999];
    this.eps = opts.eps ?? 1e-8;
    this.weightDecay = opts.weightDecay ?? 0;
  }

  protected hyper() {
    return { beta1: this.beta1, beta2: this.beta2, eps: this.eps, weightDecay: this.weightDecay };
  }

  protected update(i: number, p: Float64Array | Float32Array, g: Float64Array | Float32Array): void {
    const { lr, beta1: b1, beta2: b2, eps, weightDecay: wd } = this;
    const m = this.buffer("m")[i];
    const v = this.buffer("v")[i];
    const c1 = 1 - b1 ** this.steps;
    const c2 = 1 - b2 ** this.steps;
    for (let j = 0; j < p.length; j++) {
      let gj = g[j];
      if (this.decoupled) p[j] -= lr * wd * p[j];
      else gj += wd * p[j];
      m[j] = b1 * m[j] + (1 - b1) * gj;
      v[j] = b2 * v[j] + (1 - b2) * gj * gj;
      p[j] -= (lr * (m[j] / c1)) / (Math.sqrt(v[j] / c2) + eps);
    }
  }
}

/** Adam with decoupled weight decay (Loshchilov & Hutter); default weightDecay 0.01 as in PyTorch. */
export class AdamW extends Adam {
  protected override decoupled = true;
  constructor(params: Iterable<Tensor>, opts: AdamOptions) {
    checkOptionKeys(opts, ADAM_KEYS, "AdamW options");
    super(params, { ...opts, weightDecay: opts.weightDecay ?? 0.01 });
  }
}
