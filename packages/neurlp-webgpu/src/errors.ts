import { NeurlpBackendError } from "@mechanist/neurlp";

// The core types `name` as the literal "NeurlpBackendError", so subclasses set theirs at runtime.
function named<T extends Error>(err: T, name: string): T {
  Object.defineProperty(err, "name", { value: name, enumerable: false, configurable: true, writable: true });
  return err;
}

/** No WebGPU here (no `navigator.gpu`, no adapter, or no device). The message says what to install or enable. */
export class WebGPUUnavailableError extends NeurlpBackendError {
  constructor(message: string) {
    super(message);
    named(this, "WebGPUUnavailableError");
  }
}

/** The GPU device was lost (driver reset, tab in background, `destroy()`); recreate the backend. */
export class WebGPUDeviceLostError extends NeurlpBackendError {
  constructor(message: string) {
    super(message);
    named(this, "WebGPUDeviceLostError");
  }
}
