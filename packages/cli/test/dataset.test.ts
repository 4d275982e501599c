import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lorenz, parseCsv } from "@mechanist/datasets";
import { describe, expect, it } from "vitest";
import { mechanist } from "./run-cli.js";

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
