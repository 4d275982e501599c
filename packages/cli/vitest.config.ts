import { defineConfig } from "vitest/config";

// Tests import workspace packages from src/ through the "source" export condition: no build needed.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000 },
});
