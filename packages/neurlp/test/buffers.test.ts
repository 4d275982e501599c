import { afterEach, describe, expect, it } from "vitest";
import { clearBufferPool, giveBuffer, setPoolLimit, takeBuffer } from "../src/core/buffers.js";

describe("buffer pool", () => {
  const limit = setPoolLimit(2 ** 30);
  afterEach(() => {
    setPoolLimit(limit);
    clearBufferPool();
  });

  it("hands back a given array of the same length, zero-filled on request", () => {
    const a = takeBuffer(5000);
    a.fill(3);
    giveBuffer(a);
    const b = takeBuffer(5000, false);
    expect(b).toBe(a);
    expect(b[17]).toBe(3);
    giveBuffer(b);
    expect(takeBuffer(5000)).toBe(a);
    expect(a.every((x) => x === 0)).toBe(true);
    expect(takeBuffer(5000)).not.toBe(a); // taken: the pool is empty again
  });

  it("evicts the oldest arrays when full, so a loop that changed size still reuses its own", () => {
    setPoolLimit(3 * 8 * 8192);
    const [older, newer] = [takeBuffer(8192), takeBuffer(8192)];
    giveBuffer(older);
    giveBuffer(newer);
    const big = takeBuffer(2 * 8192);
    giveBuffer(big); // needs the room of two small ones: only the older one goes
    expect(takeBuffer(2 * 8192)).toBe(big);
    expect(takeBuffer(8192)).toBe(newer);
    expect(takeBuffer(8192)).not.toBe(older);
  });
});
