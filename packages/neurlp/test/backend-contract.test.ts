import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { tensor } from "@mechanist/autodiff";
import { describe, expect, it } from "vitest";
import { randomInputs } from "../src/conformance/random.js";
import { factorLhs, release, runSync, solveFactored } from "../src/core/engine.js";
import { buildProblem } from "../src/core/problem.js";
import {
  createCpuBackend,
  type NeurlpBackend,
  NeurlpBackendError,
  odeSolve,
  prepareODE,
  registerBackend,
  solveODE,
} from "../src/index.js";

// What the core does for every backend (backend.ts, "What the core does"): host assembly when a
// backend has none, the sync/async path from `features.synchronous`, the checks of each `solve` call.

const cpu = createCpuBackend();
const calls: Record<string, number> = {};
const counted = <A extends unknown[], R>(name: string, f: (...a: A) => R) => {
  return (...a: A): R => {
    calls[name] = (calls[name] ?? 0) + 1;
    return f(...a);
  };
};

/** Only the two required kernels (the CPU ones): the core must assemble both sides itself. */
registerBackend(
  "factor-and-solve-only",
  (): NeurlpBackend => ({
    name: "factor-and-solve-only",
    precision: 64,
    features: { parallelInTime: false, synchronous: true },
    factor: counted("factor", cpu.factor),
    solve: counted("solve", cpu.solve),
  }),
  { priority: -1 },
);

/** Its own assembly implements only "continuous" rows: "central" must be assembled by the core. */
registerBackend(
  "continuous-assembly",
  (): NeurlpBackend => ({
    name: "continuous-assembly",
    precision: 64,
    features: { parallelInTime: false, synchronous: true, assembles: ["continuous"] },
    assembleMatrix: counted("ownAssembly", cpu.assembleMatrix),
    assembleAndFactor: counted("ownAssembly", cpu.assembleAndFactor),
    factor: cpu.factor,
    solve: cpu.solve,
  }),
  { priority: -1 },
);

/** Declares synchronous but returns Promises: a contract violation the core must name. */
registerBackend(
  "dishonest",
  (): NeurlpBackend => ({
    name: "dishonest",
    precision: 64,
    features: { parallelInTime: false, synchronous: true },
    factor: async (m) => cpu.factor(m),
    solve: async (f, r, b) => cpu.solve(f, r, b),
  }),
  { priority: -1 },
);

/** Asynchronous and honest about it; counts kernel calls. */
registerBackend(
  "async-counted",
  (): NeurlpBackend => ({
    name: "async-counted",
    precision: 64,
    features: { parallelInTime: false, synchronous: false },
    factor: counted("async", async (m) => cpu.factor(m)),
    solve: counted("async", async (f, r, b) => cpu.solve(f, r, b)),
  }),
  { priority: -1 },
);

const spec = { B: 3, N: 12, E: 2, D: 2, K: 3, nIvSteps: 1, nIv: 2 };
const inputs = randomInputs(5, spec);

function maxRel(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let e = 0;
  let m = 0;
  for (let i = 0; i < b.length; i++) {
    e = Math.max(e, Math.abs(a[i]! - b[i]!));
    m = Math.max(m, Math.abs(b[i]!));
  }
  return e / m;
}

describe("the backend contract, as the core enforces it", () => {
  it("a backend with only factor and solve: the core assembles in Float64 on the host", async () => {
    const ref = await solveODE(inputs);
    const got = await solveODE(inputs, { backend: "factor-and-solve-only" });
    expect(calls.factor).toBe(1);
    expect(calls.solve).toBe(1);
    expect(maxRel(got.u.data, ref.u.data)).toBeLessThan(1e-12);
    const g = { shape: [spec.B, spec.N, spec.D, spec.K], data: new Float64Array(got.u.data.length).fill(1) };
    const [ga, gb] = [await ref.vjp(g), await got.vjp(g)];
    expect(maxRel(gb.steps.data, ga.steps.data)).toBeLessThan(1e-10);
    expect(calls.solve).toBe(2);
  });

  it("features.assembles: the backend assembles the row types it declares, the core all others", async () => {
    for (const smoothness of ["central", "continuous"] as const) {
      const before = calls.ownAssembly ?? 0;
      const got = await solveODE(inputs, { backend: "continuous-assembly", smoothness });
      const ref = await solveODE(inputs, { smoothness });
      expect(maxRel(got.u.data, ref.u.data)).toBeLessThan(1e-12);
      expect((calls.ownAssembly ?? 0) - before).toBe(smoothness === "continuous" ? 1 : 0);
    }
  });

  it("synchronous entry points refuse an asynchronous backend before any kernel runs", async () => {
    const before = calls.async ?? 0;
    const t = (x: { shape: number[]; data: Float64Array }) => tensor(x.data, x.shape);
    const tensors = {
      coefficients: t(inputs.coefficients as never),
      rhs: t(inputs.rhs as never),
      initial: t(inputs.initial as never),
      steps: 0.1,
    };
    expect(() => odeSolve(tensors, { backend: "async-counted", nSteps: spec.N })).toThrow(
      /"async-counted" is asynchronous \(features.synchronous is false\)/,
    );
    const lhs = {
      coefficients: inputs.coefficients,
      steps: 0.1,
      nSteps: spec.N,
      nIvSteps: 1,
      nIv: 2,
      batch: spec.B,
    };
    const prepared = await prepareODE(lhs, { backend: "async-counted" });
    const used = calls.async!;
    expect(() => prepared.solve({ rhs: inputs.rhs, initial: inputs.initial })).toThrow(NeurlpBackendError);
    expect(calls.async).toBe(used);
    expect(used).toBe(before + 1); // prepareODE's factor only
    // the async path runs it, to the CPU backend's result
    const { u } = await prepared.solveAsync({ rhs: inputs.rhs, initial: inputs.initial });
    const ref = (await prepareODE(lhs)).solve({ rhs: inputs.rhs, initial: inputs.initial }).u;
    expect(maxRel(u.data, ref.data)).toBeLessThan(1e-13);
    prepared.dispose();
  });

  it("declaring synchronous and returning a Promise is a NeurlpBackendError naming the backend", async () => {
    await expect(solveODE(inputs, { backend: "dishonest" })).rejects.toThrow(
      /"dishonest" declares features.synchronous but a kernel returned a Promise/,
    );
  });

  it("the core checks each solve call: wrong sizes and released factors never reach a kernel", () => {
    const problem = buildProblem(inputs, {});
    const f = runSync(factorLhs(cpu, problem), cpu);
    const n = spec.D * spec.K;
    const solves = calls.cpuSolve ?? 0;
    const counting = { ...f, backend: { ...cpu, solve: counted("cpuSolve", cpu.solve) } };
    const r = new Float64Array(spec.B * spec.N * n);
    expect(() => runSync(solveFactored(counting, r.subarray(1), spec.B), cpu)).toThrow(/length/);
    expect(() => runSync(solveFactored(counting, r, spec.B + 1), cpu)).toThrow(/batch/);
    release(counting);
    expect(() => runSync(solveFactored(counting, r, spec.B), cpu)).toThrow(/factorisation was released/);
    expect(calls.cpuSolve ?? 0).toBe(solves);
  });

  it("the core names no backend: nothing outside src/backends imports a backend or tests a name", () => {
    const src = join(import.meta.dirname, "../src");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        const rel = relative(src, p);
        if (e.isDirectory()) {
          if (rel !== "backends") walk(p);
        } else if (rel !== "index.ts" && p.endsWith(".ts")) {
          const text = readFileSync(p, "utf8");
          if (/from "[./]*backends\//.test(text)) offenders.push(`${rel}: imports a backend`);
          if (/(backend|factor)\.(name|backend)\s*[!=]==?|[!=]==?\s*"cpu"|"cpu"\s*[!=]==?/.test(text))
            offenders.push(`${rel}: tests a backend name`);
        }
      }
    };
    walk(src);
    expect(offenders).toEqual([]);
  });
});
