import { type BandLayout, NeurlpSingularError } from "@mechanist/neurlp";
import type { GpuContext } from "./device.js";
import { type Arithmetic, wordsPer } from "./wgsl/arith.js";
import { choleskyWgsl, substituteWgsl } from "./wgsl/cholesky.js";
import type { ShapeClass } from "./wgsl/shape.js";

/** Device buffers of a sequential (banded Cholesky) factor. */
export interface SequentialFactor {
  kind: "sequential";
  L: GPUBuffer;
  invDiag: GPUBuffer;
}

export function bandShape(layout: BandLayout, arith: Arithmetic): ShapeClass {
  // D, K, E do not enter the factor kernels; only n and W do.
  return { arith, n: layout.n, W: layout.W, D: 1, K: layout.n, E: 1 };
}

export function singularError(
  b: number,
  row: number,
  pivot: number,
  n: number,
  where: string,
): NeurlpSingularError {
  const step = Math.floor(row / n);
  return new NeurlpSingularError(
    `singular normal matrix (webgpu, ${where}): pivot ${pivot} at batch element ${b}, step ${step}, row ${row % n} of the step's block (row = d·K + k) — the least-squares problem has no unique solution there at the kernels' precision (check coefficients, steps, weights and initial values; arithmetic "df32" holds more than "f32")`,
    b,
    step,
    row % n,
    pivot,
  );
}

/** Factor every matrix of `band` (packed words, already on the device in `L`) in place. */
export async function factorSequential(
  ctx: GpuContext,
  layout: BandLayout,
  arith: Arithmetic,
  L: GPUBuffer,
): Promise<SequentialFactor> {
  const { batch, N, n } = layout;
  const sc = bandShape(layout, arith);
  const pipe = await ctx.pipeline(`cholesky/${arith}/${n}/${layout.W}`, () => choleskyWgsl(sc));
  const invDiag = ctx.acquire(batch * N * n * wordsPer(arith) * 4);
  const status = ctx.acquire(batch * 8);
  const params = ctx.uniform([batch, N, 0, 0], 2);
  const out = await ctx.runAndRead(
    (enc) => {
      const pass = enc.beginComputePass();
      ctx.dispatch(pass, pipe, ctx.bind(pipe, [params, L, invDiag, status]), batch);
      pass.end();
    },
    status,
    batch * 8,
  );
  params.destroy();
  ctx.release(status);
  const st = new Uint32Array(out);
  const pivots = new Float32Array(out);
  for (let b = 0; b < batch; b++) {
    if (st[2 * b] !== 0) {
      ctx.release(L, invDiag);
      throw singularError(b, st[2 * b]! - 1, pivots[2 * b + 1]!, n, "banded Cholesky");
    }
  }
  return { kind: "sequential", L, invDiag };
}

/** Record the substitution of `count` right-hand sides (`rhs` → `x`, packed words). */
export async function substituteSequential(
  ctx: GpuContext,
  layout: BandLayout,
  arith: Arithmetic,
  f: SequentialFactor,
  rhs: GPUBuffer,
  x: GPUBuffer,
  count: number,
): Promise<(pass: GPUComputePassEncoder) => GPUBuffer[]> {
  const sc = bandShape(layout, arith);
  const pipe = await ctx.pipeline(`substitute/${arith}/${layout.n}/${layout.W}`, () => substituteWgsl(sc));
  return (pass) => {
    const params = ctx.uniform([count, layout.N, layout.batch, 0], 3);
    ctx.dispatch(pass, pipe, ctx.bind(pipe, [params, f.L, f.invDiag, rhs, x]), count);
    return [params];
  };
}
