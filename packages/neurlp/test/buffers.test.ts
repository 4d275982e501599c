import { afterEach, describe, expect, it } from "vitest";
import { randomInputs } from "../src/conformance/random.js";
import { clearBufferPool, giveBuffer, setPoolLimit, takeBuffer } from "../src/core/buffers.js";
import { allocatedBufferBytes, NeurlpValueError, recycle, solveODE } from "../src/index.js";

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

describe("recycle (outputs handed back by a training loop)", () => {
  // every output at least the pool's minimum length (4096), so all of them are kept
  const inputs = randomInputs(5, { B: 4, N: 1100, E: 1, D: 1, K: 3, nIvSteps: 1, nIv: 2 });

  async function step(give: boolean): Promise<Float64Array> {
    const s = await solveODE(inputs);
    const u = Float64Array.from(s.u.data);
    const g = await s.vjp({ shape: s.u.shape, data: s.u.data.map((x) => 2 * x) });
    s.dispose();
    if (give) recycle(s.u, g.coefficients, g.rhs, g.initial, g.steps);
    return u;
  }

  it("lets a loop run without allocating, with results identical to fresh arrays", async () => {
    clearBufferPool();
    const fresh = await step(false);
    const before = allocatedBufferBytes();
    await step(false);
    expect(allocatedBufferBytes()).toBeGreaterThan(before); // u and the gradients are new each time
    await step(true);
    const settled = allocatedBufferBytes();
    for (let i = 0; i < 3; i++) expect(Array.from(await step(true))).toEqual(Array.from(fresh));
    expect(allocatedBufferBytes()).toBe(settled);
  });

  it("refuses what is not an output array", () => {
    expect(() => recycle(new Float32Array(8) as never)).toThrow(NeurlpValueError);
    expect(() => recycle({ data: [1, 2] } as never)).toThrow(/argument 0/);
  });
});
