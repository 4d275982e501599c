import type { Tensor } from "../tensor.js";

/** Mean squared error over all elements (shapes broadcast). */
export const mseLoss = (pred: Tensor, target: Tensor): Tensor => pred.sub(target).square().mean();
