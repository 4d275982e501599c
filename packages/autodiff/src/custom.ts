import { fmtShape, GradError, InvalidArgumentError } from "./errors.js";
import { noGrad, record } from "./tape.js";
import { Tensor } from "./tensor.js";

/** An op whose forward and backward are supplied from outside (e.g. a compiled solver kernel). */
export interface CustomOpSpec<S> {
  name: string;
  /** Receives the inputs' plain values (no graph); returns plain outputs and whatever backward needs. */
  forward(inputs: readonly Tensor[]): { outputs: Tensor[]; saved: S };
  /**
   * gradOutputs[i] is dL/d outputs[i] (zeros where an output did not reach the loss); returns dL/d inputs[i]
   * (same shape as inputs[i]) or null when that input gets no gradient.
   */
  backward(gradOutputs: readonly Tensor[], saved: S): ReadonlyArray<Tensor | null>;
}

export function customOp<S>(spec: CustomOpSpec<S>): (...inputs: Tensor[]) => Tensor[] {
  return (...inputs: Tensor[]): Tensor[] => {
    inputs.forEach((t, i) => {
      if (!(t instanceof Tensor)) throw new InvalidArgumentError(`${spec.name}: input ${i} is not a Tensor`);
    });
    const { outputs, saved } = noGrad(() => spec.forward(inputs.map((t) => t.detach())));
    if (!Array.isArray(outputs) || !outputs.every((o) => o instanceof Tensor)) {
      throw new InvalidArgumentError(`${spec.name}: forward must return { outputs: Tensor[], saved }`);
    }
    // Fresh wrappers, so an output that aliases an input never gets the input's graph node.
    const outs = outputs.map((o) => new Tensor(o.data, o.shape));
    return record(spec.name, inputs, outs, (gradOutputs) => {
      const gIn = spec.backward(gradOutputs, saved);
      if (!Array.isArray(gIn) || gIn.length !== inputs.length) {
        throw new GradError(
          `${spec.name}: backward returned ${Array.isArray(gIn) ? gIn.length : typeof gIn} gradients for ${inputs.length} inputs`,
        );
      }
      gIn.forEach((g, i) => {
        if (g !== null && !(g instanceof Tensor)) {
          throw new GradError(`${spec.name}: backward gradient ${i} must be a Tensor or null`);
        }
        if (g && g.size !== inputs[i].size) {
          throw new GradError(
            `${spec.name}: gradient ${i} has shape ${fmtShape(g.shape)}, input has ${fmtShape(inputs[i].shape)}`,
          );
        }
      });
      return gIn;
    });
  };
}
