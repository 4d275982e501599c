import { fmtShape, GradError } from "./errors.js";
import { Tensor } from "./tensor.js";

/** One recorded op: its inputs, outputs, and the vector-Jacobian product mapping output grads to input grads. */
export interface Node {
  readonly op: string;
  readonly inputs: readonly Tensor[];
  readonly outputs: readonly Tensor[];
  /** May return a Promise (an asynchronous custom op): then only `backwardAsync` can run it. */
  vjp(gradOutputs: Tensor[]): Grads | Promise<Grads>;
}
type Grads = ReadonlyArray<Tensor | null>;

/**
 * A computation that yields only the Promises it must wait for. A synchronous driver runs it with no
 * awaits and no extra copies; an asynchronous one awaits each yielded Promise and resumes with its value.
 */
export type Steps<T> = Generator<Promise<unknown>, T, unknown>;

/** Run `steps` synchronously; `onPromise` is the error when a step turns out to be asynchronous. */
export function runSteps<T>(steps: Steps<T>, onPromise: () => Error): T {
  const next = steps.next();
  if (next.done) return next.value;
  next.value.catch(() => {}); // its rejection has nowhere to go: the caller gets onPromise()
  throw onPromise();
}

/** Run `steps`, awaiting every Promise it yields (a rejection ends the run). */
export async function runStepsAsync<T>(steps: Steps<T>): Promise<T> {
  let next = steps.next();
  while (!next.done) next = steps.next(await next.value);
  return next.value;
}

let gradEnabled = true;
export const isGradEnabled = (): boolean => gradEnabled;

/** Run `fn` without recording a graph (inference, optimiser updates). Synchronous functions only. */
export function noGrad<T>(fn: () => T): T {
  const prev = gradEnabled;
  gradEnabled = false;
  try {
    return fn();
  } finally {
    gradEnabled = prev;
  }
}

/** Attach a node to `outputs` when grad mode is on and some input needs a gradient. */
export function record(op: string, inputs: readonly Tensor[], outputs: Tensor[], vjp: Node["vjp"]): Tensor[] {
  if (!gradEnabled || !inputs.some((t) => t.requiresGrad)) return outputs;
  const node: Node = { op, inputs, outputs, vjp };
  for (const o of outputs) {
    o.node = node;
    o.requiresGrad = true;
  }
  return outputs;
}

/** Nodes reachable from `root`, inputs before outputs (iterative DFS: long solver chains must not overflow). */
function topoSort(root: Tensor): Node[] {
  const order: Node[] = [];
  if (!root.node) return order;
  const seen = new Set<Node>([root.node]);
  const stack: [Node, number][] = [[root.node, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const node = top[0];
    if (top[1] < node.inputs.length) {
      const child = node.inputs[top[1]++].node;
      if (child && !seen.has(child)) {
        seen.add(child);
        stack.push([child, 0]);
      }
    } else {
      stack.pop();
      order.push(node);
    }
  }
  return order;
}

function accumulate(a: Tensor | undefined | null, g: Tensor): Tensor {
  if (!a) return g;
  const out = a.dtype === "float32" ? new Float32Array(a.size) : new Float64Array(a.size);
  for (let i = 0; i < out.length; i++) out[i] = a.data[i] + g.data[i];
  return Tensor.fromData(out, a.shape);
}

/** Reverse pass from `root`; leaf tensors with requiresGrad accumulate into `.grad`. */
export function runBackward(root: Tensor, seed?: Tensor): void {
  const message =
    "backward(): an op in this graph computes its gradient asynchronously; use `await loss.backwardAsync()`";
  runSteps(backwardSteps(root, seed), () => new GradError(message));
}

/** `runBackward` for graphs with asynchronous custom ops; synchronous vjps run exactly as in `runBackward`. */
export function runBackwardAsync(root: Tensor, seed?: Tensor): Promise<void> {
  return runStepsAsync(backwardSteps(root, seed));
}

/** The reverse pass, written once: it yields only when a vjp returns a Promise. */
export function* backwardSteps(root: Tensor, seed?: Tensor): Steps<void> {
  if (!root.requiresGrad) {
    throw new GradError("backward(): this tensor does not depend on any tensor with requiresGrad: true");
  }
  if (!seed) {
    if (root.size !== 1) {
      throw new GradError(
        `backward(): output has shape ${fmtShape(root.shape)}; pass a gradient of that shape or reduce to a scalar first (e.g. .sum())`,
      );
    }
    seed = Tensor.full(root.shape, 1, root.dtype);
  }
  const grads = new Map<Tensor, Tensor>([[root, checkGrad(seed, root, "backward seed")]]);
  const order = topoSort(root);
  for (let n = order.length - 1; n >= 0; n--) {
    const node = order[n];
    if (!node.outputs.some((o) => grads.has(o))) continue;
    const gOut = node.outputs.map((o) => grads.get(o) ?? Tensor.full(o.shape, 0, o.dtype));
    for (const o of node.outputs) grads.delete(o);
    // backward rules run without recording; an async rule's continuation sees only unrecorded tensors
    const pending = noGrad(() => node.vjp(gOut));
    const gIn = pending instanceof Promise ? ((yield pending) as Grads) : pending;
    node.inputs.forEach((x, i) => {
      const g = gIn[i];
      if (!g || !x.requiresGrad) return;
      const gx = checkGrad(g, x, node.op);
      if (x.node) grads.set(x, accumulate(grads.get(x), gx));
      else x.grad = accumulate(x.grad, gx === g ? g.clone() : gx);
    });
  }
  if (!root.node) root.grad = accumulate(root.grad, seed.clone());
}

function checkGrad(g: Tensor, x: Tensor, op: string): Tensor {
  if (g.size !== x.size || g.shape.length !== x.shape.length || g.shape.some((n, i) => n !== x.shape[i])) {
    throw new GradError(
      `${op}: gradient has shape ${fmtShape(g.shape)} but its input has shape ${fmtShape(x.shape)}`,
    );
  }
  return g.dtype === x.dtype
    ? g
    : Tensor.fromData(g.dtype === "float32" ? Float64Array.from(g.data) : Float32Array.from(g.data), x.shape);
}
