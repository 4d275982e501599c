/**
 * The published denoising network of MNN discovery: an MLP maps each observed window (flattened, L·dim) to a
 * state estimate v of the same shape; Θ(v) drives the window solves and the loss is MSE(u, x) + MSE(v, x).
 * Deviation from the paper, for speed of convergence: the network predicts a correction to the data
 * (v = x + MLP(x̂)·scale, last layer initialised to zero), so training starts from v = x instead of having to
 * learn the identity first.
 */
import { type Module as ModuleType, nn, Rng, type Tensor, tensor } from "@mechanist/autodiff";
import { MechanisticInputError } from "../errors.js";
import type { Library } from "../library.js";
import type { WindowSet } from "./windows.js";

export class WindowDenoiser {
  readonly mlp: ModuleType;
  private readonly input: Tensor;
  private readonly observed: Tensor;
  private readonly scale: Tensor;
  private readonly shape: [number, number, number];

  constructor(
    win: WindowSet,
    library: Library,
    stateScale: Float64Array,
    hidden: readonly number[],
    seed = 0,
  ) {
    if (!library.isPolynomial)
      throw new MechanisticInputError(
        "the denoiser needs a polynomial library (custom terms cannot be differentiated); pass denoiser: false",
      );
    const { W, L, dim } = win;
    const mean = new Float64Array(dim);
    for (let i = 0; i < W * L; i++)
      for (let d = 0; d < dim; d++) mean[d] += win.targets[i * dim + d] / (W * L);
    const x = Float64Array.from(win.targets, (v, i) => (v - mean[i % dim]) / stateScale[i % dim]);
    const mlp = new nn.MLP([L * dim, ...hidden, L * dim], { activation: "tanh", rng: new Rng(seed) });
    const last = mlp.layers[mlp.layers.length - 1];
    last.weight.data.fill(0);
    this.mlp = mlp;
    this.input = tensor(x, [W, L * dim]);
    this.observed = tensor(Float64Array.from(win.targets), [W, L, dim]);
    this.scale = tensor(stateScale, [1, 1, dim]);
    this.shape = [W, L, dim];
  }

  parameters(): Tensor[] {
    return this.mlp.parameters();
  }

  /** v [W, L, dim]. */
  forward(): Tensor {
    return this.observed.add(this.mlp.forward(this.input).reshape(this.shape).mul(this.scale));
  }
}
