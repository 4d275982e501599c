// JS side of the WebAssembly SIMD matmul (kernels in matmul.wat): feature detection, one growable memory,
// copying operands in and the result out, and the cache-blocking loops around the wasm pack/block calls.
import { MATMUL_WASM_BASE64 } from "./matmul-wasm.js";

type Buf = Float64Array | Float32Array;
type Fn7 = (a: number, b: number, c: number, d: number, e: number, f: number, g: number) => void;
// The few WebAssembly JS-API members used here (the repo's TypeScript lib is ES2022 only, without DOM).
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
interface Kernels {
  memory: WasmMemory;
  pack64: Fn7;
  pack32: Fn7;
  block64: Fn7;
  block32: Fn7;
}

/**
 * When matmul uses the wasm kernels: `enabled` (default true; false forces the JS loop) and `minWork`, the
 * m·k·n below which the JS loop is used because the call, copy and packing overheads dominate.
 * Block sizes (elements): kc is the depth of one packed block, mc its rows, nc its columns.
 */
export const wasmGemmConfig = { enabled: true, minWork: 8192, kc: 256, mc: 64, nc: 1024 };

let kernels: Kernels | null | undefined; // undefined: not tried yet; null: unavailable
let heap64 = new Float64Array(0);
let heap32 = new Float32Array(0);

function load(): Kernels | null {
  if (kernels !== undefined) return kernels;
  kernels = null;
  const wa = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (wa === undefined) return null;
  const bytes = Uint8Array.from(atob(MATMUL_WASM_BASE64), (ch) => ch.charCodeAt(0));
  // validate() fails where SIMD (or bulk memory) is unsupported; the module is small, so compiling
  // synchronously is allowed everywhere, browsers' main thread included.
  if (!wa.validate(bytes)) return null;
  kernels = new wa.Instance(new wa.Module(bytes)).exports as unknown as Kernels;
  return kernels;
}

/** Whether this runtime has WebAssembly with SIMD (so large matmuls run in the wasm kernels). */
export const wasmSimdAvailable = (): boolean => load() !== null;

const align = (bytes: number): number => Math.ceil(bytes / 64) * 64;

/** Make the memory at least `bytes` long; false if it cannot grow (then the caller falls back to JS). */
function reserve(memory: WasmMemory, bytes: number): boolean {
  if (bytes > 2 ** 31) return false;
  const have = memory.buffer.byteLength;
  if (bytes > have) {
    try {
      memory.grow(Math.ceil((bytes - have) / 65536));
    } catch {
      return false;
    }
  }
  if (heap64.buffer !== memory.buffer) {
    heap64 = new Float64Array(memory.buffer);
    heap32 = new Float32Array(memory.buffer);
  }
  return true;
}

/**
 * C[m,n] += op(A)·op(B) in the wasm kernels, with op(A)[i,p] = a[ao + i·ars + p·acs] and
 * op(B)[p,j] = b[bo + p·brs + j·bcs] (so transposed operands need no copy). A occupies the m·k elements
 * from ao, B the k·n from bo, C is row-major m×n from co. Float32 arithmetic when C is a Float32Array,
 * else float64. Returns false, having written nothing, when wasm SIMD is unavailable or memory is short.
 */
// biome-ignore format: the argument list mirrors gemm's
export function wasmGemm(a: Buf, ao: number, ars: number, acs: number, b: Buf, bo: number, brs: number, bcs: number, c: Buf, co: number, m: number, k: number, n: number): boolean {
  const w = load();
  if (w === null || m === 0 || n === 0 || k === 0) return false;
  const f32 = c instanceof Float32Array;
  const es = f32 ? 4 : 8;
  const nr = f32 ? 8 : 4; // micro-tile: 4 rows x nr columns
  const KC = wasmGemmConfig.kc;
  const MC = Math.ceil(wasmGemmConfig.mc / 4) * 4;
  const NC = Math.ceil(wasmGemmConfig.nc / nr) * nr;
  const mp = Math.ceil(m / 4) * 4;
  const np = Math.ceil(n / nr) * nr; // C is stored padded to whole tiles
  // byte layout: A | B | C (padded) | packed A block | packed B block
  const aAt = 0;
  const bAt = align(aAt + m * k * es);
  const cAt = align(bAt + k * n * es);
  const apAt = align(cAt + mp * np * es);
  const bpAt = align(apAt + Math.min(MC, mp) * Math.min(KC, k) * es);
  if (!reserve(w.memory, bpAt + Math.min(KC, k) * Math.min(NC, np) * es)) return false;

  const heap = f32 ? heap32 : heap64;
  const [ai, bi, ci] = [aAt / es, bAt / es, cAt / es];
  heap.set(a.subarray(ao, ao + m * k), ai);
  heap.set(b.subarray(bo, bo + k * n), bi);
  if (np === n) heap.set(c.subarray(co, co + m * n), ci);
  else {
    heap.fill(0, ci, ci + mp * np);
    for (let i = 0; i < m; i++) heap.set(c.subarray(co + i * n, co + (i + 1) * n), ci + i * np);
  }
  const pack = f32 ? w.pack32 : w.pack64;
  const block = f32 ? w.block32 : w.block64;
  for (let jc = 0; jc < n; jc += NC) {
    const nc = Math.min(NC, n - jc);
    for (let pc = 0; pc < k; pc += KC) {
      const kc = Math.min(KC, k - pc);
      // B block as nc "rows" (columns of B) of kc, into nr-wide panels
      pack(bAt + (pc * brs + jc * bcs) * es, bcs * es, brs * es, nc, kc, nr, bpAt);
      for (let ic = 0; ic < m; ic += MC) {
        const mc = Math.min(MC, m - ic);
        pack(aAt + (ic * ars + pc * acs) * es, ars * es, acs * es, mc, kc, 4, apAt);
        block(apAt, bpAt, cAt + (ic * np + jc) * es, np * es, mc, nc, kc);
      }
    }
  }
  if (np === n) c.set(heap.subarray(ci, ci + m * n), co);
  else for (let i = 0; i < m; i++) c.set(heap.subarray(ci + i * np, ci + i * np + n), co + i * n);
  return true;
}
