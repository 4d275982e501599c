/**
 * Checkpoints: bound to the full data by a content hash, checked field by field on resume. Property-based
 * (fast-check, fixed seed): random and mutated checkpoint files end in a CheckpointError or a valid state.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCheckpoint, writeCheckpoint } from "../src/checkpoint.js";
import { checkSchema, type Schema } from "../src/checkpoint-schema.js";
import { DiscoverCheckpointStore } from "../src/discover/checkpoints.js";
import { fingerprint } from "../src/fingerprint.js";
import { CheckpointError, MechanisticForecaster } from "../src/index.js";

const RUNS = { seed: 20261129, numRuns: 200 };
// Checkpoint writes fsync: fewer runs where every run writes a file.
const FILE_RUNS = { seed: 20261129, numRuns: 40 };
const dir = mkdtempSync(join(tmpdir(), "mechanist-ckpt-"));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe("content hash", () => {
  it("changes when any single sample changes, and only then", () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 300 }), fc.nat(), finite, (data, at, v) => {
        const i = at % data.length;
        const other = data.slice();
        other[i] = v;
        const same = Object.is(data[i], v);
        expect(fingerprint({ data }) === fingerprint({ data: other })).toBe(same);
        expect(fingerprint({ data: Float64Array.from(data) })).toBe(
          fingerprint({ data: Float64Array.from(data) }),
        );
      }),
      RUNS,
    );
  });

  it("a discover checkpoint of data that differs in one middle sample is refused on resume", () => {
    const t = Array.from({ length: 200 }, (_, i) => i * 0.01);
    const y = t.map((s) => [Math.sin(s), Math.cos(s)]);
    const settings = { window: 16 } as never;
    const path = join(dir, "discover.json");
    const store = DiscoverCheckpointStore.forRun(path, settings, {} as never, ["1", "x"], [{ t, x: y }]);
    store.saveRound({ round: 1, xiHat: [0, 1, 2, 3], mask: [1, 1, 0, 1], adam: null, losses: [] });
    expect(store.read()?.round).toBe(1);
    const edited = y.map((r) => r.slice());
    (edited[100] as number[])[1] += 1e-12;
    const other = DiscoverCheckpointStore.forRun(path, settings, {} as never, ["1", "x"], [{ t, x: edited }]);
    expect(() => other.read()).toThrow(/different data or options/);
  });
});

const schema: Schema = {
  object: {
    round: "integer",
    xiHat: { array: "number", length: 4 },
    adam: { nullable: { object: { lr: "number" } } },
  },
  optional: ["adam"],
};

describe("readCheckpoint with a schema", () => {
  const state = fc.record({
    round: fc.nat(),
    xiHat: fc.array(finite, { minLength: 4, maxLength: 4 }),
    adam: fc.option(fc.record({ lr: finite })),
  });

  it("valid states round-trip", () => {
    fc.assert(
      fc.property(state, (s) => {
        const path = join(dir, "valid.json");
        writeCheckpoint(path, "test", "fp", s);
        expect(readCheckpoint(path, "test", "fp", schema)).toEqual(JSON.parse(JSON.stringify(s)));
      }),
      FILE_RUNS,
    );
  });

  it("mutated files and random JSON states give a CheckpointError or a state that matches the schema", () => {
    const edit = fc.record({
      at: fc.nat(),
      del: fc.integer({ min: 0, max: 4 }),
      insert: fc.constantFrom(
        "",
        "null",
        "true",
        '"x"',
        "[]",
        "{}",
        "-",
        "1e999",
        ",",
        "]",
        "}",
        '"__proto__":1,',
      ),
    });
    fc.assert(
      fc.property(state, fc.array(edit, { minLength: 1, maxLength: 3 }), (s, edits) => {
        const path = join(dir, "mutated.json");
        writeCheckpoint(path, "test", "fp", s);
        const text = edits.reduce(
          (acc, e) => {
            const at = e.at % (acc.length + 1);
            return acc.slice(0, at) + e.insert + acc.slice(at + e.del);
          },
          readFileSync(path, "utf8"),
        );
        writeFileSync(path, text);
        try {
          const read = readCheckpoint(path, "test", "fp", schema);
          if (read !== null) checkSchema(read, schema, path);
        } catch (e) {
          expect(e).toBeInstanceOf(CheckpointError);
        }
      }),
      FILE_RUNS,
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        try {
          checkSchema(v, schema, "random");
        } catch (e) {
          expect(e).toBeInstanceOf(CheckpointError);
        }
      }),
      RUNS,
    );
  });
});

describe("forecaster resume", () => {
  const series = Array.from({ length: 60 }, (_, i) => [Math.cos(0.2 * i), -Math.sin(0.2 * i)]);
  const train = (file: string, resume: boolean, data = series) =>
    new MechanisticForecaster(2, { lookback: 8, horizon: 4, seed: 0 }).fit(data, {
      epochs: 1,
      checkpoint: file,
      resume,
    });

  it("hand-edited fields are CheckpointErrors naming the field; other data is refused", () => {
    const file = join(dir, "forecast.json");
    train(file, false);
    const original = JSON.parse(readFileSync(file, "utf8"));
    const edits: Array<[string, (s: Record<string, unknown>) => void, RegExp]> = [
      ["epoch", (s) => (s.epoch = "1"), /state\.epoch/],
      ["parameters", (s) => ((s.parameters as unknown[])[0] = "oops"), /state\.parameters\[0\]/],
      ["short", (s) => ((s.parameters as number[][])[0] = [1]), /state\.parameters\[0\] has 1 values/],
      ["optimizer", (s) => ((s.optimizer as { hyper: object }).hyper = { params: 1 }), /hyper\.params/],
      ["history", (s) => (s.history = { length: 3 }), /state\.history/],
    ];
    for (const [what, edit, message] of edits) {
      const copy = structuredClone(original);
      edit(copy.state);
      writeFileSync(file, JSON.stringify(copy));
      expect(() => train(file, true), what).toThrow(message);
    }
    writeFileSync(file, JSON.stringify(original));
    const shifted = series.map((r, i) => (i === 30 ? [r[0] as number, (r[1] as number) + 1e-9] : r));
    expect(() => train(file, true, shifted)).toThrow(/different data or options/);
  });
});
