/** Where the generated module lives (src/wasm/matmul-wasm.ts). */
export declare const GENERATED: URL;
/** The text of src/wasm/matmul-wasm.ts for the current src/wasm/matmul.wat. */
export declare function generatedSource(): Promise<string>;
