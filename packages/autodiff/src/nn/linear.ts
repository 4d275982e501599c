import { matmul } from "../ops/matmul.js";
import { checkOptionKeys, LINEAR_KEYS } from "../option-keys.js";
import type { Rng } from "../rng.js";
import { type DType, type Tensor, zeros } from "../tensor.js";
import { type InitName, initWeight } from "./init.js";
import { Module } from "./module.js";

export interface LinearOptions {
  rng: Rng;
  bias?: boolean;
  init?: InitName;
  dtype?: DType;
}

/** y = x @ weight + bias, with weight stored [inFeatures, outFeatures] so no transpose is needed. */
export class Linear extends Module {
  readonly weight: Tensor;
  readonly bias: Tensor | null;

  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    opts: LinearOptions,
  ) {
    super();
    checkOptionKeys(opts, LINEAR_KEYS, "Linear options");
    this.weight = initWeight(inFeatures, outFeatures, opts.init ?? "xavier", opts.rng, opts.dtype);
    this.weight.requiresGrad = true;
    this.bias = opts.bias === false ? null : zeros([outFeatures], { dtype: opts.dtype, requiresGrad: true });
  }

  forward(x: Tensor): Tensor {
    const y = matmul(x, this.weight);
    return this.bias ? y.add(this.bias) : y;
  }
}
