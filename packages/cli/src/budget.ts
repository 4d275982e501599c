/**
 * The memory budget of a command (`--max-memory <MiB>`, default 2048): work whose estimated peak memory is
 * larger is refused up front with the estimate, instead of running out of memory or for hours. The estimates
 * are deliberately rough upper bounds (see each command); raise the flag to run anyway.
 */
import { UsageError } from "./errors.js";
import { num } from "./spec/flags.js";

export const DEFAULT_MAX_MEMORY_MIB = 2048;

export const MAX_MEMORY_FLAG = num({
  arg: "<MiB>",
  positive: true,
  section: "Limits",
  help: "memory budget; larger jobs (by an up-front estimate) are refused with exit code 2",
  default: DEFAULT_MAX_MEMORY_MIB,
});

export const mib = (bytes: number) => `${Math.ceil(bytes / 2 ** 20)} MiB`;

/** Throws a UsageError when `bytes` exceeds the budget; `what` says what the estimate is of, `fix` what to change. */
export function checkBudget(bytes: number, budgetMiB: number, what: string, fix: string): void {
  if (bytes > budgetMiB * 2 ** 20)
    throw new UsageError(
      `${what} needs about ${mib(bytes)}, more than --max-memory ${budgetMiB} MiB; ${fix} (or raise --max-memory)`,
    );
}
