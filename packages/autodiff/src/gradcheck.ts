import { fmtShape, GradcheckError } from "./errors.js";
import { checkOptionKeys, GRADCHECK_KEYS } from "./option-keys.js";
import { Rng } from "./rng.js";
import { backwardSteps, noGrad, runSteps, runStepsAsync, type Steps } from "./tape.js";
import { Tensor } from "./tensor.js";

export interface GradcheckOptions {
  /** Finite-difference step (default 1e-6). */
  eps?: number;
  /** Pass when |analytic - numeric| <= atol + rtol * |numeric| (defaults 1e-6, 1e-5). */
  atol?: number;
  rtol?: number;
  /** Seed of the random cotangent (default 1). */
  seed?: number;
}
export interface GradcheckResult {
  ok: boolean;
  maxAbsErr: number;
  maxRelErr: number;
  details: string;
}

type MaybeAsync<T> = T | Promise<T>;

/**
 * Compare reverse-mode gradients with central differences, in Float64. The output y = fn(...inputs) is
 * contracted with a fixed random cotangent r, so one backward pass gives d<r, y>/d inputs, and every input
 * element is perturbed by ±eps to get the same derivative numerically.
 */
export function gradcheck(
  fn: (...inputs: Tensor[]) => Tensor,
  inputs: Tensor[],
  opts: GradcheckOptions = {},
): GradcheckResult {
  checkOptionKeys(opts, GRADCHECK_KEYS, "gradcheck options");
  return runSteps(checkSteps(fn, inputs, opts), () => new GradcheckError("gradcheck: use gradcheckAsync"));
}

/** `gradcheck` for functions that return a Promise or contain asynchronous custom ops. */
export function gradcheckAsync(
  fn: (...inputs: Tensor[]) => MaybeAsync<Tensor>,
  inputs: Tensor[],
  opts: GradcheckOptions = {},
): Promise<GradcheckResult> {
  checkOptionKeys(opts, GRADCHECK_KEYS, "gradcheckAsync options");
  return runStepsAsync(checkSteps(fn, inputs, opts));
}

function* checkSteps(
  fn: (...inputs: Tensor[]) => MaybeAsync<Tensor>,
  inputs: Tensor[],
  opts: GradcheckOptions,
): Steps<GradcheckResult> {
  const { eps = 1e-6, atol = 1e-6, rtol = 1e-5, seed = 1 } = opts;
  const xs = inputs.map((t) => new Tensor(Float64Array.from(t.data), t.shape, true));
  const call = function* (args: Tensor[], record = false): Steps<Tensor> {
    const y = record ? fn(...args) : noGrad(() => fn(...args));
    return y instanceof Promise ? ((yield y) as Tensor) : y;
  };
  const y = yield* call(xs, true);
  const rng = new Rng(seed);
  const r = new Float64Array(y.size).map(() => rng.normal());
  if (y.requiresGrad)
    yield* backwardSteps(y, new Tensor(y.dtype === "float32" ? Float32Array.from(r) : r, y.shape));
  // detached views share the perturbed storage and record no graph
  const plain = xs.map((x) => x.detach());
  let maxAbsErr = 0;
  let maxRelErr = 0;
  let worst = { excess: 0, text: "" };
  for (const [k, x] of xs.entries()) {
    for (let j = 0; j < x.size; j++) {
      const v = x.data[j];
      x.data[j] = v + eps;
      const lp = dot((yield* call(plain)).data, r);
      x.data[j] = v - eps;
      const lm = dot((yield* call(plain)).data, r);
      x.data[j] = v;
      const num = (lp - lm) / (2 * eps);
      const ana = x.grad ? x.grad.data[j] : 0;
      const err = Math.abs(ana - num);
      maxAbsErr = Math.max(maxAbsErr, err);
      maxRelErr = Math.max(maxRelErr, err / Math.max(Math.abs(num), 1e-12));
      const excess = err - (atol + rtol * Math.abs(num));
      if (!(excess <= worst.excess)) {
        worst = {
          excess,
          text: `input ${k} ${fmtShape(x.shape)} element ${j}: analytic ${ana} vs numeric ${num}`,
        };
      }
    }
  }
  const ok = worst.text === "";
  const details = ok
    ? `ok: max abs err ${maxAbsErr.toExponential(2)}, max rel err ${maxRelErr.toExponential(2)}`
    : `gradient mismatch (atol ${atol}, rtol ${rtol}); worst ${worst.text}; max abs err ${maxAbsErr.toExponential(2)}`;
  return { ok, maxAbsErr, maxRelErr, details };
}

function dot(v: ArrayLike<number>, r: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * r[i];
  return s;
}

/** gradcheck that throws a GradcheckError with the details on failure (for tests). */
export function assertGradcheck(
  fn: (...inputs: Tensor[]) => Tensor,
  inputs: Tensor[],
  opts?: GradcheckOptions,
): GradcheckResult {
  const res = gradcheck(fn, inputs, opts);
  if (!res.ok) throw new GradcheckError(res.details);
  return res;
}

/** gradcheckAsync that rejects with a GradcheckError with the details on failure (for tests). */
export async function assertGradcheckAsync(
  fn: (...inputs: Tensor[]) => MaybeAsync<Tensor>,
  inputs: Tensor[],
  opts?: GradcheckOptions,
): Promise<GradcheckResult> {
  const res = await gradcheckAsync(fn, inputs, opts);
  if (!res.ok) throw new GradcheckError(res.details);
  return res;
}
