// Build-time generation (before VitePress): figures computed with the packages, package READMEs.
await import("./figures.js");
await import("./readmes.js");
