export { checkFields, type Fields, framesTensor, type Window, windowBatch, windowsOf } from "./data.js";
export { Conv1d, ResNet1d, type ResNetOptions } from "./layers.js";
export { KdvConvNet, KdvMechanisticModel } from "./model.js";
export type { KdvModelOptions, KdvPreset, KdvTrainOptions } from "./options.js";
export { KDV_FRAMES, KDV_PRESETS, type KdvPresetName } from "./presets.js";
export {
  type AsyncPredictor,
  nmseAt,
  nmsePerFrame,
  type Predictor,
  persistence,
  rollout,
  rolloutAsync,
} from "./rollout.js";
export {
  evaluateL1,
  evaluateL1Async,
  type KdvEpoch,
  type KdvModule,
  type KdvTrainHooks,
  type KdvTrainState,
  trainKdvModel,
  trainKdvModelAsync,
} from "./train.js";
