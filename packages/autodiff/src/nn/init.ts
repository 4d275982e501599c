import type { Rng } from "../rng.js";
import { type DType, rand, randn, type Tensor } from "../tensor.js";

export type InitName = "xavier" | "he";

/**
 * Weight for a [fanIn, fanOut] layer. Xavier/Glorot uniform keeps activations' variance for tanh/sigmoid;
 * He/Kaiming normal (std sqrt(2/fanIn)) does the same for ReLU-like activations.
 */
export function initWeight(
  fanIn: number,
  fanOut: number,
  init: InitName,
  rng: Rng,
  dtype: DType = "float64",
): Tensor {
  if (init === "he") return randn([fanIn, fanOut], rng, { dtype }).mul(Math.sqrt(2 / fanIn));
  const a = Math.sqrt(6 / (fanIn + fanOut));
  return rand([fanIn, fanOut], rng, { low: -a, high: a, dtype });
}
