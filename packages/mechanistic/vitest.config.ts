import { defineConfig } from "vitest/config";

// Tests import workspace packages from src/ through the "source" export condition: no build needed.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  // The timeout guards against hangs only; speed is measured by `pnpm bench`, and CI runs packages side by side on 2 cores.
  // Two workers, not vitest's default of cores − 1: this package's files run last and longest in CI, mostly alone,
  // and its tests share nothing (temporary directories are unique, nothing is timed).
  test: { include: ["test/**/*.test.ts"], testTimeout: 300_000, maxWorkers: 2 },
});
