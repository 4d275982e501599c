/**
 * The NeuRLP backends the demos can use in this browser. `@mechanist/neurlp` registers "cpu"
 * itself; the other backend packages register theirs when imported. WebGPU is offered only where
 * `navigator.gpu` exists.
 */
export interface BackendChoice {
  name: string;
  label: string;
}

let loading: Promise<BackendChoice[]> | undefined;

async function register(): Promise<BackendChoice[]> {
  const neurlp = await import("@mechanist/neurlp");
  const labels: Record<string, string> = {
    cpu: "cpu (TypeScript, Float64)",
    tfjs: "tfjs (TensorFlow.js, Float32)",
    webgpu: "webgpu (Float32)",
    gpujs: "gpu.js (Float32)",
  };
  return neurlp.listBackends().map((name) => ({ name, label: labels[name] ?? name }));
}

export function loadBackends(): Promise<BackendChoice[]> {
  loading ??= register();
  return loading;
}
