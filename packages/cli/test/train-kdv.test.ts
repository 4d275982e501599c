import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateKdv } from "@mechanist/datasets";
import { KDV_PRESETS, nmseAt, nmsePerFrame, persistence, rollout } from "@mechanist/mechanistic";
import { afterAll, describe, expect, it } from "vitest";
import { mechanist } from "./run-cli.js";

// The seconds-long smoke version of `mechanist train kdv` (the tiny preset): the same pipeline as the
// default, end to end in a subprocess, including a kill -9 in the middle of training and --resume.
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), "train-kdv-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const TINY = ["train", "kdv", "--preset", "tiny", "--json"];

describe("mechanist train kdv", () => {
  it("--json prints exactly {frames, nmse: {mechanistic, persistence, convnet}, seconds}; --out has every file", () => {
    const out = tmp();
    const r = mechanist([...TINY, "--epochs", "2", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0]);
    expect(Object.keys(j)).toEqual(["frames", "nmse", "seconds"]);
    expect(j.frames).toEqual([10, 20, 40]);
    expect(Object.keys(j.nmse)).toEqual(["mechanistic", "persistence", "convnet"]);
    for (const v of Object.values(j.nmse) as number[][]) {
      expect(v).toHaveLength(3);
      for (const x of v) expect(Number.isFinite(x) && x >= 0).toBe(true);
    }
    expect(j.seconds).toBeGreaterThan(0);
    // persistence recomputed here from freshly generated test trajectories (test seeds 200000…)
    const t = KDV_PRESETS.tiny.train;
    const test = Array.from(
      { length: t.test },
      (_, i) => generateKdv({ seed: 200_000 + i, nx: t.nx, nt: t.nt + 110, ntEffective: t.nt }).u,
    );
    const w = KDV_PRESETS.tiny.model.window;
    const expected = nmseAt(nmsePerFrame(rollout(persistence, test, w, 40), test, w), [10, 20, 40]);
    j.nmse.persistence.forEach((v: number, k: number) => {
      expect(v).toBeCloseTo(expected[k], 12);
    });
    for (const f of [
      "model.json",
      "metrics.json",
      "metrics.md",
      "checkpoint.json",
      "truth.svg",
      "mechanistic-prediction.svg",
      "mechanistic-error.svg",
      "convnet-error.svg",
      "nmse.svg",
      "loss.svg",
    ])
      expect(existsSync(join(out, f)), f).toBe(true);
    const metrics = JSON.parse(readFileSync(join(out, "metrics.json"), "utf8"));
    expect(metrics.nmse).toEqual(j.nmse);
    expect(metrics.history.mechanistic).toHaveLength(2);
    expect(readFileSync(join(out, "truth.svg"), "utf8")).toMatch(/^<svg/);
  });

  it("resumes after kill -9 and ends where an uninterrupted run ends", async () => {
    const args = [...TINY, "--epochs", "6"];
    const whole = mechanist([...args, "--out", tmp()]);
    expect(whole.code, whole.stderr).toBe(0);
    const out = tmp();
    const ckpt = join(out, "checkpoint.json");
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--conditions",
        "source",
        join(import.meta.dirname, "../src/bin.ts"),
        ...args,
        "--out",
        out,
        "--quiet",
      ],
      { cwd: join(import.meta.dirname, "..") },
    );
    // kill as soon as the first epoch has been checkpointed
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (existsSync(ckpt)) {
          clearInterval(poll);
          child.kill("SIGKILL");
          resolve();
        }
      }, 10);
      child.on("exit", (code) => {
        clearInterval(poll);
        if (code !== null) reject(new Error(`finished (code ${code}) before it could be killed`));
      });
    });
    await new Promise((resolve) => child.on("close", resolve));
    expect(child.signalCode).toBe("SIGKILL");
    const saved = JSON.parse(readFileSync(ckpt, "utf8"));
    expect(saved.state.mechanistic.epoch).toBeGreaterThanOrEqual(1);
    expect(saved.state.mechanistic.epoch).toBeLessThan(6);
    const resumed = mechanist([...args, "--out", out, "--resume"]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/resuming: mechanistic from epoch [1-5]/);
    const [a, b] = [JSON.parse(whole.stdout), JSON.parse(resumed.stdout)];
    expect(b.nmse).toEqual(a.nmse);
  });

  it("a checkpoint of other options is refused, and command-line mistakes exit 2", () => {
    const out = tmp();
    expect(mechanist([...TINY, "--epochs", "1", "--out", out]).code).toBe(0);
    const other = mechanist([...TINY, "--epochs", "1", "--trajectories", "3", "--out", out, "--resume"]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/different data or options/);
    for (const [args, message] of [
      [["train"], /expected 1 EXPERIMENT argument/],
      [["train", "lorenz"], /unknown experiment "lorenz"/],
      [["train", "kdv", "--preset", "huge"], /--preset must be one of/],
      [["train", "kdv", "--epochs", "0"], /--epochs must be ≥ 1/],
      [["train", "kdv", "--backend", "nope"], /--backend: unknown backend "nope"/],
      [["train", "kdv", "--resume"], /--resume needs the --out/],
    ] as const) {
      const r = mechanist([...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
