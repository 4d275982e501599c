/**
 * A small pool of Float64Arrays, by exact length. Fresh large allocations are expensive (the OS
 * zero-fills and faults in every page: measured ~45 ms for 14 MB on the 2-core benchmark VM,
 * versus ~1 ms to reuse), and a training loop solves same-sized problems over and over. Only
 * arrays nobody references any more may be given back.
 */

const free = new Map<number, Float64Array[]>();
/** Every pooled array, oldest first: when the pool is full the oldest go (a loop that changed size
 * would otherwise find the pool full of arrays it no longer asks for). */
const order: Float64Array[] = [];
let pooledBytes = 0;
let allocatedBytes = 0;
/** Enough for the working set of B = 512, N = 4096, K = 3 with central rows (factor 453 MB + vectors). */
let maxPooledBytes = 2 ** 30;
const MAX_PER_SIZE = 6;
/** Arrays shorter than this are not worth pooling. */
const MIN_LENGTH = 4096;

/** A Float64Array of `length`, reused when possible; zero-filled when `zero` is true. */
export function takeBuffer(length: number, zero = true): Float64Array {
  const list = free.get(length);
  const a = list?.pop();
  if (a) {
    order.splice(order.indexOf(a), 1);
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
  if (a.byteLength > maxPooledBytes || order.includes(a)) return;
  let list = free.get(a.length);
  if (!list) {
    list = [];
    free.set(a.length, list);
  }
  if (list.length >= MAX_PER_SIZE) return;
  while (pooledBytes + a.byteLength > maxPooledBytes) evictOldest();
  list.push(a);
  order.push(a);
  pooledBytes += a.byteLength;
}

function evictOldest(): void {
  const old = order.shift()!;
  const list = free.get(old.length)!;
  list.splice(list.indexOf(old), 1);
  pooledBytes -= old.byteLength;
}

/** Set the pool's byte limit (tests); returns the previous one. */
export function setPoolLimit(bytes: number): number {
  const was = maxPooledBytes;
  maxPooledBytes = bytes;
  while (pooledBytes > maxPooledBytes) evictOldest();
  return was;
}

/** Drop every pooled array (lets the GC return the memory). */
export function clearBufferPool(): void {
  free.clear();
  order.length = 0;
  pooledBytes = 0;
}
