import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CsvParseError,
  JsonFormatError,
  lorenz,
  matrixToNpy,
  NpyFormatError,
  npyToMatrix,
  parseCsv,
  parseJson,
  readNpy,
  toCsv,
  toJson,
  writeNpy,
} from "../src/index.js";
import { readCsvFile, readNpyFile, writeCsvFile, writeNpyFile } from "../src/node.js";

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, "fixtures", name)));

describe("CSV", () => {
  it("round-trips a trajectory exactly (string and file)", async () => {
    const tr = lorenz.generate({ t1: 0.5, noise: 0.01, seed: 2 });
    const back = parseCsv(toCsv(tr));
    expect(back).toEqual({ t: tr.t, x: tr.x, names: ["x", "y", "z"] });
    const path = join(mkdtempSync(join(tmpdir(), "ds-")), "lorenz.csv");
    await writeCsvFile(path, tr);
    expect((await readCsvFile(path)).x).toEqual(tr.x);
    expect(readFileSync(path, "utf8").split("\n")[0]).toBe("t,x,y,z");
  });

  it("names file, line and column of a malformed field", () => {
    const text = "t,x,y\n0,1,2\n0.1,1.5,abc\n";
    try {
      parseCsv(text, "data.csv");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvParseError);
      const err = e as CsvParseError;
      expect([err.file, err.line, err.column]).toEqual(["data.csv", 3, 9]);
      expect(err.message).toMatch(/^data\.csv:3:9: field "y"/);
    }
  });

  it("rejects a wrong field count and a bad header", () => {
    expect(() => parseCsv("t,x\n0,1,2\n", "a.csv")).toThrow(/a\.csv:2:\d+: expected 2 fields/);
    expect(() => parseCsv("time,x\n0,1\n", "b.csv")).toThrow(/b\.csv:1:1/);
  });
});

describe("JSON", () => {
  it("round-trips and validates shape", () => {
    const tr = lorenz.generate({ t1: 0.2 });
    const back = parseJson(toJson(tr));
    expect(back.x).toEqual(tr.x);
    expect(back.trueEquations).toEqual(tr.trueEquations);
    expect(() => parseJson('{"names":["x"],"t":[0,1],"x":[[1]]}', "c.json")).toThrow(JsonFormatError);
    expect(() => parseJson("{", "d.json")).toThrow(/d\.json: not valid JSON/);
  });

  it("takes names as optional, as the Trajectory contract does (x, y, z, then x1, x2, …)", () => {
    expect(parseJson('{"t":[0,1],"x":[[1,2],[3,4]]}').names).toEqual(["x", "y"]);
    const wide = parseJson('{"t":[0],"x":[[1,2,3,4]]}');
    expect(wide.names).toEqual(["x1", "x2", "x3", "x4"]);
    expect(() => parseJson('{"names":"x","t":[0],"x":[[1]]}')).toThrow(/"names", when given/);
    expect(() => parseJson('{"t":[0,1],"x":[[1,2],[3]]}')).toThrow(/x\[1\]" must be 2 finite numbers/);
    // a flat x (one variable written without its row brackets) and a top-level array say what shape is wanted
    expect(() => parseJson('{"t":[0,1],"x":[1,2]}')).toThrow(
      /x\[0\]" must be an array of numbers, one per variable/,
    );
    expect(() => parseJson("[1,2]")).toThrow(/expected an object \{names, t, x\}, got an array/);
  });
});

describe(".npy", () => {
  it("reads arrays written by NumPy (float64 v1.0, float32, float64 v2.0)", () => {
    const a = readNpy(fixture("f8_3x4.npy"));
    expect(a.shape).toEqual([3, 4]);
    expect(Array.from(a.data)).toEqual(Array.from({ length: 12 }, (_, i) => i / 7));
    const b = readNpy(fixture("f4_5.npy"));
    expect(b.dtype).toBe("<f4");
    expect(Array.from(b.data)).toEqual(
      [0, 1, 2, 3, 4].map((i) => Math.fround(Math.fround(i) * Math.fround(0.1))),
    );
    const c = readNpy(fixture("f8_v2_2x2.npy"));
    expect(npyToMatrix(c)).toEqual([
      [1.5, -2],
      [3.25, 1e-300],
    ]);
  });

  it("writes byte-identical files to NumPy's for float64", () => {
    const a = readNpy(fixture("f8_3x4.npy"));
    expect(writeNpy(a)).toEqual(fixture("f8_3x4.npy"));
  });

  it("round-trips float64 exactly and float32 to float32 precision, via files", async () => {
    const x = lorenz.generate({ t1: 0.1 }).x;
    const dir = mkdtempSync(join(tmpdir(), "ds-"));
    await writeNpyFile(join(dir, "a.npy"), matrixToNpy(x));
    expect(npyToMatrix(await readNpyFile(join(dir, "a.npy")))).toEqual(x);
    const f4 = readNpy(writeNpy(matrixToNpy(x), "<f4"));
    expect(npyToMatrix(f4)[3][1]).toBe(Math.fround(x[3][1]));
    const bytes = writeNpy(matrixToNpy(x));
    expect((bytes[8] + 10) % 64).toBe(0); // header padded to a multiple of 64
  });

  it("names the offending header field of a bad file", () => {
    const field = (bytes: Uint8Array) => {
      try {
        readNpy(bytes, "bad.npy");
      } catch (e) {
        expect(e).toBeInstanceOf(NpyFormatError);
        return (e as NpyFormatError).field;
      }
      return "no error";
    };
    expect(field(fixture("i8.npy"))).toBe("descr");
    expect(field(fixture("fortran.npy"))).toBe("fortran_order");
    expect(field(new TextEncoder().encode("hello world, not numpy"))).toBe("magic");
    expect(field(fixture("f8_3x4.npy").subarray(0, 150))).toBe("data");
    const v9 = fixture("f8_3x4.npy");
    v9[6] = 9;
    expect(field(v9)).toBe("version");
  });
});
