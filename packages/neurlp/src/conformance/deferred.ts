import type { NeurlpBackend } from "../backend.js";

/**
 * An asynchronous twin of a synchronous backend, for testing asynchronous code paths without a GPU:
 * every kernel of `inner` runs unchanged, and its result is delivered on a later macrotask (as a GPU
 * readback is), with `features.synchronous: false`. The arithmetic is `inner`'s, so every result must
 * equal a run on `inner` bit for bit: what differs is only the path (the `…Async` entry points, awaits).
 * Kernels `inner` leaves out stay left out (the core then assembles on the host, as it would for `inner`).
 */
export function createDeferredBackend(inner: NeurlpBackend, name = `deferred-${inner.name}`): NeurlpBackend {
  const later = <T>(f: () => T | Promise<T>) =>
    new Promise<T>((resolve, reject) =>
      setTimeout(() => {
        try {
          resolve(f());
        } catch (e) {
          reject(e);
        }
      }, 0),
    );
  const { assembleMatrix, assembleRhs, assembleAndFactor, assembleFactorSolve } = inner;
  return {
    name,
    precision: inner.precision,
    features: { ...inner.features, synchronous: false },
    ...(assembleMatrix && { assembleMatrix: (lhs) => later(() => assembleMatrix.call(inner, lhs)) }),
    ...(assembleRhs && { assembleRhs: (p) => later(() => assembleRhs.call(inner, p)) }),
    ...(assembleAndFactor && { assembleAndFactor: (lhs) => later(() => assembleAndFactor.call(inner, lhs)) }),
    ...(assembleFactorSolve && {
      assembleFactorSolve: (p) => later(() => assembleFactorSolve.call(inner, p)),
    }),
    factor: (m) => later(() => inner.factor(m)),
    solve: (f, rhs, batch) => later(() => inner.solve(f, rhs, batch)),
    releaseFactor: (f) => inner.releaseFactor?.(f),
    dispose: () => inner.dispose?.(),
  };
}
