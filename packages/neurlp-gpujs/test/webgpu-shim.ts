/**
 * Node has no `navigator.gpu`: gpu.js's webgpu mode detects WebGPU as `navigator.gpu`, so install
 * the Dawn-based one from the `webgpu` package (needs a Vulkan adapter: Mesa 25 lavapipe here).
 * Returns false when no adapter is available.
 */
export async function installNodeWebGPU(): Promise<boolean> {
  const { create, globals } = await import("webgpu");
  Object.assign(globalThis, globals);
  const gpu = create([]);
  Object.defineProperty(globalThis, "navigator", {
    value: { gpu, userAgent: "node" },
    configurable: true,
  });
  return (await gpu.requestAdapter()) !== null;
}
