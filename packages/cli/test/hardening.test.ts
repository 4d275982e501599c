/**
 * One regression test per class of bad input (issue: crashes, silent wrong answers, hangs, wrong exit codes):
 * every case ends with exit 2 and a message saying what to change, or a correct result. In-process through
 * main() (fast); the pipe case runs the real binary.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";
import { requireUniformSteps } from "../src/validate.js";
import { sink } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "mechanist-hardening-"));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = sink();
  const err = sink();
  const code = await main(argv, out, err);
  return { code, stdout: out.text, stderr: err.text };
}

async function refused(argv: string[], message: RegExp): Promise<void> {
  const r = await run(...argv);
  expect(r.stderr, argv.join(" ")).toMatch(message);
  expect(r.code, argv.join(" ")).toBe(2);
}

function csv(name: string, rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${rows.join("\n")}\n`);
  return path;
}

const series = (n: number, t = (i: number) => i * 0.1) => [
  "t,x",
  ...Array.from({ length: n }, (_, i) => `${t(i)},${Math.cos(0.1 * i)}`),
];

describe("crashes become typed errors", () => {
  it("equations: deep nesting, long sums and huge orders", async () => {
    await refused(
      ["solve", `u' + ${"(".repeat(3000)}u${")".repeat(3000)} = 0`, "--t", "0:1:0.1"],
      /nested more than/,
    );
    await refused(["solve", "u^(1000000) = 0", "--t", "0:1:0.1"], /order 1000000 is too high/);
    const long = await run(
      "solve",
      `u' ${"+ 1e-4*u ".repeat(10_000)}= 0`,
      "--init",
      "u=1",
      "--t",
      "0:1:0.01",
      "--json",
    );
    expect(long.code).toBe(0);
    const u = JSON.parse(long.stdout).u as number[][];
    expect(u[u.length - 1]?.[0]).toBeCloseTo(Math.exp(-1), 3);
  });

  it("datasets: grids too large to generate", async () => {
    await refused(["dataset", "lorenz", "--t1", "1", "--dt", "1e-300"], /maxSamples/);
    await refused(["dataset", "lorenz", "--t1", "1e9", "--dt", "1"], /maxSamples/);
  });

  it("datasets: settings that blow up or stall the integrator name the flags to change", async () => {
    const advice = (flag: string) =>
      new RegExp(`cannot be integrated.*change ${flag} or --x0, or shorten --t1$`, "m");
    // Step size underflow at once, and a non-finite right-hand side at t0 (two bodies at one point).
    await refused(["dataset", "lorenz", "--param", "sigma=1e300", "--t1", "1"], advice("--param"));
    await refused(["dataset", "two-body", "--x0", "0,0,0,0", "--t1", "1"], advice("--param"));
    await refused(["discover", "--system", "lorenz", "--params", "sigma=1e300"], advice("--params"));
    const r = await run("dataset", "lorenz", "--param", "sigma=1e300", "--t1", "1");
    expect(r.stderr).not.toMatch(/raise maxSteps|maxSamples|implicit solver/);
  });
});

describe("silent wrong answers become errors (or right answers)", () => {
  it("overflowing initial values name the input", async () => {
    await refused(["solve", "u' + u = 0", "--init", "u=1e308", "--t", "0:1:0.1"], /initial.*1e\+308/);
    await refused(["solve", "1e-300*u' + u = 0", "--init", "u=1", "--t", "0:1:0.1"], /underflows/);
  });

  it("hex, binary and octal numbers are not numbers", async () => {
    const path = csv("hex.csv", [...series(20).slice(0, 5), "0.5,0x10", ...series(20).slice(6)]);
    await refused(["discover", "--data", path], /not a finite decimal number/);
    await refused(["solve", "u' + u = 0", "--init", "u=1", "--t", "0:0x10:0.1"], /START:END:STEP/);
    await refused(["discover", "--epochs", "0b101"], /--epochs must be an integer/);
  });

  it("prototype names are not parameters, constants or variables", async () => {
    await refused(["dataset", "lorenz", "--param", "constructor=1"], /unknown parameter "constructor"/);
    await refused(["solve", "u' + u = constructor^0", "--t", "0:1:0.1"], /unknown name "constructor"/);
    await refused(
      [
        "discover",
        "--data",
        csv(
          "proto.csv",
          series(30).map((l, i) => (i === 0 ? "t,__proto__" : l)),
        ),
      ],
      /reserved/,
    );
  });

  it("u'(t) is the derivative, not t times u'", async () => {
    const r = await run("solve", "u'(t) + u(t) = 0", "--init", "u=1", "--t", "0:1:0.01", "--json");
    expect(r.code).toBe(0);
    const u = JSON.parse(r.stdout).u as number[][];
    expect(u[100]?.[0]).toBeCloseTo(Math.exp(-1), 3);
  });

  it("forecast refuses unsorted, duplicate and unevenly spaced times", async () => {
    const reversed = series(80, (i) => (79 - i) * 0.1);
    await refused(["forecast", "--data", csv("rev.csv", reversed)], /smaller than the previous/);
    const dup = series(80, (i) => (i === 40 ? 39 : i) * 0.1);
    await refused(["forecast", "--data", csv("dup.csv", dup)], /duplicate time/);
    const uneven = series(80, (i) => i * 0.1 + (i > 40 ? 0.05 : 0));
    await refused(["forecast", "--data", csv("uneven.csv", uneven)], /evenly spaced/);
  });

  it("evenly spaced times far from 0 are accepted (their rounding is not unevenness); a real jump is not", () => {
    for (const t0 of [0, -3.5e4, 1e6, 1e9, 1.7e12]) {
      for (const h of [1e-3, 0.01, 0.25, 60]) {
        for (const n of [3, 17, 400]) {
          const t = Array.from({ length: n }, (_, i) => t0 + i * h);
          expect(() => requireUniformSteps(t, "f.csv"), `t0 ${t0}, h ${h}, n ${n}`).not.toThrow();
          // a last step 1% off stays refused wherever the grid's own rounding is finer than that
          const jump = t.map((v, i) => (i === n - 1 ? v + 0.01 * h : v));
          if (8 * Number.EPSILON * Math.abs(t0) < 1e-3 * h)
            expect(() => requireUniformSteps(jump, "f.csv")).toThrow(/evenly spaced/);
        }
      }
    }
  });
});

describe("hangs and unbounded memory are refused up front", () => {
  it("--max-memory budgets", async () => {
    const init = ["--init", "u=1"];
    await refused(["solve", "u' + u = 0", ...init, "--t", "0:1:0.0000001"], /at most 10 000 000/);
    await refused(
      ["solve", "u' + u = 0", ...init, "--t", "0:1:0.0000002"],
      /more than --max-memory 2048 MiB/,
    );
    await refused(
      ["solve", "u' + u = 0", ...init, "--t", "0:1:0.001", "--max-memory", "0.01"],
      /--max-memory 0.01/,
    );
    const wide = ["t,", ...Array.from({ length: 100 }, (_, d) => `x${d}`)].join(",").replace(",,", ",");
    const rows = Array.from({ length: 40 }, (_, i) =>
      [i * 0.1, ...Array.from({ length: 100 }, (_, d) => Math.sin(i + d))].join(","),
    );
    await refused(["discover", "--data", csv("wide.csv", [wide, ...rows])], /--max-memory/);
    await refused(["forecast", "--epochs", "1e12"], /--epochs must be ≤ 100000/);
    // train kdv: unbounded sizes are refused before any data is generated (1e9 trajectories ran for ever)
    const out = join(dir, "kdv-refused");
    await refused(["train", "kdv", "--epochs", "1e12", "--out", out], /--epochs must be ≤ 100000/);
    await refused(["train", "kdv", "--trajectories", "1e9", "--out", out], /--trajectories must be ≤ 100000/);
    await refused(
      ["train", "kdv", "--trajectories", "99999", "--out", out],
      /KdV data of 99999 \+ 4 \+ 8 trajectories needs about \d+ MiB, more than --max-memory 2048 MiB; use fewer --trajectories/,
    );
  });
});

describe("exit codes: bad --out paths are exit 2 before any work", () => {
  it("unwritable, missing, file-vs-directory", async () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "x");
    await refused(["discover", "--out", file], /exists and is a file/);
    await refused(["discover", "--out", "/proc/x"], /cannot create the directory/);
    const outDir = join(dir, "out");
    mkdirSync(join(outDir, "result.json"), { recursive: true });
    await refused(["discover", "--out", outDir], /result.json: is a directory/);
    const solve = ["solve", "u' + u = 0", "--init", "u=1", "--t", "0:1:0.1"];
    await refused([...solve, "--out", dir], /is a directory/);
    await refused([...solve, "--out", join(dir, "no", "such", "x.csv")], /does not exist/);
    await refused(["dataset", "lorenz", "--out", "/proc/x.csv"], /cannot write here/);
    // Node's recursive mkdir never returns under /proc: the directory is created level by level instead.
    await refused(["train", "kdv", "--out", "/proc/x/y"], /cannot create the directory/);
  });

  it("window larger than the data and order-6 equations are input errors", async () => {
    await refused(["discover", "--data", csv("short.csv", series(30)), "--window", "40"], /--window 40/);
    const r = await run("solve", "u^(6) + u = 0", "--t", "0:1:0.1");
    expect([0, 2]).toContain(r.code);
  });
});

it("mechanist … | head ends quietly (no EPIPE stack trace)", () => {
  const root = join(import.meta.dirname, "..");
  const bin = `${process.execPath} --import tsx --conditions source ${join(root, "src/bin.ts")}`;
  const r = spawnSync("sh", ["-c", `${bin} dataset lorenz --t1 100 | head -n 2`], {
    cwd: root,
    encoding: "utf8",
  });
  expect(r.stdout.split("\n").length).toBe(3);
  expect(r.stderr).not.toMatch(/EPIPE|Error/);
  expect(r.status).toBe(0);
});
