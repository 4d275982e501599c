/**
 * Node: the optional `webgpu` package (Dawn) provides the GPU object. It is imported lazily and only
 * through the package's "#gpu-provider" import map for Node, so browser bundles never see it.
 */
export async function defaultGpu(): Promise<GPU> {
  let mod: { create(flags: string[]): GPU; globals: Record<string, unknown> };
  try {
    mod = (await import("webgpu")) as unknown as typeof mod;
  } catch (err) {
    throw new Error(
      `the optional peer dependency "webgpu" (Dawn for Node) is not installed: \`pnpm add webgpu\` (${(err as Error).message})`,
    );
  }
  // GPUBufferUsage, GPUMapMode, … are globals in browsers; Dawn's package exports them.
  for (const [k, v] of Object.entries(mod.globals)) {
    if (!(k in globalThis)) (globalThis as Record<string, unknown>)[k] = v;
  }
  return mod.create([]);
}

export const SETUP_HINT =
  "In Node the WebGPU backend runs on Dawn (the `webgpu` npm package) over Vulkan; without a GPU it needs Mesa ≥ 25's lavapipe (Debian 12: `bash scripts/setup-system.sh` installs mesa-vulkan-drivers from bookworm-backports; Mesa 22's lavapipe is rejected by Dawn).";
