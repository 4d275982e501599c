import { InvalidArgumentError } from "../errors.js";
import type { Tensor } from "../tensor.js";

/** JSON-serialisable optimiser state: hyper-parameters, step count and per-parameter buffers. */
export interface OptimizerState {
  type: string;
  lr: number;
  steps: number;
  hyper: Record<string, number | boolean>;
  buffers: Record<string, number[][]>;
}

/**
 * Base optimiser: updates parameters in place from their .grad, keeping Float64 buffers per parameter
 * (named, so stateDict/loadStateDict can checkpoint them and a resumed run matches an uninterrupted one).
 */
export abstract class Optimizer {
  readonly params: Tensor[];
  lr: number;
  steps = 0;
  protected buffers: Record<string, Float64Array[]> = {};

  constructor(params: Iterable<Tensor>, lr: number) {
    this.params = [...params];
    if (!(lr > 0)) throw new InvalidArgumentError(`optimizer: lr must be > 0, got ${lr}`);
    if (this.params.some((p) => !p.requiresGrad)) {
      throw new InvalidArgumentError("optimizer: every parameter must have requiresGrad: true");
    }
    this.lr = lr;
  }

  protected buffer(name: string): Float64Array[] {
    this.buffers[name] ??= this.params.map((p) => new Float64Array(p.size));
    return this.buffers[name];
  }

  protected abstract hyper(): Record<string, number | boolean>;
  /** Update parameter i (data p) from its gradient g. */
  protected abstract update(i: number, p: Float64Array | Float32Array, g: Float64Array | Float32Array): void;

  step(): void {
    this.steps++;
    this.params.forEach((p, i) => {
      if (p.grad) this.update(i, p.data, p.grad.data);
    });
  }

  zeroGrad(): void {
    for (const p of this.params) p.grad = null;
  }

  stateDict(): OptimizerState {
    const buffers = Object.fromEntries(
      Object.entries(this.buffers).map(([k, bs]) => [k, bs.map((b) => Array.from(b))]),
    );
    return { type: this.constructor.name, lr: this.lr, steps: this.steps, hyper: this.hyper(), buffers };
  }

  loadStateDict(s: OptimizerState): void {
    if (s?.type !== this.constructor.name) {
      throw new InvalidArgumentError(
        `loadStateDict: state is for ${s?.type}, this optimizer is ${this.constructor.name}`,
      );
    }
    for (const [k, bs] of Object.entries(s.buffers)) {
      if (bs.length !== this.params.length || bs.some((b, i) => b.length !== this.params[i].size)) {
        throw new InvalidArgumentError(`loadStateDict: buffer "${k}" does not match the parameters' sizes`);
      }
    }
    this.lr = s.lr;
    this.steps = s.steps;
    Object.assign(this, s.hyper); // subclasses keep hyper-parameters as fields of the same names
    this.buffers = Object.fromEntries(
      Object.entries(s.buffers).map(([k, bs]) => [k, bs.map((b) => Float64Array.from(b))]),
    );
  }
}
