/**
 * vitest's API, loaded only when running under vitest (its workers set VITEST), so that importing
 * `@mechanist/neurlp/conformance` needs no test framework: browser pages and scripts get the cases
 * and `runConformanceCases`; `runConformance` says what to do instead. The specifier is a variable
 * so that bundlers leave the import alone.
 */
type Vitest = typeof import("vitest");

const underVitest = typeof process !== "undefined" && Boolean(process.env?.VITEST);
const specifier = "vitest";

export const vitest: Vitest | null = underVitest
  ? ((await import(/* @vite-ignore */ specifier)) as Vitest)
  : null;
