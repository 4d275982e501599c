import { NeurlpBackendError } from "@mechanist/neurlp";
import type * as tfns from "@tensorflow/tfjs-core";

/**
 * The tfjs engine is global: one active backend at a time. A NeuRLP tfjs backend is bound to one
 * tfjs backend ("cpu", "wasm", "webgl", "webgpu", ...) and switches to it for the duration of each
 * kernel, then switches back, so user code that uses tfjs on another backend is not disturbed.
 */

export type Tf = typeof tfns;

/** How results come back to the host: `dataSync()` (synchronous kernels) or `await data()`. */
export type Readback = "sync" | "async";

export class TfRuntime {
  constructor(
    readonly tf: Tf,
    readonly tfBackend: string,
    readonly readback: Readback,
  ) {}

  /** Run `fn` with the bound tfjs backend active. Initialised backends switch synchronously. */
  run<T>(fn: () => T): T {
    const tf = this.tf;
    const previous = tf.getBackend();
    if (previous !== this.tfBackend) this.activate();
    try {
      return fn();
    } finally {
      if (previous && previous !== this.tfBackend) void tf.setBackend(previous);
    }
  }

  private activate(): void {
    // `setBackend` is async, but for a backend that is already initialised its body completes
    // before the returned promise, so the switch is effective immediately. Verify it.
    void this.tf.setBackend(this.tfBackend);
    if (this.tf.getBackend() !== this.tfBackend) {
      throw new NeurlpBackendError(
        `tfjs backend "${this.tfBackend}" is not initialised: create the NeuRLP backend with await getBackend(name) first`,
      );
    }
  }

  /** Read a tensor as Float32Array (and dispose it), synchronously or not per `readback`. */
  read(t: tfns.Tensor): Float32Array | Promise<Float32Array> {
    if (this.readback === "sync") {
      const v = t.dataSync() as Float32Array;
      t.dispose();
      return v;
    }
    return (t.data() as Promise<Float32Array>).then((v) => {
      t.dispose();
      return v;
    });
  }
}

/** Apply `then` to a value that may be a promise, staying synchronous when it is not. */
export function chain<T, U>(v: T | Promise<T>, then: (x: T) => U): U | Promise<U> {
  return v instanceof Promise ? v.then(then) : then(v);
}
