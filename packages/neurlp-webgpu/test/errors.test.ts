import { NeurlpBackendError } from "@mechanist/neurlp";
import { describe, expect, it } from "vitest";
import { createWebGPUBackend, WebGPUUnavailableError } from "../src/index.js";

describe("no silent CPU fallback", () => {
  it("an environment without an adapter is a typed error that says what to install", async () => {
    // A GPU object whose requestAdapter() finds nothing, as on a machine without a usable driver.
    const noAdapter = { requestAdapter: async () => null } as unknown as GPU;
    const err = await createWebGPUBackend({ gpu: noAdapter }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WebGPUUnavailableError);
    expect(err).toBeInstanceOf(NeurlpBackendError);
    expect((err as Error).name).toBe("WebGPUUnavailableError");
    expect((err as Error).message).toMatch(/setup-system\.sh|Mesa/);
  });

  it("rejects unknown options", async () => {
    await expect(createWebGPUBackend({ arithmetic: "f64" as never })).rejects.toThrow(/"f32" or "df32"/);
  });
});
