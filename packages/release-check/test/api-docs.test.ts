import { describe, expect, it } from "vitest";
import { entryPoints, undocumentedExports } from "./api-docs.js";

// The API reference (apps/docs, TypeDoc) is generated from doc comments: an exported function or class
// without one is a bare signature there. Every entry point counts, subpaths included.
describe("API documentation", () => {
  it("covers every subpath of every published package", () => {
    const names = entryPoints().map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "@mechanist/neurlp/conformance",
        "@mechanist/neurlp/reference",
        "@mechanist/viz/node",
      ]),
    );
  });

  it("has a doc comment on every exported function and class", () => {
    expect(undocumentedExports()).toEqual([]);
  }, 120_000);
});
