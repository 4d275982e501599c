import { gelu, relu, sigmoid, tanh } from "../ops/elementwise.js";
import type { Tensor } from "../tensor.js";

export type ActivationName = "tanh" | "relu" | "gelu" | "sigmoid" | "identity";
export const activations: Record<ActivationName, (x: Tensor) => Tensor> = {
  tanh,
  relu,
  gelu,
  sigmoid,
  identity: (x) => x,
};
