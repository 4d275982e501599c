import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lorenz, parseCsv } from "@mechanist/datasets";
import { describe, expect, it } from "vitest";
import { loadFile } from "../src/data.js";
import { main } from "../src/main.js";
import { mechanist, sink } from "./run-cli.js";

describe("mechanist dataset (subprocess)", () => {
  it("lorenz --t1 1 --dt 0.01: header, 101 rows, first row = default x0", () => {
    const r = mechanist(["dataset", "lorenz", "--t1", "1", "--dt", "0.01"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(102);
    expect(lines[0]).toBe("t,x,y,z");
    expect(lines[1].split(",").map(Number)).toEqual([0, ...lorenz.defaultX0]);
    const table = parseCsv(r.stdout);
    expect(table.t.at(-1)).toBeCloseTo(1, 12);

    const changed = mechanist(["dataset", "lorenz", "--t1", "1", "--dt", "0.01", "--param", "sigma=8"]);
    expect(changed.code).toBe(0);
    const other = parseCsv(changed.stdout);
    expect(other.x[0]).toEqual(table.x[0]);
    expect(Math.abs(other.x[100][0] - table.x[100][0])).toBeGreaterThan(1e-3);
  });

  it("--out writes the file, which `discover --data --json` reads", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-dataset-"));
    try {
      const file = join(dir, "vdp.csv");
      const r = mechanist([
        "dataset",
        "van-der-pol",
        "--t1",
        "5",
        "--dt",
        "0.05",
        "--x0",
        "2,0",
        "--out",
        file,
      ]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe("");
      const table = parseCsv(readFileSync(file, "utf8"));
      expect(table.names).toEqual(["x", "y"]);
      expect(table.t).toHaveLength(101);
      expect(table.x[0]).toEqual([2, 0]);
      const d = mechanist(["discover", "--data", file, "--json", "--quiet"]);
      expect(d.code, d.stderr).toBe(0);
      expect(JSON.parse(d.stdout).variables).toEqual(["x", "y"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("--out writes the format its extension names (.csv, .json, .npy), each read back by discover --data's loader", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-dataset-"));
    const run = async (args: string[]) => {
      const [out, err] = [sink(), sink()];
      return {
        code: await main(["dataset", "rossler", "--t1", "2", "--dt", "0.1", ...args], out, err),
        out,
        err,
      };
    };
    try {
      const csv = parseCsv((await run([])).out.text);
      for (const ext of ["csv", "json", "npy", "NPY"]) {
        const file = join(dir, `r.${ext}`);
        const r = await run(["--out", file]);
        expect(r.code, r.err.text).toBe(0);
        const back = await loadFile(file);
        expect([back.t, back.x, back.names]).toEqual([csv.t, csv.x, csv.names]);
      }
      for (const file of ["r.txt", "r.json.gz", "noext"]) {
        const r = await run(["--out", join(dir, file)]);
        expect(r.code).toBe(2);
        expect(r.err.text).toMatch(
          /(unsupported extension "\.\w+"|has no extension); use \.csv .* or \.json .* or \.npy/,
        );
        expect(existsSync(join(dir, file))).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("bad input exits 2 and says what to fix", () => {
    const unknown = mechanist(["dataset", "nosuch"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown ODE dataset "nosuch"; available: .*lorenz/);
    const x0 = mechanist(["dataset", "lorenz", "--x0", "1,2"]);
    expect(x0.code).toBe(2);
    expect(x0.stderr).toMatch(/x0 has 2 entries but the state is \(x, y, z\)/);
    const param = mechanist(["dataset", "lorenz", "--param", "gamma=1"]);
    expect(param.code).toBe(2);
    expect(param.stderr).toMatch(/unknown parameter "gamma"; known: sigma/);
    const nan = mechanist(["dataset", "lorenz", "--t1", "ten"]);
    expect(nan.code).toBe(2);
    expect(nan.stderr).toMatch(/--t1 must be a number/);
    expect(mechanist(["dataset", "lorenz", "--param", "sigma=abc"]).stderr).toMatch(/not name=number/);
    expect(mechanist(["dataset", "lorenz", "--x0", "1,a,3"]).code).toBe(2);
    expect(mechanist(["dataset"]).code).toBe(2);
  });
});
