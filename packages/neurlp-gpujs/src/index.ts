export { createGpujsBackend, type GpujsBackendOptions, type GpujsMode, registerGpujs } from "./backend.js";
export type { GpujsFactor } from "./factor.js";
