import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASE_IDS, checkCaseIds, runConformance, runConformanceCases } from "../src/conformance/index.js";
import {
  createCpuBackend,
  type NeurlpBackend,
  NeurlpValueError,
  type RhsProblem,
  registerBackend,
} from "../src/index.js";

describe("runConformance options", () => {
  it("rejects unknown case ids in skip, listing the known ones", () => {
    expect(() => runConformance("cpu", { skip: { "no-such-case": "typo" } })).toThrow(NeurlpValueError);
    expect(() => runConformance("cpu", { skip: { "no-such-case": "typo" } })).toThrow(
      /harmonic-central-h0.01/,
    );
  });
});

// A backend given as a factory is registered under a generated name (skip everything but two cases
// here: the full suite already runs on "cpu" in cpu-conformance.test.ts).
const keep = new Set(["harmonic-central-h0.01", "fixture-scalar_N20_K3_central"]);
runConformance(createCpuBackend, {
  skip: Object.fromEntries(
    CASE_IDS.filter((id) => !keep.has(id)).map((id) => [id, "covered by the cpu run"]),
  ),
});

describe("the framework-free cases (runConformanceCases)", () => {
  const cpu = createCpuBackend();
  // contract breakers: each must fail exactly the case that checks its clause
  registerBackend(
    "mutates-rhs",
    () => ({
      ...cpu,
      name: "mutates-rhs",
      solve: (f, rhs, batch) => {
        const x = cpu.solve(f, rhs, batch);
        rhs.fill(0);
        return x;
      },
    }),
    { priority: -1 },
  );
  registerBackend(
    "claims-synchronous",
    () => ({ ...cpu, name: "claims-synchronous", factor: async (m) => cpu.factor(m) }),
    { priority: -1 },
  );

  it("a misspelled id in only (or skip) is an error, never a silently dropped case", async () => {
    await expect(runConformanceCases("cpu", { only: ["solve-keeps-rsh"] })).rejects.toThrow(
      /unknown case ids: solve-keeps-rsh/,
    );
    await expect(runConformanceCases("cpu", { skip: { "bad-input": "typo" } })).rejects.toThrow(
      NeurlpValueError,
    );
    expect(() => checkCaseIds(["bad-inputs", "exponental"], "here")).toThrow(
      /here: unknown case ids: exponental/,
    );
  });

  it("the new contract cases fail the backends that break their clause", async () => {
    const [keeps] = await runConformanceCases("mutates-rhs", { only: ["solve-keeps-rhs"] });
    expect(keeps!.ok).toBe(false);
    expect(keeps!.error).toMatch(/ConformanceError: rhs after solve/);
    const honest = await runConformanceCases("claims-synchronous", { only: ["synchronous-honest"] });
    expect(honest.map((r) => r.ok)).toEqual([false]);
    expect(honest[0]!.error).toMatch(/returned a Promise/);
    const ok = await runConformanceCases("cpu", { only: ["solve-keeps-rhs", "synchronous-honest"] });
    expect(ok.map((r) => [r.id, r.ok])).toEqual([
      ["solve-keeps-rhs", true],
      ["synchronous-honest", true],
    ]);
  });

  // the classes the kernel cases are for: memory a first call never wrote, and a kernel cache
  // keyed by sizes alone (the layout a kernel was specialised for reused for another one)
  registerBackend(
    "unwritten-first-solve",
    () => {
      const inner = createCpuBackend();
      let calls = 0;
      const solve: NeurlpBackend["solve"] = (f, rhs, batch) => {
        const x = inner.solve(f, rhs, batch) as Float64Array;
        if (calls++ === 0) x[x.length - 1] = 0;
        return x;
      };
      return { ...inner, name: "unwritten-first-solve", solve };
    },
    { priority: -1 },
  );
  registerBackend(
    "layout-blind-cache",
    () => {
      const inner = createCpuBackend();
      const specialised = new Map<number, RhsProblem>();
      const assembleRhs = (p: RhsProblem) => {
        const { B, N, D, K } = p.dims;
        const first = specialised.get(B * N * D * K) ?? p;
        specialised.set(B * N * D * K, first);
        const rhs = { ...p.rhs, batch: first.rhs.batch, time: first.rhs.time };
        const coefficients = {
          ...p.coefficients,
          batch: first.coefficients.batch,
          time: first.coefficients.time,
        };
        return inner.assembleRhs!({ ...p, rhs, coefficients });
      };
      return { ...inner, name: "layout-blind-cache", assembleRhs };
    },
    { priority: -1 },
  );

  // an asynchronous backend with one result buffer for every solve in flight (a shared staging buffer)
  registerBackend(
    "shared-result-buffer",
    () => {
      const inner = createCpuBackend();
      let scratch = new Float64Array(0);
      const solve: NeurlpBackend["solve"] = async (f, rhs, batch) => {
        const x = inner.solve(f, rhs, batch) as Float64Array;
        if (scratch.length < x.length) scratch = new Float64Array(x.length);
        scratch.set(x);
        await new Promise((resolve) => setTimeout(resolve, 0));
        return scratch.slice(0, x.length);
      };
      const features = { ...inner.features, synchronous: false };
      return { ...inner, name: "shared-result-buffer", features, solve };
    },
    { priority: -1 },
  );

  it("concurrent-solves fails a backend whose solves in flight share a result buffer", async () => {
    const [shared] = await runConformanceCases("shared-result-buffer", { only: ["concurrent-solves"] });
    expect(shared!.ok).toBe(false);
    expect(shared!.error).toMatch(/ConformanceError: B3-constant: (u|\w+ gradient)/);
    const [ok] = await runConformanceCases("cpu", { only: ["concurrent-solves"] });
    expect(ok!.ok).toBe(true);
  });

  it("the kernel cases fail a backend whose first solve leaves an entry unwritten, and one whose kernel cache ignores the layout", async () => {
    const [fresh] = await runConformanceCases("unwritten-first-solve", {
      only: ["fresh-instance-first-solve"],
    });
    expect(fresh!.ok).toBe(false);
    expect(fresh!.error).toMatch(/B3-constant: factor \+ solve backward error/);
    const blind = await runConformanceCases("layout-blind-cache", {
      only: ["fresh-instance-first-solve", "kernels-all-layouts"],
    });
    expect(blind.map((r) => r.ok)).toEqual([false, false]);
    for (const r of blind) expect(r.error).toMatch(/B3-varying: assembleRhs vs the host/);
    const ok = await runConformanceCases("cpu", {
      only: ["fresh-instance-first-solve", "kernels-all-layouts"],
    });
    expect(ok.map((r) => r.ok)).toEqual([true, true]);
  });

  it("no case imports a test framework (browser pages and scripts import them as they are)", () => {
    const dir = join(import.meta.dirname, "../src/conformance");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      expect(readFileSync(join(dir, file), "utf8"), file).not.toMatch(/from "vitest"/);
    }
  });
});
