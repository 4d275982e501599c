/** Copies @tensorflow/tfjs-backend-wasm's .wasm files to public/tfjs/ (served as /tfjs/). */
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve("@tensorflow/tfjs-backend-wasm/package.json"));
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "tfjs");
mkdirSync(out, { recursive: true });
for (const f of readdirSync(join(dist, "dist")).filter((f) => f.endsWith(".wasm"))) {
  copyFileSync(join(dist, "dist", f), join(out, f));
}
console.log(`tfjs-wasm: copied to public/tfjs/`);
