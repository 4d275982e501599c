import { fmtShape, InvalidArgumentError, ShapeError } from "../errors.js";
import { col2im, im2col, tapSources } from "../kernels/im2col.js";
import { record } from "../tape.js";
import { allocData, Tensor } from "../tensor.js";
import { gemm, gemmStrided } from "./matmul.js";

export interface Conv1dOptions {
  /** Per-side padding, or "same" (output length = input length, stride 1), or "valid" (= 0). Default "valid". */
  padding?: number | "same" | "valid";
  /** How padded positions are filled: zeros, or wrapped around (periodic domains). Default "zeros". */
  paddingMode?: "zeros" | "circular";
  stride?: number;
}

/**
 * 1-d cross-correlation (PyTorch conv1d): x [B, Cin, L], weight [Cout, Cin, K], bias [Cout] → [B, Cout, Lout].
 * Lowered to one gemm per example through im2col (kernels/im2col.ts), so it runs in the wasm SIMD matmul.
 */
export function conv1d(x: Tensor, w: Tensor, bias?: Tensor | null, opts: Conv1dOptions = {}): Tensor {
  if (x.ndim !== 3 || w.ndim !== 3 || x.shape[1] !== w.shape[1]) {
    throw new ShapeError(
      `conv1d: expected x [B, Cin, L] and weight [Cout, Cin, K] with equal Cin, got ${fmtShape(x.shape)} and ${fmtShape(w.shape)}`,
      "[B, Cin, L] and [Cout, Cin, K]",
      w.shape,
    );
  }
  const [B, C, L] = x.shape;
  const [O, , K] = w.shape;
  if (bias && (bias.ndim !== 1 || bias.shape[0] !== O)) {
    throw new ShapeError(`conv1d: bias must have shape [${O}], got ${fmtShape(bias.shape)}`, [O], bias.shape);
  }
  const stride = opts.stride ?? 1;
  const pad = opts.padding ?? "valid";
  if (pad === "same" && stride !== 1) throw new InvalidArgumentError('conv1d: padding "same" needs stride 1');
  const [pl, pr] =
    pad === "same" ? [(K - 1) >> 1, K - 1 - ((K - 1) >> 1)] : pad === "valid" ? [0, 0] : [pad, pad];
  const circular = opts.paddingMode === "circular";
  if (circular && (pl > L || pr > L))
    throw new InvalidArgumentError(`conv1d: circular padding ${pl} exceeds length ${L}`);
  const Lo = Math.floor((L + pl + pr - K) / stride) + 1;
  if (!(Lo > 0) || !Number.isInteger(stride) || stride < 1) {
    throw new ShapeError(
      `conv1d: kernel ${K} (stride ${stride}) does not fit input length ${L} + padding ${pl}+${pr}`,
    );
  }
  const src = tapSources(L, K, Lo, stride, pl, circular);
  const CK = C * K;
  const outType = x.dtype === "float64" || w.dtype === "float64" ? "float64" : "float32";
  const y = allocData(outType, B * O * Lo);
  const cols = allocData(outType, CK * Lo);
  for (let b = 0; b < B; b++) {
    if (bias) for (let o = 0; o < O; o++) y.fill(bias.data[o], (b * O + o) * Lo, (b * O + o + 1) * Lo);
    im2col(x.data, b * C * L, C, L, src, K, Lo, cols);
    gemm(w.data, 0, cols, 0, y, b * O * Lo, O, CK, Lo); // y_b += W[O, C·K] · cols[C·K, Lo]
  }
  const inputs = bias ? [x, w, bias] : [x, w];
  return record("conv1d", inputs, [new Tensor(y, [B, O, Lo])], ([g]) => {
    const gd = g.data;
    const gx = x.requiresGrad ? allocData(x.dtype, x.size) : null;
    const gw = w.requiresGrad ? allocData(w.dtype, w.size) : null;
    const gcols = gx ? allocData(x.dtype, CK * Lo) : null;
    for (let b = 0; b < B; b++) {
      const go = b * O * Lo;
      if (gw) {
        im2col(x.data, b * C * L, C, L, src, K, Lo, cols);
        gemmStrided(gd, go, Lo, 1, cols, 0, 1, Lo, gw, 0, O, Lo, CK); // gW += g_b · colsᵀ
      }
      if (gx && gcols) {
        gcols.fill(0);
        gemmStrided(w.data, 0, 1, CK, gd, go, Lo, 1, gcols, 0, CK, O, Lo); // gcols = Wᵀ · g_b
        col2im(gcols, C, L, src, K, Lo, gx, b * C * L);
      }
    }
    let gb: Float64Array | Float32Array | null = null;
    if (bias?.requiresGrad) {
      gb = allocData(bias.dtype, O);
      for (let b = 0; b < B; b++)
        for (let o = 0; o < O; o++) for (let t = 0; t < Lo; t++) gb[o] += gd[(b * O + o) * Lo + t];
    }
    return [
      gx ? new Tensor(gx, x.shape) : null,
      gw ? new Tensor(gw, w.shape) : null,
      gb ? new Tensor(gb, [O]) : null,
    ];
  })[0];
}
