import { readdirSync } from "node:fs";
import { join } from "node:path";
import { solveODE } from "@mechanist/neurlp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DOCS_DIR, parseEquation } from "./site.js";

// Every code sample of the docs is a real file in snippets/: type-checked by `typecheck` and run
// here, so a sample that stops working (or stops printing what the page says) fails the tests.

const dir = join(DOCS_DIR, "snippets");

async function run(name: string): Promise<string> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
  });
  try {
    await import(join(dir, name));
  } finally {
    spy.mockRestore();
  }
  return lines.join("\n");
}

const number = (text: string, re: RegExp) => Number(re.exec(text)?.[1]);

const checks: Record<string, (out: string) => void | Promise<void>> = {
  "first-solve.ts": (out) => expect(number(out, /max \|u − exact\| = (\S+)/)).toBeLessThan(1e-3),
  "autodiff-train.ts": (out) => expect(number(out, /epoch 300: mse (\S+)/)).toBeLessThan(1e-3),
  "neurlp-gradients.ts": async (out) => {
    // Central finite difference of the same loss with solveODE: the implicit gradient must match.
    const loss = async (c: number) => {
      const { u } = await solveODE(
        { coefficients: [[[[[4, c, 1]]]]], rhs: [[[0]]], initial: [[[[1, 0]]]], steps: 0.01, nSteps: 500 },
        {},
      );
      let s = 0;
      for (let i = 0; i < 500; i++) s += u.data[i * 3]! ** 2;
      return s / 500;
    };
    const fd = ((await loss(0.3 + 1e-5)) - (await loss(0.3 - 1e-5))) / 2e-5;
    expect(number(out, /dL\/dc (\S+)/)).toBeCloseTo(fd, 5);
  },
  "neurlp-prepare.ts": (out) => {
    expect(number(out, /u\(1\) ≈ (\S+) \(sin 1/)).toBeCloseTo(Math.sin(1), 3);
    expect(number(out, /u\(1\) ≈ (\S+) \(1²/)).toBeCloseTo(1, 3);
  },
  "backend-wrapper.ts": (out) => {
    expect(number(out, /u\(π\) ≈ (\S+)/)).toBeCloseTo(Math.sin(3.14), 3);
    expect(out).toContain("after 1 factorisation(s)");
  },
  "datasets-lorenz.ts": (out) => expect(number(out, /x\(1\) by RK4 = (\S+)/)).toBeCloseTo(-9.3786, 3),
  "viz-plot.ts": (out) => expect(out).toMatch(/^\d+ \d+$/),
  "mechanistic-sindy.ts": (out) => {
    expect(out).toContain("dx/dt = -10.00 x + 10.00 y");
    expect(out).toContain("7 terms");
  },
  "mechanistic-discover.ts": (out) => {
    const [dx, dy, dz] = out
      .split("\n")
      .filter((l) => l.startsWith("d"))
      .map(parseEquation);
    expect(dx).toEqual({ x: -10, y: 10 });
    expect(Math.abs(dy!.x! - 28)).toBeLessThan(0.3);
    expect(dy!["x*z"]).toBeCloseTo(-1, 1);
    expect(Object.keys(dz!).sort()).toEqual(["x*y", "z"]);
  },
  "quick-discover.ts": (out) => {
    const [dx, dy, dz] = out.split("\n").map(parseEquation);
    expect(Object.keys(dx!).sort()).toEqual(["x", "y"]);
    expect(Object.keys(dy!).sort()).toEqual(["x", "x*z", "y"]);
    expect(Object.keys(dz!).sort()).toEqual(["x*y", "z"]);
    expect(Math.abs(dy!.x! / 28 - 1)).toBeLessThan(0.01);
  },
  "forecaster.ts": (out) => {
    const mnn = number(out, /MNN (\S+),/);
    expect(mnn).toBeLessThan(0.2);
    expect(mnn).toBeLessThan(number(out, /persistence (\S+)/) / 5);
  },
  "float32-backends.ts": (out) => {
    for (const backend of ["tfjs", "webgpu"]) {
      expect(number(out, new RegExp(`${backend}: max \\|u − u_cpu\\| = (\\S+),`))).toBeLessThan(1e-5);
      expect(number(out, new RegExp(`${backend}: .*sin t\\| = (\\S+)`))).toBeLessThan(2e-4);
    }
  },
  "gpujs-backend.ts": (out) => expect(number(out, /gpujs: max \|u − sin t\| = (\S+)/)).toBeLessThan(2e-4),
  "forecast-oscillator.ts": (out) => {
    expect(number(out, /u'' \+ (\S+) u'/)).toBeCloseTo(0.43, 1);
    expect(number(out, /max \|error\| = (\S+)/)).toBeLessThan(1e-2);
  },
};

describe("docs snippets run and print what the pages say", () => {
  afterEach(() => vi.restoreAllMocks());
  it("has a check for every snippet", () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith(".ts"))
        .sort(),
    ).toEqual(Object.keys(checks).sort());
  });
  for (const [name, check] of Object.entries(checks)) {
    it(name, async () => await check(await run(name)));
  }
});
