import { describe, expect, it } from "vitest";
import {
  createCpuBackend,
  getBackend,
  getBackendSync,
  listBackends,
  NeurlpBackendError,
  registerBackend,
  solveODE,
  unregisterBackend,
} from "../src/index.js";

const problem = {
  coefficients: [[[[[1, 0, 1]]]]],
  rhs: [[[0]]],
  initial: [[[[0, 1]]]],
  steps: 0.1,
  nSteps: 20,
};

describe("backend registry", () => {
  it("has the cpu backend registered by default, Float64 and synchronous", async () => {
    expect(listBackends()).toContain("cpu");
    const b = await getBackend("cpu");
    expect(b.precision).toBe(64);
    expect(b.features).toEqual({
      parallelInTime: false,
      synchronous: true,
      assembles: ["central", "continuous"],
    });
    expect(await getBackend()).toBe(b);
  });

  it("unknown backend: typed error listing the registered ones", async () => {
    await expect(getBackend("nope")).rejects.toThrow(NeurlpBackendError);
    await expect(solveODE(problem, { backend: "nope" })).rejects.toThrow(
      /unknown NeuRLP backend "nope".*\[.*cpu/,
    );
  });

  it("duplicate names need override; factories that throw or return junk give NeurlpBackendError", async () => {
    expect(() => registerBackend("cpu", createCpuBackend)).toThrow(/already registered/);
    registerBackend("broken", () => {
      throw new Error("no device");
    });
    await expect(getBackend("broken")).rejects.toThrow(/"broken" failed to initialise: no device/);
    registerBackend("junk", () => ({}) as never);
    await expect(getBackend("junk")).rejects.toThrow(/missing kernels: factor, solve/);
    expect(unregisterBackend("broken")).toBe(true);
    expect(unregisterBackend("junk")).toBe(true);
  });

  it("async factories: getBackendSync fails until the backend is awaited once", async () => {
    registerBackend("cpu-async", async () => ({ ...createCpuBackend(), name: "cpu-async" }), {
      priority: -1,
    });
    expect(() => getBackendSync("cpu-async")).toThrow(/await getBackend\("cpu-async"\)/);
    const b = await getBackend("cpu-async");
    expect(getBackendSync("cpu-async")).toBe(b);
    // negative priority: never the default
    expect((await getBackend()).name).toBe("cpu");
    const { u } = await solveODE(problem, { backend: "cpu-async" });
    const ref = await solveODE(problem);
    expect(Array.from(u.data)).toEqual(Array.from(ref.u.data));
    unregisterBackend("cpu-async");
  });
});
