import { NeurlpValueError } from "../errors.js";
import { loadResidentAddon, type ResidentAddon } from "./native.js";

/** What `keepMemoryResident` / `restoreMemoryDefaults` did: `applied` false says why in `reason`. */
export interface MemoryPolicyStatus {
  readonly applied: boolean;
  readonly reason?: string;
}

export interface KeepMemoryResidentOptions {
  /**
   * Free memory at the top of the heap kept mapped for reuse, in bytes (default 1 GiB; glibc caps it
   * at 2 GiB − 1). Freed blocks below the top stay mapped whatever this is, until
   * `restoreMemoryDefaults`.
   */
  readonly retainBytes?: number;
}

const DEFAULT_RETAIN = 2 ** 30;

/**
 * Keep the memory of freed large arrays mapped, so that a training loop's next arrays of the same size
 * reuse it instead of faulting in fresh pages. For Node processes that solve large batches in a loop
 * (B = 512, N = 4096: u alone is 48 MB): by default glibc maps every block over 32 MiB afresh and
 * unmaps it when freed, and on a VM each 4 KiB page then costs tens of µs on first touch — as much
 * as the solve. Process-wide (it changes the C allocator's policy for everything in the process), so
 * it is the application's choice, never switched on by the solver itself; the process's memory stays
 * at its high-water mark until `restoreMemoryDefaults`. Linux with glibc only: elsewhere, or if the
 * native helper was not built, nothing changes and `applied` is false with the reason.
 */
export function keepMemoryResident(options: KeepMemoryResidentOptions = {}): MemoryPolicyStatus {
  const retain = options.retainBytes ?? DEFAULT_RETAIN;
  if (typeof retain !== "number" || !Number.isFinite(retain) || retain < 0) {
    throw new NeurlpValueError(
      `keepMemoryResident: retainBytes must be a finite number of bytes >= 0 (got ${String(retain)}); omit it for 1 GiB`,
    );
  }
  return switchPolicy((addon) => addon.resident(Math.floor(retain)));
}

/**
 * Undo `keepMemoryResident`: large blocks are mmapped again and freed memory above 128 KiB at the top of
 * the heap is returned (glibc's defaults), and the free memory kept so far is handed back to the system
 * (`malloc_trim`). glibc's mmap threshold then stays where it was instead of adapting (any `mallopt`
 * switches that off). Same `applied` / `reason` as `keepMemoryResident`.
 */
export function restoreMemoryDefaults(): MemoryPolicyStatus {
  return switchPolicy((addon) => addon.defaults());
}

/** Runs one switch of the native helper; its false means the C library has no such switch (not glibc). */
function switchPolicy(call: (addon: ResidentAddon) => boolean): MemoryPolicyStatus {
  const load = loadResidentAddon();
  if (!("addon" in load)) return { applied: false, reason: load.reason };
  return call(load.addon)
    ? { applied: true }
    : { applied: false, reason: "the C library is not glibc: its allocator has no such switch" };
}
