import { OdeArray } from "./core/arrays.js";
import { giveBuffer } from "./core/buffers.js";
import { NeurlpValueError } from "./errors.js";

/**
 * Hand arrays the solver returned (`u`, the gradients of `vjp`) back to its buffer pool once nothing
 * reads them any more — nor any view of their memory (`subarray`, `.buffer`): the next solve of the
 * same size takes them instead of allocating. Worth it in training loops with large outputs: fresh
 * memory is faulted in page by page, and above 32 MB the C allocator hands out fresh pages for every
 * array (measured on the 2-core benchmark VM: ≈ 20 µs per 4 KiB page, i.e. ≈ 250 ms for the 48 MB
 * `u` of B = 512, N = 4096 — about as long as the solve). Optional; arrays the pool does not keep
 * (short ones, views into a larger buffer) are left to the garbage collector.
 */
export function recycle(...arrays: ReadonlyArray<OdeArray | Float64Array>): void {
  for (const [i, a] of arrays.entries()) {
    const data = a instanceof OdeArray ? a.data : a;
    if (!(data instanceof Float64Array)) {
      throw new NeurlpValueError(
        `recycle: argument ${i} is not an OdeArray or Float64Array (pass the solver's outputs, e.g. solution.u)`,
      );
    }
  }
  for (const a of arrays) giveBuffer(a instanceof OdeArray ? a.data : a);
}
