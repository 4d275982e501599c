/**
 * The 1-d convolutional layers of the KdV models: a circularly padded Conv1d (the domain is periodic, so
 * the field has no boundary) and a residual network of them, after the papers' ResNet1D without batch
 * norm or dropout.
 */
import { conv1d, type DType, nn, type Rng, randn, type Tensor, zeros } from "@mechanist/autodiff";

/** y = conv1d(x, weight, bias) with "same" circular padding: [B, inChannels, X] → [B, outChannels, X]. */
export class Conv1d extends nn.Module {
  readonly weight: Tensor;
  readonly bias: Tensor;
  constructor(inChannels: number, outChannels: number, kernel: number, rng: Rng, dtype: DType = "float64") {
    super();
    // He initialisation for the ReLU layers (fan-in = inChannels · kernel)
    const std = Math.sqrt(2 / (inChannels * kernel));
    this.weight = randn([outChannels, inChannels, kernel], rng, { dtype }).mul(std).detach();
    this.weight.requiresGrad = true;
    this.bias = zeros([outChannels], { dtype, requiresGrad: true });
  }
  forward(x: Tensor): Tensor {
    return conv1d(x, this.weight, this.bias, { padding: "same", paddingMode: "circular" });
  }
}

/** Multiplies a parameter's values in place (initialisation only; no graph). */
export function scaleInPlace(t: Tensor, factor: number): void {
  for (let i = 0; i < t.size; i++) t.data[i] *= factor;
}

/** Copies saved values into parameters in place. */
export function setValues(params: readonly Tensor[], values: readonly (readonly number[])[]): void {
  for (const [i, p] of params.entries()) p.data.set(values[i]);
}

/** One residual block: relu(x + conv(relu(conv(x)))). */
class ResidualBlock extends nn.Module {
  readonly first: Conv1d;
  readonly second: Conv1d;
  constructor(width: number, kernel: number, rng: Rng, dtype: DType) {
    super();
    this.first = new Conv1d(width, width, kernel, rng, dtype);
    this.second = new Conv1d(width, width, kernel, rng, dtype);
    scaleInPlace(this.second.weight, 0.5); // keeps the residual sum's scale near the input's
  }
  forward(x: Tensor): Tensor {
    return x.add(this.second.forward(this.first.forward(x).relu())).relu();
  }
}

export interface ResNetOptions {
  inChannels: number;
  width: number;
  blocks: number;
  kernel: number;
  rng: Rng;
  dtype?: DType;
}

/** stem conv → `blocks` residual blocks, all of `width` channels: [B, inChannels, X] → [B, width, X]. */
export class ResNet1d extends nn.Module {
  readonly stem: Conv1d;
  readonly blocks: ResidualBlock[];
  constructor(o: ResNetOptions) {
    super();
    const dtype = o.dtype ?? "float64";
    this.stem = new Conv1d(o.inChannels, o.width, o.kernel, o.rng, dtype);
    this.blocks = Array.from({ length: o.blocks }, () => new ResidualBlock(o.width, o.kernel, o.rng, dtype));
  }
  forward(x: Tensor): Tensor {
    let h = this.stem.forward(x).relu();
    for (const b of this.blocks) h = b.forward(h);
    return h;
  }
}
