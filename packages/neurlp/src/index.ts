export type * from "./backend.js";
export { NeurlpBackendError, NeurlpShapeError, NeurlpSingularError, NeurlpValueError } from "./errors.js";
export {
  disposeBackends,
  getBackend,
  getBackendSync,
  listBackends,
  type RegisterOptions,
  registerBackend,
  unregisterBackend,
} from "./registry.js";
