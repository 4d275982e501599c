import { defineConfig } from "vitest/config";

// Root config: `pnpm vitest` runs every package's tests as projects; `pnpm test` runs them through turbo.
export default defineConfig({
  test: { projects: ["packages/*", "apps/*"] },
});
