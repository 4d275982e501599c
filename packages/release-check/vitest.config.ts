import { defineConfig } from "vitest/config";

// Unlike the other packages, these tests check what users get: the built dist/ files (no "source"
// condition). turbo builds every package first (`test` depends on `^build`).
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 300_000 },
});
