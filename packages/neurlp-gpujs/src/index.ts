/**
 * The backend-package convention (docs/writing-a-backend.md in @mechanist/neurlp): `register()` registers
 * this backend under its default name and returns that name. `mechanist --backend NAME` calls it.
 */
export {
  createGpujsBackend,
  type GpujsBackendOptions,
  type GpujsMode,
  registerGpujs,
  registerGpujs as register,
} from "./backend.js";
export type { GpujsFactor } from "./factor.js";
