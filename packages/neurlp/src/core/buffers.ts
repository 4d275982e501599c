/**
 * A small pool of Float64Arrays, by exact length. Fresh large allocations are expensive (the OS
 * zero-fills and faults in every page: measured ~45 ms for 14 MB on the 2-core benchmark VM,
 * versus ~1 ms to reuse), and a training loop solves same-sized problems over and over. Only
 * arrays nobody references any more may be given back.
 */

const free = new Map<number, Float64Array[]>();
let pooledBytes = 0;
let allocatedBytes = 0;
const MAX_POOLED_BYTES = 512 * 2 ** 20;
const MAX_PER_SIZE = 6;
/** Arrays shorter than this are not worth pooling. */
const MIN_LENGTH = 4096;

/** A Float64Array of `length`, reused when possible; zero-filled when `zero` is true. */
export function takeBuffer(length: number, zero = true): Float64Array {
  const list = free.get(length);
  const a = list?.pop();
  if (a) {
    pooledBytes -= a.byteLength;
    if (zero) a.fill(0);
    return a;
  }
  allocatedBytes += length * 8;
  return new Float64Array(length);
}

/** Bytes of fresh Float64Arrays the solver's scratch/factor allocations made so far (benchmarks). */
export function allocatedBufferBytes(): number {
  return allocatedBytes;
}

/** Return an array to the pool (the caller promises it is not used afterwards). */
export function giveBuffer(a: Float64Array | null | undefined): void {
  if (!a || a.length < MIN_LENGTH || a.byteOffset !== 0 || a.length * 8 !== a.buffer.byteLength) return;
  if (pooledBytes + a.byteLength > MAX_POOLED_BYTES) return;
  let list = free.get(a.length);
  if (!list) {
    list = [];
    free.set(a.length, list);
  }
  if (list.length >= MAX_PER_SIZE || list.includes(a)) return;
  list.push(a);
  pooledBytes += a.byteLength;
}

/** Drop every pooled array (lets the GC return the memory). */
export function clearBufferPool(): void {
  free.clear();
  pooledBytes = 0;
}
