import { defineConfig } from "vitest/config";

// The e2e test builds the site and drives Chromium; the unit tests (parser, bench tables) are quick.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
