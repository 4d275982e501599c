import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { NeurlpValueError } from "../src/errors.js";
import { keepMemoryResident, restoreMemoryDefaults } from "../src/node/index.js";

// The effect itself, measured: minor page faults while allocating and touching an array above glibc's
// largest mmap threshold (32 MiB). By default each such array is a fresh mapping, faulted in page by
// page; with the resident policy the freed array's memory is reused. Vitest runs each file in its own
// process, so the process-wide switch stays inside this file (and is switched back at the end).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const BYTES = 40 * 2 ** 20;
// Transparent huge pages set to "always" fault fresh memory in 2 MiB at a time (this VM: "madvise")
const thp = (() => {
  try {
    return readFileSync("/sys/kernel/mm/transparent_hugepage/enabled", "utf8");
  } catch {
    return "";
  }
})();
const PAGES = BYTES / (thp.includes("[always]") ? 2 ** 21 : 4096);

async function faultsPerArray(cycles = 5): Promise<number> {
  const faults: number[] = [];
  for (let c = 0; c < cycles; c++) {
    const before = process.resourceUsage().minorPageFault;
    const a = new Float64Array(BYTES / 8);
    for (let i = 0; i < a.length; i += 512) a[i] = c + 1;
    faults.push(process.resourceUsage().minorPageFault - before);
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the sweeper frees backing stores off-thread
  }
  return faults.sort((x, y) => x - y)[cycles >> 1]!;
}

/** Collects garbage and gives the off-thread sweeper time to free what it found, twice. */
async function settle(): Promise<void> {
  for (let i = 0; i < 2; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
const glibc = process.platform === "linux" && Boolean(report?.header?.glibcVersionRuntime);

afterAll(() => {
  restoreMemoryDefaults();
});

describe.runIf(glibc)("keepMemoryResident (Linux, glibc)", () => {
  it("reuses freed large arrays instead of faulting in fresh pages, until restoreMemoryDefaults", async () => {
    const fresh = await faultsPerArray();
    expect(fresh).toBeGreaterThan(0.5 * PAGES);

    expect(keepMemoryResident()).toEqual({ applied: true });
    await faultsPerArray(2); // the first array after the switch still has to be faulted in once
    const resident = await faultsPerArray();
    expect(resident).toBeLessThan(0.05 * PAGES);

    // The resident phase's last arrays must be freed before the switch back: restoreMemoryDefaults hands back what is
    // free then, and a block the sweeper frees later can stay in the allocator's bins for the next arrays to reuse
    // (the likely cause of one fresh-clone CI run, beside three benchmarks, measuring 0 faults here).
    await settle();
    expect(restoreMemoryDefaults()).toEqual({ applied: true });
    expect(await faultsPerArray()).toBeGreaterThan(0.5 * PAGES);
  }, 60_000);
});

describe("keepMemoryResident options", () => {
  it("refuses a retainBytes that is not a finite number >= 0, naming the option", () => {
    const bad = fc.oneof(
      fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
      fc.string(),
    );
    fc.assert(
      fc.property(bad, (retainBytes) => {
        expect(() => keepMemoryResident({ retainBytes: retainBytes as number })).toThrow(NeurlpValueError);
        expect(() => keepMemoryResident({ retainBytes: retainBytes as number })).toThrow(/retainBytes/);
      }),
    );
  });
});
