import { describe, expect, it } from "vitest";
import { unknownOptionMessage } from "../src/index.js";

const known = { threshold: true, degree: true, window: true } as const;

describe("unknownOptionMessage", () => {
  it("is undefined when every key is known, or unknown keys hold undefined", () => {
    expect(unknownOptionMessage({ threshold: 1, window: 3 }, known, "f options")).toBeUndefined();
    expect(unknownOptionMessage({ degree: 2, extra: undefined }, known, "f options")).toBeUndefined();
    expect(unknownOptionMessage(undefined, known, "f options")).toBeUndefined();
  });

  it("names the unknown key, the closest known one within a few edits, and all known keys", () => {
    expect(unknownOptionMessage({ treshold: 1 }, known, "f options")).toBe(
      'f options: unknown option "treshold" (did you mean "threshold"?); known options: threshold, degree, window',
    );
    expect(unknownOptionMessage({ Degree: 1 }, known, "f")).toContain('(did you mean "degree"?)');
    expect(unknownOptionMessage({ color: "red" }, known, "f")).toBe(
      'f: unknown option "color"; known options: threshold, degree, window',
    );
  });

  it("does not treat Object.prototype members as known", () => {
    expect(unknownOptionMessage({ toString: 1 }, known, "f")).toContain('unknown option "toString"');
    expect(unknownOptionMessage(JSON.parse('{"__proto__": 1}'), known, "f")).toContain(
      'unknown option "__proto__"',
    );
  });
});
