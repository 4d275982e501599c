/** Cases a Float32 factorisation cannot pass (none since the core refines with PCG; see the README). */
export const FLOAT32_SKIPS: Record<string, string> = {};
