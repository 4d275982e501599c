// Aliased by the browser test to @mechanist/neurlp's src/conformance/cases.ts (not a public export).
declare module "neurlp-conformance-cases" {
  export const CASES: import("@mechanist/browser-harness").ConformanceCase[];
}
