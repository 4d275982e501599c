import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultTolerances } from "@mechanist/neurlp/conformance";
import { afterAll, describe, expect, it } from "vitest";
import { mechanist } from "./run-cli.js";

// Backend discovery: registered names, installed @mechanist/neurlp-NAME packages (workspace devDependencies
// here, as a user's install would provide them), --backend-module, and exit 2 naming what to install.
const damped = ["solve", "u'' + 0.3u' + 4u = 0", "--init", "u=1,u'=0", "--t", "0:10:0.01", "--json"];
const w = Math.sqrt(4 - 0.15 ** 2);
const exact = (t: number) => Math.exp(-0.15 * t) * (Math.cos(w * t) + (0.15 / w) * Math.sin(w * t));
const maxError = (out: { t: number[]; u: number[][] }) =>
  out.t.reduce((m, t, i) => Math.max(m, Math.abs(out.u[i]![0]! - exact(t))), 0);

describe("mechanist backends / --backend / --backend-module", () => {
  it("lists cpu as registered and the three backend packages as installed", () => {
    const r = mechanist(["backends", "--json"]);
    expect(r.code).toBe(0);
    const { registered, installed } = JSON.parse(r.stdout) as {
      registered: string[];
      installed: Array<{ name: string; package: string }>;
    };
    expect(registered).toEqual(["cpu"]);
    expect(installed.map((b) => b.name)).toEqual(expect.arrayContaining(["gpujs", "tfjs", "webgpu"]));
    expect(installed.find((b) => b.name === "tfjs")?.package).toBe("@mechanist/neurlp-tfjs");
    expect(mechanist(["backends"]).stdout).toMatch(/registered: cpu\n/);
  });

  it("a named backend that is not installed exits 2 naming the package to install", () => {
    const r = mechanist([...damped, "--backend", "quantum"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/npm i @mechanist\/neurlp-quantum/);
    for (const bad of ["../../etc", "Web GPU"]) {
      const b = mechanist([...damped, "--backend", bad]);
      expect(b.code, bad).toBe(2);
      expect(b.stderr).toMatch(/is not a backend name \(lower-case letters/);
    }
  });

  it("--backend-module loads a module that registers a backend (results equal cpu exactly)", () => {
    const cpu = JSON.parse(mechanist(damped).stdout);
    const r = mechanist([...damped, "--backend-module", "./test/fixtures/register-twin.mjs"]);
    expect(r.code).toBe(0);
    const twin = JSON.parse(r.stdout);
    expect(twin.backend).toBe("cpu-twin");
    expect(twin.u).toEqual(cpu.u);
    const missing = mechanist([...damped, "--backend-module", "./test/fixtures/missing.mjs"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /cannot find module "\.\/test\/fixtures\/missing\.mjs" \(no file at \/.*missing\.mjs\)/,
    );
  });

  for (const backend of ["webgpu", "tfjs", "gpujs"]) {
    it(`solve --backend ${backend} (an installed package) is within 3.5e-4 of the closed form`, () => {
      const r = mechanist([...damped, "--backend", backend]);
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.backend).toBe(backend);
      expect(maxError(out)).toBeLessThan(3.5e-4);
    });
  }
});

// webgpu is asynchronous (the async discover path); tfjs and gpujs are synchronous Float32 backends.
describe.each(["webgpu", "tfjs", "gpujs"])("discover on an installed backend: %s", (backend) => {
  it(`discover --backend ${backend} recovers the Lorenz default with every coefficient within 2%`, () => {
    const r = mechanist(["discover", "--backend", backend, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const { terms, coefficients } = JSON.parse(r.stdout) as { terms: string[]; coefficients: number[][] };
    const truth: Record<string, number>[] = [
      { x: -10, y: 10 },
      { x: 28, y: -1, "x*z": -1 },
      { z: -8 / 3, "x*y": 1 },
    ];
    truth.forEach((eq, d) => {
      terms.forEach((term, j) => {
        const c = coefficients[d]![j]!;
        if (eq[term] === undefined) expect(c).toBe(0);
        else expect(Math.abs(c / eq[term]! - 1)).toBeLessThan(0.02);
      });
    });
  });
});

// train kdv: the same loop on every backend (awaiting the solves of asynchronous ones); a tiny run's loss
// trajectory and scores must equal cpu's within the backend's declared Float32 tolerance.
describe("train kdv on an installed backend", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const run = (backend: string) => {
    const out = mkdtempSync(join(tmpdir(), `train-kdv-${backend}-`));
    dirs.push(out);
    const r = mechanist([
      "train",
      "kdv",
      "--preset",
      "tiny",
      "--epochs",
      "1",
      "--backend",
      backend,
      "--json",
      "--out",
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const { history, nmse } = JSON.parse(readFileSync(join(out, "metrics.json"), "utf8"));
    const losses = history.mechanistic.map((h: { trainLoss: number; validationLoss: number }) => [
      h.trainLoss,
      h.validationLoss,
    ]);
    return [...losses.flat(), ...nmse.mechanistic] as number[];
  };
  let cpu: number[] = [];
  it.each(["webgpu", "tfjs", "gpujs"])("train kdv --backend %s: losses and nMSE equal cpu's", (backend) => {
    if (cpu.length === 0) cpu = run("cpu");
    const tol = defaultTolerances(32).solution; // webgpu, tfjs and gpujs are Float32 backends
    const got = run(backend);
    expect(got).toHaveLength(cpu.length);
    got.forEach((v, i) => {
      expect(Math.abs(v / cpu[i]! - 1), `value ${i}: ${v} vs cpu ${cpu[i]}`).toBeLessThan(tol);
    });
  });
});
