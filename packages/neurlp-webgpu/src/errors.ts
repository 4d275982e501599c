import { NeurlpBackendError } from "@mechanist/neurlp";

/** No WebGPU here (no `navigator.gpu`, no adapter, or no device). The message says what to install or enable. */
export class WebGPUUnavailableError extends NeurlpBackendError {
  override name = "WebGPUUnavailableError";
}

/** The GPU device was lost (driver reset, tab in background, `destroy()`); recreate the backend. */
export class WebGPUDeviceLostError extends NeurlpBackendError {
  override name = "WebGPUDeviceLostError";
}
