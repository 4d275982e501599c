/** Browsers: `navigator.gpu`. */
export async function defaultGpu(): Promise<GPU> {
  const gpu = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
  if (!gpu) {
    throw new Error(
      "navigator.gpu is undefined: this browser has no WebGPU or it is disabled (needs a secure context — https or localhost; Chromium on Linux: --enable-unsafe-webgpu or chrome://flags/#enable-unsafe-webgpu)",
    );
  }
  return gpu;
}

export const SETUP_HINT =
  "In browsers WebGPU needs Chrome/Edge ≥ 113, Firefox ≥ 141 or Safari ≥ 26 in a secure context; headless or Linux Chromium needs --enable-unsafe-webgpu.";
