// Node-only API (`@mechanist/mechanistic/node`): checkpoint files. The main entry stays browser-safe;
// `discover` and `fit` reach the same code through the "#checkpoint-io" import map.
export { type CheckpointEnvelope, readCheckpoint, writeCheckpoint } from "./checkpoint.js";
