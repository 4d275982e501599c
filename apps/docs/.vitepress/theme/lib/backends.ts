/**
 * The NeuRLP backends the demos can use in this browser. `@mechanist/neurlp` registers "cpu"
 * itself; the Float32 backend packages are registered here on first use, each only where it can
 * run: WebGPU where `navigator.gpu` exists, TensorFlow.js on its WebAssembly backend (the .wasm
 * files are copied to /tfjs/ by scripts/generate.ts), gpu.js on WebGL2 where a WebGL2 context exists.
 * A package that fails to load is left out of the list (and logged), never breaking the demos.
 */
export interface BackendChoice {
  name: string;
  label: string;
}

const LABELS: Record<string, string> = {
  cpu: "cpu (TypeScript, Float64)",
  tfjs: "tfjs (TensorFlow.js wasm, Float32)",
  webgpu: "webgpu (Float32)",
  gpujs: "gpu.js (WebGL2, Float32)",
};

// The site's base path (Vite's BASE_URL); also valid inside the discovery worker.
const BASE = (import.meta as unknown as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? "/";

let loading: Promise<BackendChoice[]> | undefined;

function hasWebGL2(): boolean {
  try {
    return typeof OffscreenCanvas !== "undefined" && new OffscreenCanvas(1, 1).getContext("webgl2") !== null;
  } catch {
    return false;
  }
}

async function optional(name: string, register: () => Promise<unknown>): Promise<void> {
  try {
    await register();
  } catch (e) {
    console.warn(`docs: the ${name} backend is not available here: ${(e as Error).message}`);
  }
}

async function register(): Promise<BackendChoice[]> {
  const neurlp = await import("@mechanist/neurlp");
  const have = new Set(neurlp.listBackends());
  const nav = globalThis.navigator as (Navigator & { gpu?: unknown }) | undefined;
  if (!have.has("webgpu") && nav?.gpu) {
    await optional("webgpu", async () => (await import("@mechanist/neurlp-webgpu")).registerWebGPU());
  }
  if (!have.has("tfjs")) {
    await optional("tfjs", async () =>
      (await import("@mechanist/neurlp-tfjs")).registerTfjs({
        tfBackend: "wasm",
        wasmPaths: new URL(`${BASE}tfjs/`, location.href).href,
        priority: -1,
      }),
    );
  }
  if (!have.has("gpujs") && hasWebGL2()) {
    await optional("gpujs", async () =>
      (await import("@mechanist/neurlp-gpujs")).registerGpujs({ mode: "webgl2", priority: -1 }),
    );
  }
  return neurlp.listBackends().map((name) => ({ name, label: LABELS[name] ?? name }));
}

export function loadBackends(): Promise<BackendChoice[]> {
  loading ??= register();
  return loading;
}
