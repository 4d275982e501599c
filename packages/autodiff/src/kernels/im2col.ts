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

/**
 * The taps as runs: for tap j, triples (t0, length, p0) saying that outputs t0..t0+length−1 read inputs
 * p0..p0+length−1 (p0 = −1: zero pads). With stride 1 a tap has at most three runs, so im2col and col2im
 * move whole rows (memcpy-like) instead of gathering element by element.
 */
export function tapRuns(src: Int32Array, K: number, Lo: number): Int32Array[] {
  return Array.from({ length: K }, (_, j) => {
    const runs: number[] = [];
    for (let t = 0; t < Lo; ) {
      const p0 = src[t * K + j];
      let n = 1;
      while (t + n < Lo && (p0 < 0 ? src[(t + n) * K + j] < 0 : src[(t + n) * K + j] === p0 + n)) n++;
      runs.push(t, n, p0);
      t += n;
    }
    return Int32Array.from(runs);
  });
}

/** Runs shorter than this are copied element by element (subarray views cost more than they save). */
const SHORT = 16;

/**
 * cols[co + (c·K + j)·rs + t] = x[xo + c·L + src[t·K + j]] (0 for a pad), for C channels of length L and the
 * taps' runs (tapRuns); the row stride rs lets several examples' columns sit side by side in one matrix.
 */
// biome-ignore format: one line per operand
export function im2col(x: Buf, xo: number, C: number, L: number, runs: Int32Array[], cols: Buf, co: number, rs: number): void {
  const K = runs.length;
  for (let c = 0; c < C; c++) {
    const xc = xo + c * L;
    for (let j = 0; j < K; j++) {
      const row = co + (c * K + j) * rs;
      const r = runs[j];
      for (let q = 0; q < r.length; q += 3) {
        const [t0, n, p0] = [r[q], r[q + 1], r[q + 2]];
        if (p0 < 0) cols.fill(0, row + t0, row + t0 + n);
        else if (n >= SHORT) cols.set(x.subarray(xc + p0, xc + p0 + n), row + t0);
        else for (let i = 0; i < n; i++) cols[row + t0 + i] = x[xc + p0 + i];
      }
    }
  }
}

/** The adjoint of im2col: gx[xo + c·L + src[t·K + j]] += cols[co + (c·K + j)·rs + t]. */
// biome-ignore format: one line per operand
export function col2im(cols: Buf, C: number, L: number, runs: Int32Array[], gx: Buf, xo: number, co: number, rs: number): void {
  const K = runs.length;
  for (let c = 0; c < C; c++) {
    const xc = xo + c * L;
    for (let j = 0; j < K; j++) {
      const row = co + (c * K + j) * rs;
      const r = runs[j];
      for (let q = 0; q < r.length; q += 3) {
        const [t0, n, p0] = [r[q], r[q + 1], r[q + 2]];
        if (p0 < 0) continue;
        for (let i = 0; i < n; i++) gx[xc + p0 + i] += cols[row + t0 + i];
      }
    }
  }
}
