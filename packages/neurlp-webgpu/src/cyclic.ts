import type { BandLayout, FloatArray } from "@mechanist/neurlp";
import type { GpuContext } from "./device.js";
import { pack } from "./pack.js";
import { singularError } from "./sequential.js";
import { type Arithmetic, wordsPer } from "./wgsl/arith.js";
import {
  CR_ONE_AT,
  crFactorEvenWgsl,
  crFactorOddWgsl,
  crSolveBackOddWgsl,
  crSolveForwardEvenWgsl,
  crSolveForwardOddWgsl,
} from "./wgsl/cyclic.js";

/** Device buffers of a block-cyclic-reduction factor (see wgsl/cyclic.ts for what each holds). */
export interface CyclicFactor {
  kind: "cyclic-reduction";
  /** Super-block size m = W·n and number of super-blocks Nb = ⌈N / W⌉. */
  m: number;
  Nb: number;
  A: GPUBuffer;
  B: GPUBuffer;
  Z: GPUBuffer;
  invDiag: GPUBuffer;
}

/** One level of the reduction: stride s, first odd block, and the odd/even block counts. */
interface Level {
  stride: number;
  start: number;
  odd: number;
  even: number;
}

/** Levels 0 … L−1 (stride 2^ℓ) while blocks remain to pair, then the last one: block 0 alone. */
export function levels(Nb: number): Level[] {
  const out: Level[] = [];
  let stride = 1;
  for (; stride < Nb; stride *= 2) {
    out.push({
      stride,
      start: stride,
      odd: Math.ceil((Nb - stride) / (2 * stride)),
      even: Math.ceil(Nb / (2 * stride)),
    });
  }
  out.push({ stride, start: 0, odd: 1, even: 0 });
  return out;
}

/**
 * The row band (`[batch, N, n, (W+1)n]`, lower blocks) regrouped into super-blocks of m = W·n rows:
 * A_g = M[g, g] (full, both triangles) and B_g = M[g, g − 1], so the matrix is block tridiagonal.
 * Grid points past N (when W does not divide N) get an identity diagonal and no coupling.
 */
export function superBlocks(
  data: FloatArray,
  layout: BandLayout,
): { A: Float64Array; B: Float64Array; Nb: number } {
  const { batch, N, n, W } = layout;
  const m = W * n;
  const Nb = Math.ceil(N / W);
  const RL = (W + 1) * n;
  const A = new Float64Array(batch * Nb * m * m);
  const B = new Float64Array(batch * Nb * m * m);
  for (let b = 0; b < batch; b++) {
    for (let g = 0; g < Nb; g++) {
      const o = (b * Nb + g) * m * m;
      for (let a = 0; a < W; a++) {
        const p = W * g + a;
        for (let r = 0; r < n; r++) {
          const row = a * n + r;
          if (p >= N) {
            A[o + row * m + row] = 1;
            continue;
          }
          const src = ((b * N + p) * n + r) * RL;
          // A: columns of points W·g … p (band block j = q − p + W), lower triangle mirrored
          for (let a2 = 0; a2 <= a; a2++) {
            const j = a2 - a + W;
            for (let c = 0; c < n; c++) {
              if (a2 === a && c > r) break;
              const v = data[src + j * n + c]!;
              A[o + row * m + a2 * n + c] = v;
              A[o + (a2 * n + c) * m + row] = v;
            }
          }
          // B: columns of points W·(g−1) + a2 with a2 ≥ a (j = a2 − a ≤ W); the rest is outside the band
          if (g === 0) continue;
          for (let a2 = a; a2 < W; a2++) {
            const j = a2 - a;
            for (let c = 0; c < n; c++) B[o + row * m + a2 * n + c] = data[src + j * n + c]!;
          }
        }
      }
    }
  }
  return { A, B, Nb };
}

function bindSome(
  ctx: GpuContext,
  pipe: GPUComputePipeline,
  entries: Array<[number, GPUBuffer]>,
): GPUBindGroup {
  return ctx.device.createBindGroup({
    layout: pipe.getBindGroupLayout(0),
    entries: entries.map(([binding, buffer]) => ({ binding, resource: { buffer } })),
  });
}

function crUniform(
  ctx: GpuContext,
  count: number,
  Nb: number,
  lv: Level,
  start: number,
  batch: number,
  factorBatch: number,
): GPUBuffer {
  return ctx.uniform([count, Nb, lv.stride, start, batch, factorBatch, 0, 0], CR_ONE_AT);
}

/** Factor every matrix of the band by block cyclic reduction: ⌈log₂ Nb⌉ + 1 levels, two dispatches each. */
export async function factorCyclic(
  ctx: GpuContext,
  layout: BandLayout,
  arith: Arithmetic,
  data: FloatArray,
): Promise<CyclicFactor> {
  const { batch, n, W } = layout;
  const m = W * n;
  const { A: A64, B: B64, Nb } = superBlocks(data, layout);
  const [odd, even] = await Promise.all([
    ctx.pipeline(`cr-factor-odd/${arith}/${m}`, () => crFactorOddWgsl(arith, m)),
    ctx.pipeline(`cr-factor-even/${arith}/${m}`, () => crFactorEvenWgsl(arith, m)),
  ]);
  const A = ctx.upload(pack(A64, arith));
  const B = ctx.upload(pack(B64, arith));
  const Z = ctx.acquire(A64.length * wordsPer(arith) * 4);
  const invDiag = ctx.acquire(batch * Nb * m * wordsPer(arith) * 4);
  const status = ctx.acquire(batch * Nb * 8);
  const temps: GPUBuffer[] = [];
  const out = await ctx.runAndRead(
    (enc) => {
      const pass = enc.beginComputePass();
      for (const lv of levels(Nb)) {
        const u1 = crUniform(ctx, lv.odd, Nb, lv, lv.start, batch, 1);
        temps.push(u1);
        ctx.dispatch(pass, odd, ctx.bind(odd, [u1, A, B, Z, invDiag, status]), batch * lv.odd);
        if (lv.even > 0) {
          const u2 = crUniform(ctx, lv.even, Nb, lv, 0, batch, 1);
          temps.push(u2);
          ctx.dispatch(pass, even, ctx.bind(even, [u2, A, B, Z]), batch * lv.even);
        }
      }
      pass.end();
    },
    status,
    batch * Nb * 8,
  );
  for (const t of temps) t.destroy();
  ctx.release(status);
  const st = new Uint32Array(out);
  const pivots = new Float32Array(out);
  for (let i = 0; i < batch * Nb; i++) {
    if (st[2 * i] !== 0) {
      ctx.release(A, B, Z, invDiag);
      const b = Math.floor(i / Nb);
      const row = (i % Nb) * m + st[2 * i]! - 1;
      throw singularError(b, row, pivots[2 * i + 1]!, n, "block cyclic reduction (Schur complement)");
    }
  }
  return { kind: "cyclic-reduction", m, Nb, A, B, Z, invDiag };
}

/**
 * Record the solve of `count` right-hand sides (`x` holds them, `[count, Nb, m]` packed, padded past
 * N with zeros) in place: forward elimination up the levels, back substitution down them.
 */
export async function substituteCyclic(
  ctx: GpuContext,
  layout: BandLayout,
  arith: Arithmetic,
  f: CyclicFactor,
  x: GPUBuffer,
  count: number,
): Promise<(pass: GPUComputePassEncoder) => GPUBuffer[]> {
  const { m, Nb } = f;
  const [fOdd, fEven, bOdd] = await Promise.all([
    ctx.pipeline(`cr-fwd-odd/${arith}/${m}`, () => crSolveForwardOddWgsl(arith, m)),
    ctx.pipeline(`cr-fwd-even/${arith}/${m}`, () => crSolveForwardEvenWgsl(arith, m)),
    ctx.pipeline(`cr-back-odd/${arith}/${m}`, () => crSolveBackOddWgsl(arith, m)),
  ]);
  const fb = layout.batch;
  return (pass) => {
    const temps: GPUBuffer[] = [];
    const lvs = levels(Nb);
    const run = (pipe: GPUComputePipeline, lv: Level, even: boolean, bind: Array<[number, GPUBuffer]>) => {
      const blocks = even ? lv.even : lv.odd;
      const u = crUniform(ctx, blocks, Nb, lv, even ? 0 : lv.start, count, fb);
      temps.push(u);
      ctx.dispatch(pass, pipe, bindSome(ctx, pipe, [[0, u], ...bind]), count * blocks);
    };
    const oddBind: Array<[number, GPUBuffer]> = [
      [1, f.A],
      [4, f.invDiag],
      [5, x],
    ];
    for (const lv of lvs) {
      run(fOdd, lv, false, oddBind);
      if (lv.even > 0)
        run(fEven, lv, true, [
          [2, f.B],
          [3, f.Z],
          [5, x],
        ]);
    }
    for (let l = lvs.length - 1; l >= 0; l--) {
      run(bOdd, lvs[l]!, false, [
        [1, f.A],
        [2, f.B],
        [3, f.Z],
        [4, f.invDiag],
        [5, x],
      ]);
    }
    return temps;
  };
}
