/**
 * Field-by-field checks of a checkpoint's state before a resume uses it: a hand-edited or truncated checkpoint
 * (a string where numbers were, a short array, an extra optimizer field) is a CheckpointError naming the field,
 * never a TypeError or a silently partial restore.
 */
import type { OptimizerState } from "@mechanist/autodiff";
import { CheckpointError } from "./errors.js";

export type Schema =
  | "number"
  /** A finite number or null (JSON writes ±Infinity and NaN as null). */
  | "number|null"
  | "integer"
  /** A finite number or a boolean (optimizer hyper-parameters). */
  | "scalar"
  | "string"
  | "boolean"
  /** An array; `length` fixes its length (or one of several lengths). */
  | { array: Schema; length?: number | readonly number[] }
  | { object: Record<string, Schema>; optional?: readonly string[] }
  | { oneOf: readonly unknown[] }
  | { nullable: Schema }
  | { record: Schema };

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === "string" ? `"${value.slice(0, 20)}"` : typeof value;
}

/** Throws CheckpointError(`${file}: ${path}: expected …, found …`) on the first mismatch. */
export function checkSchema(value: unknown, schema: Schema, file: string, path = "state"): void {
  // An explicit stack: nesting depth is that of the schema, but arrays can be long.
  const stack: Array<[unknown, Schema, string]> = [[value, schema, path]];
  while (stack.length > 0) {
    const [v, s, p] = stack.pop() as [unknown, Schema, string];
    const fail = (expected: string): never => {
      throw new CheckpointError(
        `checkpoint ${file}: ${p}: expected ${expected}, found ${describe(v)}; delete it to start over`,
      );
    };
    if (s === "number") {
      if (typeof v !== "number" || !Number.isFinite(v)) fail("a finite number");
    } else if (s === "number|null") {
      if (v !== null && (typeof v !== "number" || !Number.isFinite(v))) fail("a number or null");
    } else if (s === "integer") {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0) fail("an integer ≥ 0");
    } else if (s === "scalar") {
      if (typeof v !== "boolean" && (typeof v !== "number" || !Number.isFinite(v)))
        fail("a number or boolean");
    } else if (s === "string" || s === "boolean") {
      if (typeof v !== s) fail(`a ${s}`);
    } else if ("array" in s) {
      const lengths = s.length === undefined ? [] : typeof s.length === "number" ? [s.length] : s.length;
      const expected = `an array${lengths.length > 0 ? ` of ${lengths.join(" or ")}` : ""}`;
      if (!Array.isArray(v)) fail(expected);
      const a = v as unknown[];
      if (lengths.length > 0 && !lengths.includes(a.length)) fail(expected);
      for (let i = a.length - 1; i >= 0; i--) stack.push([a[i], s.array, `${p}[${i}]`]);
    } else if ("object" in s) {
      if (typeof v !== "object" || v === null || Array.isArray(v)) fail("an object");
      const o = v as Record<string, unknown>;
      for (const [key, sub] of Object.entries(s.object)) {
        if (!Object.hasOwn(o, key)) {
          if (s.optional?.includes(key)) continue;
          fail(`an object with "${key}"`);
        }
        stack.push([o[key], sub, `${p}.${key}`]);
      }
    } else if ("oneOf" in s) {
      if (!s.oneOf.includes(v)) fail(`one of ${s.oneOf.map((x) => JSON.stringify(x)).join(", ")}`);
    } else if ("nullable" in s) {
      if (v !== null) stack.push([v, s.nullable, p]);
    } else {
      if (typeof v !== "object" || v === null || Array.isArray(v)) fail("an object");
      for (const [key, sub] of Object.entries(v as object)) stack.push([sub, s.record, `${p}.${key}`]);
    }
  }
}

/** Optimizer state; with `sizes`, one buffer per parameter (checkOptimizerState also checks each length). */
export function optimizerSchema(sizes?: readonly number[]): Schema {
  return {
    object: {
      type: "string",
      lr: "number",
      steps: "integer",
      hyper: { record: "scalar" },
      buffers: { record: { array: { array: "number" }, ...(sizes ? { length: sizes.length } : {}) } },
    },
  };
}

/** Checks what optimizerSchema cannot: buffer lengths and that every hyper-parameter is a known numeric field. */
export function checkOptimizerState(
  state: OptimizerState,
  optimizer: object,
  sizes: readonly number[],
  file: string,
  path: string,
): void {
  checkSchema(state, optimizerSchema(sizes), file, path);
  for (const [name, buffers] of Object.entries(state.buffers))
    buffers.forEach((b, i) => {
      if (b.length !== sizes[i])
        throw new CheckpointError(
          `checkpoint ${file}: ${path}.buffers.${name}[${i}]: expected ${sizes[i]} numbers, found ${b.length}`,
        );
    });
  for (const [key, value] of Object.entries(state.hyper))
    if (!Object.hasOwn(optimizer, key) || typeof (optimizer as Record<string, unknown>)[key] !== typeof value)
      throw new CheckpointError(
        `checkpoint ${file}: ${path}.hyper.${key}: not a hyper-parameter of this optimizer`,
      );
}
