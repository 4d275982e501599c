import { fmtShape, GradError, InvalidArgumentError } from "./errors.js";
import { noGrad, record } from "./tape.js";
import { Tensor } from "./tensor.js";

type Forward<S> = { outputs: Tensor[]; saved: S };
type Grads = ReadonlyArray<Tensor | null>;

/**
 * An op whose forward and backward are supplied from outside (e.g. a compiled solver kernel). Either may
 * return a Promise (a GPU kernel that must be awaited): build such an op with `customOpAsync` and run its
 * backward with `await loss.backwardAsync()`. When they return plain values nothing is awaited or copied.
 */
export interface CustomOpSpec<S> {
  name: string;
  /** Receives the inputs' plain values (no graph); returns plain outputs and whatever backward needs. */
  forward(inputs: readonly Tensor[]): Forward<S> | Promise<Forward<S>>;
  /**
   * gradOutputs[i] is dL/d outputs[i] (zeros where an output did not reach the loss); returns dL/d inputs[i]
   * (same shape as inputs[i]) or null when that input gets no gradient.
   */
  backward(gradOutputs: readonly Tensor[], saved: S): Grads | Promise<Grads>;
}

/** A synchronous custom op: `(...inputs) => outputs`. A forward that returns a Promise is an error. */
export function customOp<S>(spec: CustomOpSpec<S>): (...inputs: Tensor[]) => Tensor[] {
  return (...inputs: Tensor[]): Tensor[] => {
    const forward = noGrad(() => spec.forward(detached(spec.name, inputs)));
    if (forward instanceof Promise) {
      forward.catch(() => {});
      throw new InvalidArgumentError(
        `${spec.name}: forward returned a Promise; build the op with customOpAsync`,
      );
    }
    return recordOp(spec, inputs, forward);
  };
}

/** A custom op whose forward and backward may be asynchronous: `await op(...inputs)`. */
export function customOpAsync<S>(spec: CustomOpSpec<S>): (...inputs: Tensor[]) => Promise<Tensor[]> {
  return async (...inputs: Tensor[]): Promise<Tensor[]> => {
    const forward = noGrad(() => spec.forward(detached(spec.name, inputs)));
    return recordOp(spec, inputs, forward instanceof Promise ? await forward : forward);
  };
}

function detached(name: string, inputs: readonly Tensor[]): Tensor[] {
  return inputs.map((t, i) => {
    if (!(t instanceof Tensor)) throw new InvalidArgumentError(`${name}: input ${i} is not a Tensor`);
    return t.detach();
  });
}

function recordOp<S>(spec: CustomOpSpec<S>, inputs: readonly Tensor[], forward: Forward<S>): Tensor[] {
  const { outputs, saved } = forward;
  if (!Array.isArray(outputs) || !outputs.every((o) => o instanceof Tensor)) {
    throw new InvalidArgumentError(`${spec.name}: forward must return { outputs: Tensor[], saved }`);
  }
  // Fresh wrappers, so an output that aliases an input never gets the input's graph node.
  const outs = outputs.map((o) => new Tensor(o.data, o.shape));
  return record(spec.name, inputs, outs, (gradOutputs) => {
    const gIn = spec.backward(gradOutputs, saved);
    return gIn instanceof Promise
      ? gIn.then((g) => checkGrads(spec.name, inputs, g))
      : checkGrads(spec.name, inputs, gIn);
  });
}

function checkGrads(name: string, inputs: readonly Tensor[], gIn: Grads): Grads {
  if (!Array.isArray(gIn) || gIn.length !== inputs.length) {
    throw new GradError(
      `${name}: backward returned ${Array.isArray(gIn) ? gIn.length : typeof gIn} gradients for ${inputs.length} inputs`,
    );
  }
  gIn.forEach((g, i) => {
    if (g !== null && !(g instanceof Tensor)) {
      throw new GradError(`${name}: backward gradient ${i} must be a Tensor or null`);
    }
    if (g && g.size !== inputs[i].size) {
      throw new GradError(
        `${name}: gradient ${i} has shape ${fmtShape(g.shape)}, input has ${fmtShape(inputs[i].shape)}`,
      );
    }
  });
  return gIn;
}
