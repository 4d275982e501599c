export { type ActivationName, activations } from "./activations.js";
export { type InitName, initWeight } from "./init.js";
export { Linear, type LinearOptions } from "./linear.js";
export { mseLoss } from "./loss.js";
export { MLP, type MLPOptions } from "./mlp.js";
export { Module } from "./module.js";
export { loadParameters, type SavedParameters, type SavedTensor, saveParameters } from "./serialize.js";
