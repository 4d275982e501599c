/**
 * The papers' KdV forecaster: KdV as a family of ODEs in time, one per spatial point. From the last
 * `window` observed frames, circular 1-d conv networks emit, per position, time-varying coefficients and
 * rhs of an order-p linear ODE over the next `horizon` frames, and its extra initial derivatives (the value
 * is pinned to the last observed frame); one learned step size is shared by all. NeuRLP solves the B·X
 * scalar ODEs (D = E = 1) and the model returns their values: frames 0..horizon−1, frame 0 = last observed.
 */
import { concat, nn, Rng, type Tensor, tensor } from "@mechanist/autodiff";
import { type OdeSolveTensors, odeSolve, odeSolveAsync } from "@mechanist/neurlp";
import { MechanisticInputError } from "../errors.js";
import { Conv1d, ResNet1d, scaleInPlace } from "./layers.js";
import type { KdvModelOptions } from "./options.js";

/** A conv stack (ReLU between layers) to `out` channels, all circular "same" convolutions. */
class ConvStack extends nn.Module {
  readonly layers: Conv1d[];
  constructor(widths: number[], kernel: number, rng: Rng, o: KdvModelOptions) {
    super();
    this.layers = widths.slice(1).map((w, i) => new Conv1d(widths[i], w, kernel, rng, o.dtype));
  }
  forward(x: Tensor): Tensor {
    let h = x;
    this.layers.forEach((l, i) => {
      h = l.forward(h);
      if (i < this.layers.length - 1) h = h.relu();
    });
    return h;
  }
}

/**
 * What the networks see: the last frame and the other frames relative to it (a fixed linear change of the
 * input that leaves the information intact but starts the networks near "no change"), in the weights' dtype.
 */
export function networkInput(x: Tensor, dtype: KdvModelOptions["dtype"]): Tensor {
  const W = x.shape[1];
  const last = x.slice(1, W - 1, W);
  const rel = concat([x.slice(1, 0, W - 1).sub(last), last], 1);
  return dtype === "float32" ? tensor(Float32Array.from(rel.data), rel.shape, { dtype: "float32" }) : rel;
}

/** Positions kept: all (undefined) or the listed ones, along the last axis of [B, C, X]. */
const atPositions = (t: Tensor, positions?: readonly number[]): Tensor =>
  positions ? t.gather(positions, 2) : t;

/**
 * The mechanistic KdV forecaster: conv networks emit per-position ODE coefficients over the next `horizon`
 * frames, NeuRLP solves them (see the module comment and the mechanistic README).
 */
export class KdvMechanisticModel extends nn.Module {
  readonly coefficientNet: ResNet1d;
  readonly rhsNet: ResNet1d | null;
  readonly coefficientHead: Conv1d;
  readonly rhsHead: Conv1d;
  readonly initialNet: ConvStack;
  /** logit of the shared time step. */
  readonly stepRaw: Tensor;

  /** NeuRLP backend of the solve (default: the registry's choice). */
  readonly backend: string | undefined;

  constructor(
    readonly options: KdvModelOptions,
    run: { backend?: string } = {},
  ) {
    super();
    const o = options;
    this.backend = run.backend;
    const rng = new Rng(o.seed);
    const trunk = () =>
      new ResNet1d({
        inChannels: o.window,
        width: o.width,
        blocks: o.blocks,
        kernel: o.kernel,
        rng,
        dtype: o.dtype,
      });
    this.coefficientNet = trunk();
    this.rhsNet = o.sharedTrunk ? null : trunk();
    const K = o.order + 1;
    this.coefficientHead = new Conv1d(o.width, o.horizon * K, 7, rng, o.dtype);
    this.rhsHead = new Conv1d(o.width, o.horizon, 7, rng, o.dtype);
    // Start near persistence: coefficients ≈ (0, 1, 0, …) and rhs ≈ 0 make u' ≈ 0 on every interval.
    for (const w of [this.coefficientHead.weight, this.rhsHead.weight]) scaleInPlace(w, 0.1);
    for (let s = 0; s < o.horizon; s++) this.coefficientHead.bias.data[s * K + 1] = 1;
    this.initialNet = new ConvStack([o.window, ...o.ivWidths, o.order - 1], 7, rng, o);
    scaleInPlace(this.initialNet.layers[this.initialNet.layers.length - 1].weight, 0.1); // small initial derivatives
    this.stepRaw = tensor([Math.log(o.h0 / (1 - o.h0))], [1], { requiresGrad: true });
  }

  /**
   * x [B, window, X] → predicted frames [B, horizon, X] (frame 0 equals the last observed frame); with
   * `positions`, only the ODEs of those spatial points are solved ([B, horizon, P]), a cheaper training loss.
   * Synchronous backends only; else `forwardAtAsync`.
   */
  forwardAt(x: Tensor, positions?: readonly number[]): Tensor {
    const { inputs, options, frames } = this.solveInputs(x, positions);
    return frames(odeSolve(inputs, options));
  }

  /** `forwardAt` on any backend, asynchronous ones (WebGPU) included; gradients with `backwardAsync()`. */
  async forwardAtAsync(x: Tensor, positions?: readonly number[]): Promise<Tensor> {
    const { inputs, options, frames } = this.solveInputs(x, positions);
    return frames(await odeSolveAsync(inputs, options));
  }

  /** The networks' part of the forward: the B·X scalar ODEs to solve, and how to read frames off u. */
  private solveInputs(x: Tensor, positions?: readonly number[]) {
    const o = this.options;
    if (x.ndim !== 3 || x.shape[1] !== o.window)
      throw new MechanisticInputError(
        `KdvMechanisticModel: input must be [B, ${o.window}, X], got [${x.shape}]`,
      );
    const B = x.shape[0];
    const X = positions ? positions.length : x.shape[2];
    const K = o.order + 1;
    const N = o.horizon;
    const xs = networkInput(x, o.dtype);
    const trunk = this.coefficientNet.forward(xs);
    const rhsTrunk = this.rhsNet ? this.rhsNet.forward(xs) : trunk;
    // per position: [B, C, X] → [B·X, ...] (one scalar ODE per example and position)
    const perPoint = (t: Tensor, shape: number[]) => t.permute([0, 2, 1]).reshape([B * X, ...shape]);
    const coefficients = perPoint(atPositions(this.coefficientHead.forward(trunk), positions), [N, 1, 1, K]);
    const rhs = perPoint(atPositions(this.rhsHead.forward(rhsTrunk), positions), [N, 1]);
    const last = atPositions(x.slice(1, o.window - 1, o.window), positions); // [B, 1, X]
    const derivatives = atPositions(this.initialNet.forward(xs), positions);
    const initial = perPoint(concat([last, derivatives], 1), [1, 1, o.order]);
    const inputs: OdeSolveTensors = { coefficients, rhs, initial, steps: this.stepRaw.sigmoid() };
    return {
      inputs,
      options: { nSteps: N, backend: this.backend },
      // u [B·X, N, 1, K] → the values, [B, N, X]
      frames: (u: Tensor) => u.slice(3, 0, 1).reshape([B, X, N]).permute([0, 2, 1]),
    };
  }

  /** x [B, window, X] → [B, horizon, X]. */
  forward(x: Tensor): Tensor {
    return this.forwardAt(x);
  }

  /** `forward` on any backend (see `forwardAtAsync`). */
  forwardAsync(x: Tensor): Promise<Tensor> {
    return this.forwardAtAsync(x);
  }

  /** The learned time step between frames (in the solver's units). */
  step(): number {
    return 1 / (1 + Math.exp(-this.stepRaw.data[0]));
  }
}

/**
 * The baseline: the same residual network predicting the next frames directly (as increments over the last
 * observed frame, like the mechanistic model's pinned initial value), no Mechanistic Block.
 */
export class KdvConvNet extends nn.Module {
  readonly trunk: ResNet1d;
  readonly head: Conv1d;
  constructor(readonly options: KdvModelOptions) {
    super();
    const o = options;
    const rng = new Rng(o.seed + 1);
    this.trunk = new ResNet1d({
      inChannels: o.window,
      width: o.width,
      blocks: o.blocks,
      kernel: o.kernel,
      rng,
      dtype: o.dtype,
    });
    this.head = new Conv1d(o.width, o.horizon - 1, 7, rng, o.dtype);
    scaleInPlace(this.head.weight, 0.1);
  }
  /** x [B, window, X] → [B, horizon, X], or [B, horizon, P] at `positions` (as the mechanistic model). */
  forwardAt(x: Tensor, positions?: readonly number[]): Tensor {
    const o = this.options;
    if (x.ndim !== 3 || x.shape[1] !== o.window)
      throw new MechanisticInputError(`KdvConvNet: input must be [B, ${o.window}, X], got [${x.shape}]`);
    const last = x.slice(1, o.window - 1, o.window);
    const next = last.add(this.head.forward(this.trunk.forward(networkInput(x, o.dtype))));
    return atPositions(concat([last, next], 1), positions);
  }

  forward(x: Tensor): Tensor {
    return this.forwardAt(x);
  }
}
