// Aliased by the browser test to @mechanist/neurlp's src/conformance/cases.ts (not a public export).
declare module "neurlp-conformance-cases" {
  export const CASES: Array<{
    id: string;
    run(ctx: {
      backend: string;
      tol: { solution: number; gradient: number; closedForm: number };
    }): Promise<void>;
  }>;
}
