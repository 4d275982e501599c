/**
 * The backend-package convention (docs/writing-a-backend.md in @mechanist/neurlp): `register()` registers
 * this backend under its default name and returns that name. `mechanist --backend NAME` calls it.
 */
export {
  createTfjsBackend,
  registerTfjs,
  registerTfjs as register,
  type TfjsBackendOptions,
} from "./backend.js";
export type { TfjsFactor } from "./factor.js";
export type { Readback } from "./tf-runtime.js";
