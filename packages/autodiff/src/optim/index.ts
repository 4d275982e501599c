export { Adam, type AdamOptions, AdamW } from "./adam.js";
export { Optimizer, type OptimizerState } from "./optimizer.js";
export {
  CosineAnnealingLR,
  ExponentialLR,
  LRScheduler,
  ReduceLROnPlateau,
  StepLR,
} from "./schedules.js";
export { SGD, type SGDOptions } from "./sgd.js";
