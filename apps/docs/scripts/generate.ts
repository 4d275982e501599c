// Build-time generation (before VitePress): figures computed with the packages, package READMEs,
// and the TensorFlow.js WebAssembly binaries the tfjs backend loads in the browser.
await import("./figures.js");
await import("./readmes.js");
await import("./tfjs-wasm.js");
