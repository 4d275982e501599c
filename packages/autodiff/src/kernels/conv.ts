// conv1d lowered to matrix products (the op itself, its checks and its tape record are in ops/conv.ts): a
// group of examples is one wide gemm W[O, C·K] · cols[C·K, nb·Lo]; the weight gradient one more; the input
// gradient either a convolution of the output gradient with the flipped kernel (circular, stride 1, length
// kept) or a gemm scattered back by col2im.
import { gemm, gemmStrided } from "../ops/matmul.js";
import { allocData } from "../tensor.js";
import { col2im, im2col, tapRuns, tapSources } from "./im2col.js";

type Buf = Float64Array | Float32Array;
export interface Geometry {
  B: number;
  C: number;
  L: number;
  O: number;
  K: number;
  Lo: number;
  /** The taps' runs of consecutive input positions (kernels/im2col.ts). */
  runs: Int32Array[];
  /** The taps' runs of the input gradient as a convolution of the output gradient, when it is one. */
  adjoint: Int32Array[] | null;
  /** Examples lowered together: their columns side by side make one wide gemm instead of one per example. */
  group: number;
}

/**
 * `maxColumns`: the most elements of one im2col matrix. Examples are lowered together (their columns side by
 * side, one wide gemm instead of one small gemm per example) up to this size, which bounds the memory.
 */
export const conv1dConfig = { maxColumns: 2 ** 20 };

/**
 * Work buffers reused from call to call (grow-only; callers index below `size` and never read `.length`):
 * fresh megabyte-sized arrays on every call cost more in page faults than the lowering itself.
 */
const buffers = new Map<string, Buf>();
function scratch(dtype: "float64" | "float32", slot: string, size: number): Buf {
  const key = `${dtype} ${slot}`;
  const have = buffers.get(key);
  if (have && have.length >= size) return have;
  const fresh = allocData(dtype, size);
  buffers.set(key, fresh);
  return fresh;
}

export const groupSize = (CK: number, Lo: number, B: number): number =>
  Math.max(1, Math.min(B, Math.floor(conv1dConfig.maxColumns / (CK * Lo))));

/** im2col of examples b0..b0+nb−1 side by side: cols[(c·K + j)·(nb·Lo) + e·Lo + t]. */
function lowerGroup(x: Buf, g: Geometry, b0: number, nb: number, cols: Buf): void {
  const { C, L, Lo, runs } = g;
  // each example's [C·K, Lo] block is written with row stride nb·Lo through a per-example view
  for (let e = 0; e < nb; e++) im2col(x, (b0 + e) * C * L, C, L, runs, cols, e * Lo, nb * Lo);
}

/** y[b, o, t] = bias[o] + Σ W[o, c·K + j] · cols: one gemm W[O, C·K] · cols[C·K, nb·Lo] per group. */
export function convForward(
  x: Buf,
  w: Buf,
  bias: Buf | null,
  g: Geometry,
  outType: "float64" | "float32",
): Buf {
  const { B, O, K, C, Lo } = g;
  const CK = C * K;
  const y = allocData(outType, B * O * Lo);
  const cols = scratch(outType, "cols", CK * g.group * Lo);
  const wide = scratch(outType, "wide", O * g.group * Lo);
  for (let b0 = 0; b0 < B; b0 += g.group) {
    const nb = Math.min(g.group, B - b0);
    const n = nb * Lo;
    lowerGroup(x, g, b0, nb, cols);
    for (let o = 0; o < O; o++) wide.fill(bias ? bias[o] : 0, o * n, (o + 1) * n);
    gemm(w, 0, cols, 0, wide, 0, O, CK, n);
    for (let e = 0; e < nb; e++)
      for (let o = 0; o < O; o++) {
        const from = o * n + e * Lo;
        y.set(wide.subarray(from, from + Lo), ((b0 + e) * O + o) * Lo);
      }
  }
  return y;
}

/** acc[r] += Σ_t m[r·n + t] for the first `rows` rows of m. */
function rowSums(m: Buf, rows: number, n: number, acc: Buf): void {
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let t = r * n; t < (r + 1) * n; t++) sum += m[t];
    acc[r] += sum;
  }
}

/**
 * The gradients of convForward, group by group: gW += G·colsᵀ and gb = row sums of G (G: the output gradient
 * as [O, nb·Lo]); gx by inputGradient.
 */
export function convBackward(
  x: Buf,
  w: Buf,
  gy: Buf,
  g: Geometry,
  out: { gx: Buf | null; gw: Buf | null; gb: Buf | null },
): void {
  const { B, O, K, C, Lo } = g;
  const CK = C * K;
  const wide = scratch(dtypeOf(gy), "wide", O * g.group * Lo);
  const cols = out.gw ? scratch(dtypeOf(x), "cols", CK * g.group * Lo) : null;
  const flipped = out.gx && g.adjoint ? flippedKernel(w, O, C, K) : null;
  for (let b0 = 0; b0 < B; b0 += g.group) {
    const nb = Math.min(g.group, B - b0);
    const n = nb * Lo;
    for (let e = 0; e < nb; e++)
      for (let o = 0; o < O; o++)
        wide.set(gy.subarray(((b0 + e) * O + o) * Lo, ((b0 + e) * O + o + 1) * Lo), o * n + e * Lo);
    if (out.gb) rowSums(wide, O, n, out.gb);
    if (out.gw && cols) {
      lowerGroup(x, g, b0, nb, cols);
      gemmStrided(wide, 0, n, 1, cols, 0, 1, n, out.gw, 0, O, n, CK); // gW += G · colsᵀ
    }
    if (out.gx && flipped) adjointConv(gy, flipped, g, b0, nb, out.gx);
    else if (out.gx) scatterGradient(w, wide, g, b0, nb, out.gx);
  }
}

const dtypeOf = (b: Buf) => (b instanceof Float32Array ? "float32" : "float64");

/** The kernel as [C, O·K] with the taps reversed: wf[c, o·K + j] = w[o, c, K − 1 − j]. */
function flippedKernel(w: Buf, O: number, C: number, K: number): Buf {
  const wf = allocData(dtypeOf(w), C * O * K);
  for (let o = 0; o < O; o++)
    for (let c = 0; c < C; c++)
      for (let j = 0; j < K; j++) wf[(c * O + o) * K + j] = w[(o * C + c) * K + K - 1 - j];
  return wf;
}

/** gx of examples b0.. as the circular convolution of gy with the flipped kernel: im2col of gy and one gemm. */
function adjointConv(gy: Buf, flipped: Buf, g: Geometry, b0: number, nb: number, gx: Buf): void {
  const { O, C, K, L } = g;
  const n = nb * L;
  const cols = scratch(dtypeOf(gy), "gcols", O * K * n);
  const wideX = scratch(dtypeOf(gx), "widex", C * n);
  for (let e = 0; e < nb; e++) im2col(gy, (b0 + e) * O * L, O, L, g.adjoint ?? [], cols, e * L, n);
  wideX.fill(0, 0, C * n);
  gemm(flipped, 0, cols, 0, wideX, 0, C, O * K, n);
  for (let e = 0; e < nb; e++)
    for (let c = 0; c < C; c++)
      gx.set(wideX.subarray(c * n + e * L, c * n + (e + 1) * L), ((b0 + e) * C + c) * L);
}

/** gx of examples b0.. in general (any stride, padding): gcols = Wᵀ·G, scattered back by col2im. */
function scatterGradient(w: Buf, wide: Buf, g: Geometry, b0: number, nb: number, gx: Buf): void {
  const { O, C, K, L, Lo, runs } = g;
  const n = nb * Lo;
  const gcols = scratch(dtypeOf(gx), "gcols", C * K * n);
  gcols.fill(0, 0, C * K * n);
  gemmStrided(w, 0, 1, C * K, wide, 0, n, 1, gcols, 0, C * K, O, n); // gcols = Wᵀ · G
  for (let e = 0; e < nb; e++) col2im(gcols, C, L, runs, gx, (b0 + e) * C * L, e * Lo, n);
}

/** The geometry of a conv1d of x [B, C, L] with w [O, C, K] to length Lo (left pad pl, circular or zeros). */
// biome-ignore format: one line per geometry argument group
export function convGeometry(B: number, C: number, L: number, O: number, K: number, Lo: number, stride: number, pl: number, circular: boolean): Geometry {
  const runs = tapRuns(tapSources(L, K, Lo, stride, pl, circular), K, Lo);
  // circular, stride 1, length kept: the input gradient is itself a circular convolution (flipped kernel)
  const adjoint =
    circular && stride === 1 && Lo === L ? tapRuns(tapSources(L, K, L, 1, K - 1 - pl, true), K, L) : null;
  return { B, C, L, O, K, Lo, runs, adjoint, group: groupSize(Math.max(C, O) * K, Lo, B) };
}
