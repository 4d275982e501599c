import { defineConfig } from "vitest/config";

// Tests import workspace packages from src/ through the "source" export condition: no build needed.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  // The timeout guards against hangs only; speed is measured by `pnpm bench`, and CI runs packages side by side on 2 cores.
  test: { include: ["test/**/*.test.ts"], testTimeout: 300_000 },
});
