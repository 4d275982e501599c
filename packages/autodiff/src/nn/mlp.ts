import { InvalidArgumentError } from "../errors.js";
import { checkOptionKeys, MLP_KEYS } from "../option-keys.js";
import type { Rng } from "../rng.js";
import type { DType, Tensor } from "../tensor.js";
import { type ActivationName, activations } from "./activations.js";
import type { InitName } from "./init.js";
import { Linear } from "./linear.js";
import { Module } from "./module.js";

export interface MLPOptions {
  activation?: ActivationName;
  rng: Rng;
  /** Default: "he" for relu/gelu, "xavier" otherwise. */
  init?: InitName;
  /** Applied after the last layer (default identity). */
  outputActivation?: ActivationName;
  dtype?: DType;
}

/** Fully connected network: sizes [in, hidden..., out], activation between layers. */
export class MLP extends Module {
  readonly layers: Linear[];
  readonly activation: ActivationName;
  readonly outputActivation: ActivationName;

  constructor(sizes: readonly number[], opts: MLPOptions) {
    super();
    checkOptionKeys(opts, MLP_KEYS, "MLP options");
    if (sizes.length < 2 || !sizes.every((n) => Number.isInteger(n) && n > 0)) {
      throw new InvalidArgumentError(`MLP: sizes must be ≥2 positive integers, got [${sizes.join(", ")}]`);
    }
    this.activation = opts.activation ?? "tanh";
    this.outputActivation = opts.outputActivation ?? "identity";
    // Own keys only: "constructor" or "toString" must be unknown activations, not Object.prototype members.
    for (const name of [this.activation, this.outputActivation])
      if (!Object.hasOwn(activations, name))
        throw new InvalidArgumentError(
          `MLP: unknown activation "${name}"; use one of ${Object.keys(activations).join(", ")}`,
        );
    const init = opts.init ?? (this.activation === "relu" || this.activation === "gelu" ? "he" : "xavier");
    this.layers = sizes
      .slice(1)
      .map((n, i) => new Linear(sizes[i], n, { rng: opts.rng, init, dtype: opts.dtype }));
  }

  forward(x: Tensor): Tensor {
    this.layers.forEach((layer, i) => {
      x = layer.forward(x);
      x = activations[i < this.layers.length - 1 ? this.activation : this.outputActivation](x);
    });
    return x;
  }
}
