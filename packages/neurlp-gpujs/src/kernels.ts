import type { GPU, IKernelRunShortcut, KernelFunction } from "gpu.js";

/**
 * The gpu.js kernels. Each thread computes one Float32 output entry; outputs are 1-D and indexed
 * (b, i, c) = batch element, row, column of an n×n block (or (b, c) for vectors). gpu.js compiles
 * the same JavaScript bodies for every mode (cpu, webasm, WebGL, WebGPU); only `this.thread`,
 * `this.constants`, loops with constant bounds and Math are used. `shared` is 1 when one factor
 * serves every right-hand side (factor batch 1).
 */

type This = { thread: { x: number }; constants: { n: number; shared: number } };

/** out = A_blk − L·Gᵀ, A_blk an n×n block at `aOff` of rows of stride `aStride`; `sym` reads only A's lower triangle. */
function subLGt(
  this: This,
  A: number[],
  aStride: number,
  aOff: number,
  sym: number,
  L: number[],
  G: number[],
) {
  const n = this.constants.n;
  const b = Math.floor(this.thread.x / (n * n));
  const i = Math.floor(this.thread.x / n) % n;
  const c = this.thread.x % n;
  let r = i;
  let k = c;
  if (sym > 0 && c > i) {
    r = c;
    k = i;
  }
  let v = A[(b * n + r) * aStride + aOff + k];
  for (let m = 0; m < this.constants.n; m++) v -= L[(b * n + i) * n + m] * G[(b * n + c) * n + m];
  return v;
}

/** out = A_blk · Dinv (A_blk as in `subLGt`). */
function mulDinv(this: This, A: number[], aStride: number, aOff: number, Dinv: number[]) {
  const n = this.constants.n;
  const b = Math.floor(this.thread.x / (n * n));
  const i = Math.floor(this.thread.x / n) % n;
  const c = this.thread.x % n;
  let v = 0;
  for (let m = 0; m < this.constants.n; m++)
    v += A[(b * n + i) * aStride + aOff + m] * Dinv[(b * n + m) * n + c];
  return v;
}

/** One in-place Gauss–Jordan step on pivot k: A ← A − (a_{:,k} − e_k)(a_{k,:} + e_kᵀ)/a_kk. */
function gaussJordanStep(this: This, A: number[], k: number) {
  const n = this.constants.n;
  const b = Math.floor(this.thread.x / (n * n));
  const i = Math.floor(this.thread.x / n) % n;
  const c = this.thread.x % n;
  const base = b * n * n;
  let col = A[base + i * n + k];
  if (i === k) col -= 1;
  let row = A[base + k * n + c];
  if (c === k) row += 1;
  return A[base + i * n + c] - (col * row) / A[base + k * n + k];
}

/** Forward substitution step: y = r − L_a y_a − L_b y_b (vectors [count, n], blocks [factors, n, n]). */
function forwardStep(this: This, r: number[], La: number[], ya: number[], Lb: number[], yb: number[]) {
  const n = this.constants.n;
  const b = Math.floor(this.thread.x / n);
  const c = this.thread.x % n;
  const f = this.constants.shared > 0 ? 0 : b;
  let v = r[b * n + c];
  for (let m = 0; m < this.constants.n; m++) {
    v -= La[(f * n + c) * n + m] * ya[b * n + m] + Lb[(f * n + c) * n + m] * yb[b * n + m];
  }
  return v;
}

/** Back substitution step: x = D⁻¹y − L_aᵀ x_a − L_bᵀ x_b. */
function backStep(
  this: This,
  y: number[],
  Dinv: number[],
  La: number[],
  xa: number[],
  Lb: number[],
  xb: number[],
) {
  const n = this.constants.n;
  const b = Math.floor(this.thread.x / n);
  const c = this.thread.x % n;
  const f = this.constants.shared > 0 ? 0 : b;
  let v = 0;
  for (let m = 0; m < this.constants.n; m++) {
    v += Dinv[(f * n + c) * n + m] * y[b * n + m];
    v -= La[(f * n + m) * n + c] * xa[b * n + m] + Lb[(f * n + m) * n + c] * xb[b * n + m];
  }
  return v;
}

/**
 * Normal right-hand side, thread (b, s, r): w_eq² Σ_e rhs·c + w_iv² · initial. Constants are read
 * as `this.constants.x` everywhere: gpu.js compiles only that form (an alias such as
 * `const k = this.constants` fails to compile in every mode).
 */
function assembleRhs(
  this: {
    thread: { x: number };
    constants: {
      N: number;
      E: number;
      D: number;
      K: number;
      nIvSteps: number;
      nIv: number;
      cBatch: number;
      cTime: number;
      rBatch: number;
      rTime: number;
      iBatch: number;
      weq2: number;
      wiv2: number;
    };
  },
  coef: number[],
  rhs: number[],
  initial: number[],
) {
  const n = this.constants.D * this.constants.K;
  const b = Math.floor(this.thread.x / (this.constants.N * n));
  const s = Math.floor(this.thread.x / n) % this.constants.N;
  const r = this.thread.x % n;
  let cb = b;
  if (this.constants.cBatch === 1) cb = 0;
  let cs = s;
  if (this.constants.cTime === 1) cs = 0;
  let rb = b;
  if (this.constants.rBatch === 1) rb = 0;
  let rs = s;
  if (this.constants.rTime === 1) rs = 0;
  let v = 0;
  for (let e = 0; e < this.constants.E; e++) {
    const c = coef[((cb * this.constants.cTime + cs) * this.constants.E + e) * n + r];
    v += rhs[(rb * this.constants.rTime + rs) * this.constants.E + e] * c;
  }
  v *= this.constants.weq2;
  const d = Math.floor(r / this.constants.K);
  const o = r % this.constants.K;
  if (s < this.constants.nIvSteps && o < this.constants.nIv) {
    let ib = b;
    if (this.constants.iBatch === 1) ib = 0;
    const at = ((ib * this.constants.nIvSteps + s) * this.constants.D + d) * this.constants.nIv + o;
    v += this.constants.wiv2 * initial[at];
  }
  return v;
}

export const KERNELS = { subLGt, mulDinv, gaussJordanStep, forwardStep, backStep, assembleRhs };
export type KernelName = keyof typeof KERNELS;

/** Compiles kernels on first use per (kernel, output length, constants) and keeps them. */
export class KernelCache {
  private readonly cache = new Map<string, IKernelRunShortcut>();
  constructor(private readonly gpu: GPU) {}

  get(name: KernelName, length: number, constants: Record<string, number>): IKernelRunShortcut {
    const key = `${name}|${length}|${JSON.stringify(constants)}`;
    let k = this.cache.get(key);
    if (!k) {
      k = this.gpu.createKernel(KERNELS[name] as unknown as KernelFunction, {
        output: [length],
        constants,
        precision: "single",
        dynamicArguments: true,
      });
      this.cache.set(key, k);
    }
    return k;
  }

  destroy(): void {
    for (const k of this.cache.values()) k.destroy();
    this.cache.clear();
  }
}
