/**
 * MechanisticBlock: a layer mapping an input (a flattened window of observations or any feature vector) through
 * networks to the coefficients, right-hand side, initial values and step sizes of a linear ODE, solving it with
 * NeuRLP (differentiable: implicit gradients) and returning u and its derivatives on the grid.
 *
 *   independent: D scalar ODEs per example (D = E = 1 per channel, solved as a batch of B·D systems);
 *   coupled:     one system with D state dimensions and E = D equations per example.
 */

import { type Module as ModuleType, nn, Rng, type Tensor, tensor } from "@mechanist/autodiff";
import { type OdeSolveTensors, odeSolve, odeSolveAsync } from "@mechanist/neurlp";
import { MechanisticInputError } from "./errors.js";
import { BLOCK_KEYS, checkOptionKeys } from "./option-keys.js";

export interface MechanisticBlockOptions {
  /** Features of one input example (the input is [B, inputSize]). */
  inputSize: number;
  /** Grid points N of the solve. */
  nSteps: number;
  /** Order p of the ODE (default 2; K = p + 1 stored derivatives). */
  order?: number;
  /** Channels / state dimensions D (default 1). */
  dim?: number;
  /** "independent" (default) or "coupled". */
  system?: "independent" | "coupled";
  /** Coefficients vary along the grid (default false: time-invariant, one set per example). */
  timeVarying?: boolean;
  /** Initial orders pinned at the first grid point (default order; 0 = none). */
  nIv?: number;
  /** Step sizes: "fixed" (h0), "learned" (one parameter per interval, h = sigmoid(raw)), "network" (a head, per example). */
  stepMode?: "fixed" | "learned" | "network";
  /** Initial/fixed step size (default 0.1). */
  h0?: number;
  /** Hidden sizes of the default trunk network (default [64]). */
  hidden?: number[];
  activation?: "tanh" | "relu" | "gelu" | "sigmoid";
  /** Seed of the default networks' initialisation (default 0). */
  seed?: number;
  /** NeuRLP backend (default: the registry's choice). */
  backend?: string;
  /** Replace the default trunk: any module mapping [B, inputSize] to [B, trunkSize]. */
  trunk?: ModuleType;
  trunkSize?: number;
}

export interface BlockOutput {
  /** [B, N, D, K]: value and derivatives on the grid (independent mode reshaped back to channels). */
  u: Tensor;
  /** [B, N, D]: the value u^(0). */
  value: Tensor;
  /** Step sizes used, [B|1, N − 1] (a number when fixed). */
  steps: Tensor | number;
}

/**
 * A differentiable layer: networks map each input to the coefficients, right-hand side, initial values and
 * steps of a linear ODE, which NeuRLP solves; returns u and its derivatives on the grid (gradients by
 * implicit differentiation).
 */
export class MechanisticBlock extends nn.Module {
  readonly options: Required<Omit<MechanisticBlockOptions, "trunk" | "trunkSize" | "backend">> & {
    backend?: string;
  };
  readonly trunk: ModuleType;
  readonly coefficientHead: nn.Linear;
  readonly rhsHead: nn.Linear;
  readonly initialHead: nn.Linear | null;
  readonly stepHead: nn.Linear | null;
  readonly stepRaw: Tensor | null;

  constructor(options: MechanisticBlockOptions) {
    super();
    checkOptionKeys(options, BLOCK_KEYS, "MechanisticBlock options");
    const o = {
      inputSize: options.inputSize,
      nSteps: options.nSteps,
      order: options.order ?? 2,
      dim: options.dim ?? 1,
      system: options.system ?? "independent",
      timeVarying: options.timeVarying ?? false,
      nIv: options.nIv ?? options.order ?? 2,
      stepMode: options.stepMode ?? "fixed",
      h0: options.h0 ?? 0.1,
      hidden: options.hidden ?? [64],
      activation: options.activation ?? "tanh",
      seed: options.seed ?? 0,
      backend: options.backend,
    };
    const ints: Array<[string, number, number]> = [
      ["inputSize", o.inputSize, 1],
      ["nSteps", o.nSteps, 3],
      ["order", o.order, 1],
      ["dim", o.dim, 1],
      ["nIv", o.nIv, 0],
    ];
    for (const [name, v, min] of ints) {
      if (!Number.isInteger(v) || v < min)
        throw new MechanisticInputError(`MechanisticBlock: ${name} must be an integer ≥ ${min}, got ${v}`);
    }
    if (o.nIv > o.order)
      throw new MechanisticInputError(`MechanisticBlock: nIv (${o.nIv}) must be ≤ order (${o.order})`);
    if (!(o.h0 > 0 && o.h0 < 1))
      throw new MechanisticInputError(
        `MechanisticBlock: h0 must be in (0, 1) because h = sigmoid(raw), got ${o.h0}`,
      );
    if (!["fixed", "learned", "network"].includes(o.stepMode))
      throw new MechanisticInputError(`MechanisticBlock: stepMode must be fixed, learned or network`);
    if (o.system !== "independent" && o.system !== "coupled")
      throw new MechanisticInputError(`MechanisticBlock: system must be "independent" or "coupled"`);
    this.options = o;
    const rng = new Rng(o.seed);
    const trunkSize = options.trunk ? (options.trunkSize ?? 0) : o.hidden[o.hidden.length - 1];
    if (options.trunk && !(trunkSize > 0))
      throw new MechanisticInputError("MechanisticBlock: pass trunkSize with a custom trunk");
    this.trunk =
      options.trunk ??
      new nn.MLP([o.inputSize, ...o.hidden], {
        activation: o.activation,
        rng,
        outputActivation: o.activation,
      });
    const K = o.order + 1;
    const D = o.dim;
    const Nc = o.timeVarying ? o.nSteps : 1;
    const perExample = o.system === "coupled" ? Nc * D * D * K : Nc * D * K;
    this.coefficientHead = new nn.Linear(trunkSize, perExample, { rng });
    this.rhsHead = new nn.Linear(trunkSize, Nc * D, { rng });
    this.initialHead = o.nIv > 0 ? new nn.Linear(trunkSize, D * o.nIv, { rng }) : null;
    const logit = Math.log(o.h0 / (1 - o.h0));
    this.stepHead = null;
    this.stepRaw = null;
    if (o.stepMode === "learned")
      this.stepRaw = tensor(new Float64Array(o.nSteps - 1).fill(logit), [1, o.nSteps - 1], {
        requiresGrad: true,
      });
    if (o.stepMode === "network") {
      const head = new nn.Linear(trunkSize, 1, { rng });
      head.weight.data.fill(0);
      if (head.bias) head.bias.data.fill(logit);
      this.stepHead = head;
    }
  }

  /** u [B, N, D, K] for input [B, inputSize] (synchronous backends; else `forwardAsync`). */
  forward(x: Tensor): Tensor {
    return this.solve(x).u;
  }

  /** `forward` on any backend, asynchronous ones (WebGPU) included; gradients with `backwardAsync()`. */
  async forwardAsync(x: Tensor): Promise<Tensor> {
    return (await this.solveAsync(x)).u;
  }

  /** `initial` overrides the initial-value head (e.g. the last observation), shape [B, D, nIv]. */
  solve(x: Tensor, overrides: { initial?: Tensor } = {}): BlockOutput {
    const { inputs, steps } = this.odeInputs(x, overrides);
    return this.output(
      x,
      odeSolve(inputs, { backend: this.options.backend, nSteps: this.options.nSteps }),
      steps,
    );
  }

  /** `solve` on any backend (the NeuRLP solve is awaited only on asynchronous backends). */
  async solveAsync(x: Tensor, overrides: { initial?: Tensor } = {}): Promise<BlockOutput> {
    const { inputs, steps } = this.odeInputs(x, overrides);
    const o = this.options;
    return this.output(x, await odeSolveAsync(inputs, { backend: o.backend, nSteps: o.nSteps }), steps);
  }

  /** The networks' outputs as NeuRLP inputs (independent mode: B·D scalar systems). */
  private odeInputs(
    x: Tensor,
    overrides: { initial?: Tensor },
  ): { inputs: OdeSolveTensors; steps: Tensor | number } {
    const o = this.options;
    if (x.shape.length !== 2 || x.shape[1] !== o.inputSize) {
      throw new MechanisticInputError(
        `MechanisticBlock: input must be [B, ${o.inputSize}], got [${x.shape}]`,
      );
    }
    const B = x.shape[0];
    const K = o.order + 1;
    const D = o.dim;
    const N = o.nSteps;
    const Nc = o.timeVarying ? N : 1;
    const h = this.trunk.forward(x);
    const independent = o.system === "independent";
    const Bs = independent ? B * D : B;
    const coefficients = independent
      ? this.coefficientHead
          .forward(h)
          .reshape([B, Nc, D, K])
          .permute([0, 2, 1, 3])
          .reshape([Bs, Nc, 1, 1, K])
      : this.coefficientHead.forward(h).reshape([B, Nc, D, D, K]);
    const rhs = independent
      ? this.rhsHead.forward(h).reshape([B, Nc, D]).permute([0, 2, 1]).reshape([Bs, Nc, 1])
      : this.rhsHead.forward(h).reshape([B, Nc, D]);
    const initial = overrides.initial
      ? independent
        ? overrides.initial.reshape([Bs, 1, 1, o.nIv])
        : overrides.initial.reshape([B, 1, D, o.nIv])
      : this.initialHead
        ? independent
          ? this.initialHead.forward(h).reshape([Bs, 1, 1, o.nIv])
          : this.initialHead.forward(h).reshape([B, 1, D, o.nIv])
        : null;
    let steps: Tensor | number = o.h0;
    if (this.stepRaw) steps = this.stepRaw.sigmoid();
    if (this.stepHead) {
      const perExample = this.stepHead.forward(h).sigmoid(); // [B, 1]
      const expanded = perExample.mul(tensor(new Float64Array(N - 1).fill(1), [1, N - 1])); // [B, N − 1]
      steps = independent
        ? expanded
            .reshape([B, 1, N - 1])
            .mul(tensor(new Float64Array(D).fill(1), [1, D, 1]))
            .reshape([Bs, N - 1])
        : expanded;
    }
    return { inputs: { coefficients, rhs, initial, steps }, steps };
  }

  private output(x: Tensor, u: Tensor, steps: Tensor | number): BlockOutput {
    const o = this.options;
    const [B, K, D, N] = [x.shape[0], o.order + 1, o.dim, o.nSteps];
    const full = o.system === "independent" ? u.reshape([B, D, N, K]).permute([0, 2, 1, 3]) : u;
    const value = full.mul(tensor([1, ...new Array(K - 1).fill(0)], [1, 1, 1, K])).sum(3);
    return { u: full, value, steps };
  }
}
