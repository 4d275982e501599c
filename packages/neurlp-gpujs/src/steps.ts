import type { MaybePromise } from "@mechanist/neurlp";

/**
 * Algorithms are written as generators that `yield` every kernel result, so the same code runs
 * synchronously (cpu, webasm, headlessgl) or asynchronously (gpu.js's webgpu mode returns Promises).
 */
export type Steps<T> = Generator<MaybePromise<unknown>, T, unknown>;

export function run<T>(gen: Steps<T>): T | Promise<T> {
  let next = gen.next();
  while (!next.done) {
    if (next.value instanceof Promise) return finishAsync(gen, next.value);
    next = gen.next(next.value);
  }
  return next.value;
}

async function finishAsync<T>(gen: Steps<T>, pending: Promise<unknown>): Promise<T> {
  let next = gen.next(await pending);
  while (!next.done) next = gen.next(await next.value);
  return next.value;
}

/** Kernel outputs as a Float32Array (gpu.js returns Float32Array or number[] depending on mode). */
export function f32(v: unknown): Float32Array {
  return v instanceof Float32Array ? v : Float32Array.from(v as ArrayLike<number>);
}
