import { fmtShape, InvalidArgumentError, ShapeError } from "../errors.js";
import { record } from "../tape.js";
import { allocData, Tensor } from "../tensor.js";

export interface Conv1dOptions {
  /** Per-side padding, or "same" (output length = input length, stride 1), or "valid" (= 0). Default "valid". */
  padding?: number | "same" | "valid";
  /** How padded positions are filled: zeros, or wrapped around (periodic domains). Default "zeros". */
  paddingMode?: "zeros" | "circular";
  stride?: number;
}

/** 1-d cross-correlation (PyTorch conv1d): x [B, Cin, L], weight [Cout, Cin, K], bias [Cout] → [B, Cout, Lout]. */
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
  // src[t*K + j] = input position read by output t and tap j, or -1 for a zero pad.
  const src = new Int32Array(Lo * K);
  for (let t = 0; t < Lo; t++) {
    for (let j = 0; j < K; j++) {
      const p = t * stride + j - pl;
      src[t * K + j] = p >= 0 && p < L ? p : circular ? (p + L) % L : -1;
    }
  }
  const xd = x.data;
  const wd = w.data;
  const y = allocData(x.dtype === "float64" || w.dtype === "float64" ? "float64" : "float32", B * O * Lo);
  for (let b = 0; b < B; b++) {
    for (let o = 0; o < O; o++) {
      const yo = (b * O + o) * Lo;
      if (bias) y.fill(bias.data[o], yo, yo + Lo);
      for (let c = 0; c < C; c++) {
        const xo = (b * C + c) * L;
        const wo = (o * C + c) * K;
        for (let t = 0; t < Lo; t++) {
          let acc = 0;
          for (let j = 0; j < K; j++) {
            const p = src[t * K + j];
            if (p >= 0) acc += wd[wo + j] * xd[xo + p];
          }
          y[yo + t] += acc;
        }
      }
    }
  }
  const inputs = bias ? [x, w, bias] : [x, w];
  return record("conv1d", inputs, [new Tensor(y, [B, O, Lo])], ([g]) => {
    const gx = allocData(x.dtype, x.size);
    const gw = allocData(w.dtype, w.size);
    const gb = allocData(bias?.dtype ?? "float64", O);
    const gd = g.data;
    for (let b = 0; b < B; b++) {
      for (let o = 0; o < O; o++) {
        const yo = (b * O + o) * Lo;
        for (let t = 0; t < Lo; t++) gb[o] += gd[yo + t];
        for (let c = 0; c < C; c++) {
          const xo = (b * C + c) * L;
          const wo = (o * C + c) * K;
          for (let t = 0; t < Lo; t++) {
            const gt = gd[yo + t];
            for (let j = 0; j < K; j++) {
              const p = src[t * K + j];
              if (p < 0) continue;
              gx[xo + p] += wd[wo + j] * gt;
              gw[wo + j] += xd[xo + p] * gt;
            }
          }
        }
      }
    }
    return [new Tensor(gx, x.shape), new Tensor(gw, w.shape), bias ? new Tensor(gb, [O]) : null];
  })[0];
}
