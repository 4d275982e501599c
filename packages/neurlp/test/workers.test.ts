import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeferredBackend } from "../src/conformance/deferred.js";
import { randomInputs } from "../src/conformance/random.js";
import {
  createCpuBackend,
  NeurlpBackendError,
  NeurlpSingularError,
  NeurlpValueError,
  registerBackend,
  solveODE,
  terminateWorkers,
} from "../src/index.js";

// Worker threads run the built dist/workers/entry.js; (re)build when it is missing or older than src/.
const root = join(import.meta.dirname, "..");
function newestSource(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return t;
}

beforeAll(() => {
  const entry = join(root, "dist/workers/entry.js");
  if (!existsSync(entry) || statSync(entry).mtimeMs < newestSource(join(root, "src"))) {
    execFileSync(
      process.execPath,
      [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
      {
        cwd: root,
      },
    );
  }
}, 120_000);
afterAll(() => terminateWorkers());

describe("workers", () => {
  const spec = { B: 7, N: 30, E: 2, D: 2, K: 3, nIvSteps: 1, nIv: 2 };
  const inputs = randomInputs(77, spec);

  for (const workers of [2, 3]) {
    it(`workers: ${workers} gives bit-identical u and gradients (batch split ${spec.B} over ${workers})`, async () => {
      const one = await solveODE(inputs);
      const par = await solveODE(inputs, { workers });
      expect(Array.from(par.u.data)).toEqual(Array.from(one.u.data));
      const g = {
        shape: [spec.B, spec.N, spec.D, spec.K],
        data: new Float64Array(spec.B * spec.N * 6).map(Math.sin),
      };
      const [ga, gb] = [await one.vjp(g), await par.vjp(g)];
      for (const k of ["coefficients", "rhs", "initial", "steps"] as const) {
        expect(Array.from(gb[k].data), k).toEqual(Array.from(ga[k].data));
        expect(gb[k].shape).toEqual(ga[k].shape);
      }
    });
  }

  it("broadcast (batch-shared) inputs: gradients summed over the workers' slices", async () => {
    const shared = { ...inputs, coefficients: randomInputs(78, { ...spec, B: 1 }).coefficients, steps: 0.2 };
    const one = await solveODE(shared);
    const par = await solveODE(shared, { workers: 2 });
    expect(Array.from(par.u.data)).toEqual(Array.from(one.u.data));
    const g = {
      shape: [spec.B, spec.N, spec.D, spec.K],
      data: new Float64Array(spec.B * spec.N * 6).fill(1),
    };
    const [ga, gb] = [await one.vjp(g), await par.vjp(g)];
    for (let i = 0; i < ga.coefficients.data.length; i++) {
      expect(gb.coefficients.data[i]).toBeCloseTo(ga.coefficients.data[i]!, 10);
    }
  });

  it("the workers keep the factorisation for vjp until dispose()", async () => {
    const par = await solveODE(inputs, { workers: 2 });
    const g = {
      shape: [spec.B, spec.N, spec.D, spec.K],
      data: new Float64Array(spec.B * spec.N * 6).fill(0.5),
    };
    const first = await par.vjp(g);
    const second = await par.vjp(g);
    expect(Array.from(second.steps.data)).toEqual(Array.from(first.steps.data));
    par.dispose();
    await expect(par.vjp(g)).rejects.toThrow(/after dispose/);
    // a later solve on the same workers is unaffected by the release
    const again = await solveODE(inputs, { workers: 2 });
    expect(Array.from(again.u.data)).toEqual(Array.from(par.u.data));
  });

  it("undisposed worker solutions are capped: the oldest loses its factorisation with a clear error", async () => {
    const first = await solveODE(inputs, { workers: 2 });
    const later = [];
    for (let i = 0; i < 8; i++) later.push(await solveODE(inputs, { workers: 2 }));
    const g = {
      shape: [spec.B, spec.N, spec.D, spec.K],
      data: new Float64Array(spec.B * spec.N * 6).fill(1),
    };
    await expect(first.vjp(g)).rejects.toThrow(/no longer holds.*more than 8 newer/);
    // the newest still holds its factorisation: its gradients equal a single-thread solve's, bit for bit
    const [kept, single] = [await later[7]!.vjp(g), await (await solveODE(inputs)).vjp(g)];
    for (const k of ["coefficients", "rhs", "initial", "steps"] as const) {
      expect(Array.from(kept[k].data), k).toEqual(Array.from(single[k].data));
    }
    for (const s of [first, ...later]) s.dispose();
  });

  it("workers run only synchronous backends the worker threads know, with typed errors otherwise", async () => {
    const cpu = createCpuBackend();
    registerBackend("cpu-deferred", () => createDeferredBackend(cpu, "cpu-deferred"), { priority: -1 });
    registerBackend("cpu-main-thread-only", () => ({ ...cpu, name: "cpu-main-thread-only" }), {
      priority: -1,
    });
    await expect(solveODE(inputs, { workers: 2, backend: "cpu-deferred" })).rejects.toThrow(
      /"cpu-deferred" is asynchronous.*drop the workers option/,
    );
    const err = await solveODE(inputs, { workers: 2, backend: "cpu-main-thread-only" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(NeurlpBackendError);
    expect((err as Error).message).toMatch(/"cpu-main-thread-only" is not registered in the worker threads/);
  });

  it("errors from a worker keep their type and the global batch index", async () => {
    const coefficients = { shape: [4, 1, 1, 1, 3], data: new Float64Array(12) };
    coefficients.data.set([1, 0, 0, 1, 0, 0, 1, 0, 0]); // element 3 has no equation and no initial rows
    const err = await solveODE(
      { coefficients, rhs: { shape: [1, 1, 1], data: new Float64Array(1) }, steps: 0.1, nSteps: 8 },
      { workers: 2 },
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(NeurlpSingularError);
    expect((err as NeurlpSingularError).batch).toBe(3);
    expect((err as Error).message).toMatch(/batch element 3/);
    await expect(solveODE(inputs, { workers: 0 })).rejects.toThrow(NeurlpValueError);
  });
});
