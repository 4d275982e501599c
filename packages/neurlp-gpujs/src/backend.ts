import {
  type BandedFactor,
  type BandedMatrix,
  type FloatArray,
  type NeurlpBackend,
  NeurlpBackendError,
  type RhsProblem,
  registerBackend,
} from "@mechanist/neurlp";
import { GPU } from "gpu.js";
import { factorSteps, type GpujsFactor } from "./factor.js";
import { KernelCache } from "./kernels.js";
import { solveSteps } from "./solve.js";
import { f32, run } from "./steps.js";

/** gpu.js modes: "webasm" (default), "cpu", "headlessgl" (Node, needs a built `gl`), "webgl2", "webgl", "webgpu", "gpu" (auto). */
export type GpujsMode = "webasm" | "cpu" | "headlessgl" | "webgl" | "webgl2" | "webgpu" | "gpu";

export interface GpujsBackendOptions {
  mode?: GpujsMode;
  /** NeuRLP registry name (default "gpujs"). */
  name?: string;
  /** A pivot must exceed this times its diagonal entry (default 1e-6, about 8 Float32 ulps). */
  pivotTolerance?: number;
}

/**
 * A NeuRLP backend whose factor, solve and right-hand-side kernels are gpu.js kernels (Float32).
 * It has no `assembleMatrix`: the core assembles the band on the host in Float64, which it needs
 * anyway for iterative refinement, and rounding the equilibrated band once is more accurate than
 * assembling in Float32.
 */
export async function createGpujsBackend(options: GpujsBackendOptions = {}): Promise<NeurlpBackend> {
  const mode = options.mode ?? "webasm";
  const name = options.name ?? "gpujs";
  const pivotTolerance = options.pivotTolerance ?? 1e-6;
  if (mode === "webgpu" && !(await GPU.isWebGPUAvailable?.())) {
    throw new NeurlpBackendError(
      `${name}: gpu.js "webgpu" mode needs navigator.gpu (in Node, install a navigator.gpu shim from the "webgpu" package first: see the README)`,
    );
  }
  let gpu: GPU;
  try {
    gpu = new GPU({ mode: mode as never });
  } catch (err) {
    throw new NeurlpBackendError(
      `${name}: gpu.js mode "${mode}" is not available here: ${(err as Error).message}`,
    );
  }
  const kernels = new KernelCache(gpu);
  // probe once so an unusable mode fails at creation (and the registry reports it), not mid-solve
  const probe = kernels.get("gaussJordanStep", 1, { n: 1, shared: 0 });
  const probed = f32(await probe(new Float32Array([2]), 0));
  if (Math.abs(probed[0]! - 0.5) > 1e-6) {
    throw new NeurlpBackendError(`${name}: gpu.js mode "${mode}" computed 1/2 = ${probed[0]}`);
  }

  return {
    name,
    precision: 32,
    // every mode but "webgpu" runs its kernels synchronously: the core then never awaits
    features: { parallelInTime: false, synchronous: mode !== "webgpu" },
    assembleRhs: (p: RhsProblem) => {
      const { B, N, E, D, K, nIvSteps, nIv } = p.dims;
      const k = kernels.get("assembleRhs", B * N * D * K, {
        N,
        E,
        D,
        K,
        nIvSteps,
        nIv,
        cBatch: p.coefficients.batch,
        cTime: p.coefficients.time,
        rBatch: p.rhs.batch,
        rTime: p.rhs.time,
        iBatch: p.initial.batch,
        weq2: p.weights.equation ** 2,
        wiv2: p.weights.initial ** 2,
      });
      const initial = p.initial.data.length > 0 ? p.initial.data : new Float64Array(1);
      return run(
        (function* () {
          return f32(
            yield k(
              Float32Array.from(p.coefficients.data),
              Float32Array.from(p.rhs.data),
              Float32Array.from(initial),
            ),
          );
        })(),
      );
    },
    factor: (m: BandedMatrix) => run(factorSteps(kernels, name, m, pivotTolerance)),
    // the core checks the sizes and that this is a live factor of this backend (NeurlpBackend.solve)
    solve: (f: BandedFactor, rhs: FloatArray, batch: number) =>
      run(solveSteps(kernels, f as GpujsFactor, rhs, batch)),
    dispose: () => {
      kernels.destroy();
      gpu.destroy();
    },
  };
}

/** Register a gpu.js backend under `options.name` (default "gpujs"); returns the name. */
export function registerGpujs(
  options: GpujsBackendOptions & { priority?: number; override?: boolean } = {},
): string {
  const name = options.name ?? "gpujs";
  registerBackend(name, () => createGpujsBackend({ ...options, name }), {
    priority: options.priority ?? 0,
    override: options.override,
  });
  return name;
}
