/**
 * Property-based tests of the CSV, JSON and .npy readers (fast-check, fixed seed, bounded runs): random and
 * mutated inputs end in the reader's typed error (a DatasetError) or a valid table, never an untyped
 * exception or a hang; valid tables round-trip exactly.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DatasetError,
  parseCsv,
  parseDecimal,
  parseJson,
  readNpy,
  type Table,
  toCsv,
  toJson,
  writeNpy,
} from "../src/index.js";

const SEED = 20261129;
const RUNS = { seed: SEED, numRuns: 300 };

// -0 prints as "0" in CSV and JSON (the sign of zero is not data), so generate +0 only.
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v));
const table: fc.Arbitrary<Table> = fc
  .record({ dims: fc.integer({ min: 1, max: 4 }), rows: fc.integer({ min: 1, max: 12 }) })
  .chain(({ dims, rows }) =>
    fc.record({
      t: fc.array(finite, { minLength: rows, maxLength: rows }),
      x: fc.array(fc.array(finite, { minLength: dims, maxLength: dims }), {
        minLength: rows,
        maxLength: rows,
      }),
      names: fc.constant(Array.from({ length: dims }, (_, i) => `x${i}`)),
    }),
  );

/** Only a DatasetError may escape: anything else (TypeError, RangeError) is a bug. */
function typedOrValue<T>(read: () => T): T | DatasetError {
  try {
    return read();
  } catch (e) {
    if (e instanceof DatasetError) return e;
    throw e;
  }
}

/** A random edit of a text: insert, delete or replace a character taken from a hostile alphabet. */
const mutation = fc.record({
  at: fc.nat(),
  del: fc.integer({ min: 0, max: 3 }),
  insert: fc.constantFrom(
    "",
    ",",
    "\n",
    "0x10",
    "0b101",
    "0o17",
    "Infinity",
    "NaN",
    "1e999",
    '"',
    " ",
    "-",
    "e",
    ".",
    "__proto__",
    "null",
    "true",
    "[",
    "]",
    "{",
    "}",
  ),
});
const mutate = (text: string, m: { at: number; del: number; insert: string }) => {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  return text.slice(0, at) + m.insert + text.slice(at + m.del);
};

const sameTable = (a: Table, b: Table) => {
  expect(b.names).toEqual(a.names);
  expect(b.t).toEqual(a.t);
  expect(b.x).toEqual(a.x);
};

describe("CSV reader", () => {
  it("round-trips every finite table exactly", () => {
    fc.assert(
      fc.property(table, (tab) => sameTable(tab, parseCsv(toCsv(tab)))),
      RUNS,
    );
  });

  it("mutated CSV gives a CsvParseError or a table of finite decimals", () => {
    fc.assert(
      fc.property(table, fc.array(mutation, { minLength: 1, maxLength: 4 }), (tab, edits) => {
        const text = edits.reduce(mutate, toCsv(tab));
        const out = typedOrValue(() => parseCsv(text));
        if (out instanceof DatasetError) return;
        for (const v of [...out.t, ...out.x.flat()]) expect(Number.isFinite(v)).toBe(true);
      }),
      RUNS,
    );
  });

  it("random text never escapes with an untyped error", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => void typedOrValue(() => parseCsv(s))),
      RUNS,
    );
  });

  it("hex, binary, octal, Infinity and empty cells are refused (they are not decimals)", () => {
    for (const cell of ["0x10", "0b101", "0o17", "Infinity", "-Infinity", "", " ", "1e999", "1_000", "1,5"]) {
      expect(() => parseCsv(`t,x\n0,1\n1,${cell}\n`), cell).toThrow(DatasetError);
    }
  });
});

describe("strict decimal grammar", () => {
  it("accepts exactly what String(number) prints for finite numbers", () => {
    fc.assert(
      fc.property(finite, (v) => {
        expect(parseDecimal(String(v))).toBe(v);
      }),
      RUNS,
    );
  });
  it("accepts nothing that Number() reads as another base or as a non-finite value", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        const v = parseDecimal(s);
        if (v === undefined) return;
        expect(Number.isFinite(v)).toBe(true);
        expect(s).toMatch(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/);
      }),
      RUNS,
    );
  });
});

describe("JSON reader", () => {
  it("round-trips every finite table", () => {
    fc.assert(
      fc.property(table, (tab) => sameTable(tab, parseJson(toJson(tab)))),
      RUNS,
    );
  });

  it("mutated JSON and arbitrary JSON values give a JsonFormatError or a valid table", () => {
    fc.assert(
      fc.property(table, fc.array(mutation, { minLength: 1, maxLength: 4 }), (tab, edits) => {
        void typedOrValue(() => parseJson(edits.reduce(mutate, toJson(tab))));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => void typedOrValue(() => parseJson(JSON.stringify(v)))),
      RUNS,
    );
  });

  it("null and booleans are not numbers", () => {
    expect(() => parseJson('{"names":["x"],"t":[0,null],"x":[[1],[2]]}')).toThrow(DatasetError);
    expect(() => parseJson('{"names":["x"],"t":[0,1],"x":[[true],[2]]}')).toThrow(DatasetError);
  });
});

describe(".npy reader", () => {
  const array = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 0, maxLength: 3 }).chain((shape) => {
    const n = shape.reduce((a, b) => a * b, 1);
    return fc.record({
      shape: fc.constant(shape),
      data: fc.array(finite, { minLength: n, maxLength: n }),
      dtype: fc.constantFrom("<f8" as const, "<f4" as const),
    });
  });

  it("round-trips float64 exactly and float32 to float32 precision", () => {
    fc.assert(
      fc.property(array, ({ shape, data, dtype }) => {
        const back = readNpy(writeNpy({ shape, data }, dtype));
        expect(back.shape).toEqual(shape);
        expect(Array.from(back.data)).toEqual(dtype === "<f8" ? data : Array.from(Float32Array.from(data)));
      }),
      RUNS,
    );
  });

  it("flipped, truncated or extended bytes give an NpyFormatError or an array of the declared size", () => {
    const edit = fc.record({
      at: fc.nat(),
      byte: fc.integer({ min: 0, max: 255 }),
      cut: fc.integer({ min: -4, max: 4 }),
    });
    fc.assert(
      fc.property(array, fc.array(edit, { minLength: 1, maxLength: 3 }), ({ shape, data, dtype }, edits) => {
        let bytes = writeNpy({ shape, data }, dtype);
        for (const e of edits) {
          bytes = bytes.slice();
          bytes[e.at % bytes.length] = e.byte;
          if (e.cut < 0) bytes = bytes.slice(0, Math.max(0, bytes.length + e.cut));
          if (e.cut > 0) bytes = Uint8Array.from([...bytes, ...new Array(e.cut).fill(0)]);
        }
        const out = typedOrValue(() => readNpy(bytes));
        if (out instanceof DatasetError) return;
        expect(out.data.length).toBe(out.shape.reduce((a, b) => a * b, 1));
      }),
      RUNS,
    );
  });

  it("dimensions must be plain integers", () => {
    const header = (shape: string) => {
      const dict = `{'descr': '<f8', 'fortran_order': False, 'shape': (${shape}), }`.padEnd(117, " ");
      return Uint8Array.from([
        0x93,
        0x4e,
        0x55,
        0x4d,
        0x50,
        0x59,
        1,
        0,
        118,
        0,
        ...Array.from(`${dict}\n`, (c) => c.charCodeAt(0)),
      ]);
    };
    for (const dim of ["1e0,", "0x1,", "1.0,", "-0,", "99999999999999999999,"])
      expect(() => readNpy(header(dim)), dim).toThrow(DatasetError);
    expect(readNpy(header("0,")).shape).toEqual([0]);
  });
});
