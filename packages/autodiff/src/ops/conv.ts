import { fmtShape, InvalidArgumentError, ShapeError } from "../errors.js";
import { convBackward, convForward, convGeometry } from "../kernels/conv.js";
import { CONV1D_KEYS, checkOptionKeys } from "../option-keys.js";
import { record } from "../tape.js";
import { allocData, Tensor } from "../tensor.js";

export interface Conv1dOptions {
  /** Per-side padding, or "same" (output length = input length, stride 1), or "valid" (= 0). Default "valid". */
  padding?: number | "same" | "valid";
  /** How padded positions are filled: zeros, or wrapped around (periodic domains). Default "zeros". */
  paddingMode?: "zeros" | "circular";
  stride?: number;
}

/**
 * 1-d cross-correlation (PyTorch conv1d): x [B, Cin, L], weight [Cout, Cin, K], bias [Cout] → [B, Cout, Lout].
 * Lowered to wide gemms through im2col (kernels/conv.ts), so it runs in the wasm SIMD matmul.
 */
export function conv1d(x: Tensor, w: Tensor, bias?: Tensor | null, opts: Conv1dOptions = {}): Tensor {
  checkOptionKeys(opts, CONV1D_KEYS, "conv1d options");
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
  const outType = x.dtype === "float64" || w.dtype === "float64" ? "float64" : "float32";
  const geo = convGeometry(B, C, L, O, K, Lo, stride, pl, circular);
  const y = convForward(x.data, w.data, bias?.data ?? null, geo, outType);
  const inputs = bias ? [x, w, bias] : [x, w];
  return record("conv1d", inputs, [new Tensor(y, [B, O, Lo])], ([g]) => {
    const gx = x.requiresGrad ? allocData(x.dtype, x.size) : null;
    const gw = w.requiresGrad ? allocData(w.dtype, w.size) : null;
    const gb = bias?.requiresGrad ? allocData(bias.dtype, O) : null;
    convBackward(x.data, w.data, g.data, geo, { gx, gw, gb });
    return [
      gx ? new Tensor(gx, x.shape) : null,
      gw ? new Tensor(gw, w.shape) : null,
      gb ? new Tensor(gb, [O]) : null,
    ];
  })[0];
}
