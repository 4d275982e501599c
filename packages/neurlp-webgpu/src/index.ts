/// <reference types="@webgpu/types" preserve="true" />
// The declarations use WebGPU globals (GPUDevice, ...): consumers get their types through this reference.
import { type RegisterOptions, registerBackend } from "@mechanist/neurlp";
import { createWebGPUBackend, type WebGPUBackendOptions } from "./backend.js";

export {
  createWebGPUBackend,
  type Solver,
  type WebGPUBackend,
  type WebGPUBackendOptions,
  type WebGPUFactor,
} from "./backend.js";
export { WebGPUDeviceLostError, WebGPUUnavailableError } from "./errors.js";
export type { Arithmetic } from "./wgsl/arith.js";

/**
 * Register the WebGPU backend with the NeuRLP registry under `options.name` (default "webgpu").
 * Nothing is acquired until the backend is first used; then a missing adapter is a
 * `WebGPUUnavailableError` (no fallback to the CPU backend). Default priority −1: it is used when
 * named (`solveODE(x, { backend: "webgpu" })`), not chosen by default over "cpu".
 */
export function registerWebGPU(options: WebGPUBackendOptions & RegisterOptions = {}): string {
  const { priority = -1, override, ...backendOptions } = options;
  const name = backendOptions.name ?? "webgpu";
  registerBackend(name, () => createWebGPUBackend(backendOptions), { priority, override });
  return name;
}

/**
 * The backend-package convention (docs/writing-a-backend.md in @mechanist/neurlp): `register()` registers
 * this backend under its default name and returns that name. `mechanist --backend NAME` calls it.
 */
export { registerWebGPU as register };
