// The lowering of conv1d to matrix products (im2col): the taps a kernel reads at every output position
// are copied into the rows of a [C·K, Lo] matrix, so the convolution of one example is one gemm with the
// weight viewed as [O, C·K], and both gradients are gemms too (col2im scatters the column gradient back).
type Buf = Float64Array | Float32Array;

/**
 * For output position t and tap j, the input position read (src[t·K + j]) or −1 for a zero pad.
 * Circular padding wraps around, so a periodic domain has no boundary.
 */
// biome-ignore format: one line per geometry argument group
export function tapSources(L: number, K: number, Lo: number, stride: number, padLeft: number, circular: boolean): Int32Array {
  const src = new Int32Array(Lo * K);
  for (let t = 0; t < Lo; t++) {
    for (let j = 0; j < K; j++) {
      const p = t * stride + j - padLeft;
      src[t * K + j] = p >= 0 && p < L ? p : circular ? (p + L) % L : -1;
    }
  }
  return src;
}

/** cols[(c·K + j)·Lo + t] = x[xo + c·L + src[t·K + j]] (0 for a pad), for C channels of length L. */
// biome-ignore format: one line per operand
export function im2col(x: Buf, xo: number, C: number, L: number, src: Int32Array, K: number, Lo: number, cols: Buf): void {
  for (let c = 0; c < C; c++) {
    const xc = xo + c * L;
    for (let j = 0; j < K; j++) {
      const row = (c * K + j) * Lo;
      for (let t = 0; t < Lo; t++) {
        const p = src[t * K + j];
        cols[row + t] = p >= 0 ? x[xc + p] : 0;
      }
    }
  }
}

/** The adjoint of im2col: gx[xo + c·L + src[t·K + j]] += cols[(c·K + j)·Lo + t]. */
// biome-ignore format: one line per operand
export function col2im(cols: Buf, C: number, L: number, src: Int32Array, K: number, Lo: number, gx: Buf, xo: number): void {
  for (let c = 0; c < C; c++) {
    const xc = xo + c * L;
    for (let j = 0; j < K; j++) {
      const row = (c * K + j) * Lo;
      for (let t = 0; t < Lo; t++) {
        const p = src[t * K + j];
        if (p >= 0) gx[xc + p] += cols[row + t];
      }
    }
  }
}
