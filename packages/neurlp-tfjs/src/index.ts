export { createTfjsBackend, registerTfjs, type TfjsBackendOptions } from "./backend.js";
export type { TfjsFactor } from "./factor.js";
export type { Readback } from "./tf-runtime.js";
