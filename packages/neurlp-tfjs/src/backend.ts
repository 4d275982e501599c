import {
  type BandedFactor,
  type BandedMatrix,
  type FloatArray,
  type NeurlpBackend,
  NeurlpBackendError,
  type RhsProblem,
  registerBackend,
} from "@mechanist/neurlp";
import * as tf from "@tensorflow/tfjs-core";
import { assembleRhsOnDevice } from "./assemble.js";
import { factorTfjs, type TfjsFactor } from "./factor.js";
import { solveOnDevice } from "./solve.js";
import { type Readback, TfRuntime } from "./tf-runtime.js";

export interface TfjsBackendOptions {
  /** tfjs backend to run on: "wasm" (default), "cpu", or in browsers "webgl" / "webgpu". */
  tfBackend?: string;
  /** NeuRLP registry name (default "tfjs"). */
  name?: string;
  /** `dataSync()` ("sync", default for cpu/wasm: synchronous kernels) or `await data()` ("async"). */
  readback?: Readback;
  /** A pivot must exceed this times its diagonal entry (default 1e-6, about 8 Float32 ulps). */
  pivotTolerance?: number;
  /** Where the tfjs wasm binaries are served from (browsers only; Node loads them from node_modules). */
  wasmPaths?: string;
}

const SYNC_BY_DEFAULT = new Set(["cpu", "wasm"]);

/** Make the tfjs backend available and active once (loading the wasm backend on demand). */
async function initTf(tfBackend: string, wasmPaths?: string): Promise<void> {
  // Only tfjs-core is imported statically (a bundle of all of @tensorflow/tfjs is 3 MB); the two
  // backends that also run in Node load on demand from their optional peer packages.
  if (tfBackend === "wasm" && !tf.findBackendFactory("wasm")) {
    const wasm = await import("@tensorflow/tfjs-backend-wasm");
    if (wasmPaths) wasm.setWasmPaths(wasmPaths);
  }
  if (tfBackend === "cpu" && !tf.findBackendFactory("cpu")) await import("@tensorflow/tfjs-backend-cpu");
  if (!tf.findBackendFactory(tfBackend)) {
    throw new NeurlpBackendError(
      `tfjs backend "${tfBackend}" is not registered with tfjs: import its package first (e.g. "@tensorflow/tfjs-backend-webgl" or "@tensorflow/tfjs-backend-webgpu")`,
    );
  }
  const previous = tf.getBackend();
  if (!(await tf.setBackend(tfBackend))) {
    throw new NeurlpBackendError(`tfjs backend "${tfBackend}" failed to initialise in this environment`);
  }
  await tf.ready();
  if (previous && previous !== tfBackend) await tf.setBackend(previous);
}

/**
 * A NeuRLP backend whose factor and solve kernels are tfjs ops (Float32). It has no `assembleMatrix`:
 * the core assembles the band on the host in Float64, which it needs anyway for iterative refinement
 * of Float32 backends, and rounding the equilibrated band once is more accurate than assembling in
 * Float32. The right-hand side kernel runs in tfjs.
 */
export async function createTfjsBackend(options: TfjsBackendOptions = {}): Promise<NeurlpBackend> {
  const tfBackend = options.tfBackend ?? "wasm";
  const name = options.name ?? "tfjs";
  const readback = options.readback ?? (SYNC_BY_DEFAULT.has(tfBackend) ? "sync" : "async");
  const pivotTolerance = options.pivotTolerance ?? 1e-6;
  await initTf(tfBackend, options.wasmPaths);
  const rt = new TfRuntime(tf, tfBackend, readback);

  return {
    name,
    precision: 32,
    // "sync" readback (dataSync) returns every result directly: the core then never awaits
    features: { parallelInTime: false, synchronous: readback === "sync" },
    assembleRhs: (p: RhsProblem) => rt.read(rt.run(() => assembleRhsOnDevice(rt, p))),
    factor: (m: BandedMatrix) => factorTfjs(rt, name, m, pivotTolerance),
    // the core checks the sizes and that this is a live factor of this backend (NeurlpBackend.solve)
    solve: (f: BandedFactor, rhs: FloatArray, batch: number) =>
      rt.read(rt.run(() => solveOnDevice(rt, f as TfjsFactor, rhs, batch))),
  };
}

/** Register a tfjs-based backend under `options.name` (default "tfjs"); returns the name. */
export function registerTfjs(
  options: TfjsBackendOptions & { priority?: number; override?: boolean } = {},
): string {
  const name = options.name ?? "tfjs";
  registerBackend(name, () => createTfjsBackend({ ...options, name }), {
    priority: options.priority ?? 0,
    override: options.override,
  });
  return name;
}
