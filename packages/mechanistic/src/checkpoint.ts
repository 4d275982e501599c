/**
 * Crash-safe checkpoints: JSON written to a temporary file in the same directory, fsync'ed, renamed over the
 * target (atomic on POSIX), then the directory is fsync'ed so the rename itself survives a power cut.
 * A reader therefore sees either the previous checkpoint or the new one, never a torn file.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import { dirname, resolve } from "node:path";
import { checkSchema, type Schema } from "./checkpoint-schema.js";
import { CheckpointError } from "./errors.js";

export interface CheckpointEnvelope<T> {
  format: "mechanist-checkpoint";
  version: 1;
  /** What produced it (e.g. "discover", "fit"); a resume refuses a checkpoint of another kind. */
  kind: string;
  /** Fingerprint of the configuration and data; a resume refuses a checkpoint of another run. */
  fingerprint: string;
  savedAt: string;
  state: T;
}

export function writeCheckpoint<T>(path: string, kind: string, fingerprint: string, state: T): void {
  const target = resolve(path);
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  const tmp = `${target}.tmp-${process.pid}`;
  const envelope: CheckpointEnvelope<T> = {
    format: "mechanist-checkpoint",
    version: 1,
    kind,
    fingerprint,
    savedAt: new Date().toISOString(),
    state,
  };
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, JSON.stringify(envelope));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, target);
  try {
    const dfd = openSync(dir, "r");
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // Some platforms cannot open directories for fsync; the rename is still atomic there.
  }
}

/**
 * Reads a checkpoint; null when the file does not exist. Throws CheckpointError when it is unusable: not
 * JSON, another format, kind or run (fingerprint), or a state that does not match `schema` field by field.
 */
export function readCheckpoint<T>(
  path: string,
  kind: string,
  fingerprint: string,
  schema?: Schema,
): T | null {
  if (!existsSync(path)) return null;
  let envelope: CheckpointEnvelope<T>;
  try {
    envelope = JSON.parse(readFileSync(path, "utf8")) as CheckpointEnvelope<T>;
  } catch (e) {
    throw new CheckpointError(
      `checkpoint ${path} is not valid JSON (${(e as Error).message}); delete it to start over`,
    );
  }
  if (
    typeof envelope !== "object" ||
    envelope === null ||
    envelope.format !== "mechanist-checkpoint" ||
    envelope.version !== 1
  ) {
    throw new CheckpointError(`${path} is not a mechanist checkpoint (version 1)`);
  }
  if (envelope.kind !== kind)
    throw new CheckpointError(`checkpoint ${path} was written by "${envelope.kind}", not "${kind}"`);
  if (envelope.fingerprint !== fingerprint) {
    throw new CheckpointError(
      `checkpoint ${path} belongs to a run with different data or options; delete it or use the original settings`,
    );
  }
  if (schema) checkSchema(envelope.state, schema, path);
  return envelope.state;
}

/**
 * A content hash (128 bits, hex) of a JSON-like value: every number by its exact Float64 bits, every string,
 * array, typed array and object key, in order. Checkpoints are bound to the full data and options with it: a
 * different sample anywhere changes the hash (a digest of lengths and end rows would not). Not cryptographic.
 */
export function fingerprint(value: unknown): string {
  const h = new ContentHash();
  const stack: unknown[] = [value];
  const seen = new WeakSet<object>(); // a shared or cyclic reference is hashed once, then as a marker
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "number") h.number(v);
    else if (typeof v === "string") h.string(v);
    else if (typeof v === "boolean") h.word(v ? 0x7401 : 0x7400);
    else if (v === null || v === undefined || typeof v === "function") h.word(v === null ? 0x6e00 : 0x7500);
    else if (typeof v !== "object") throw new TypeError(`fingerprint: cannot hash a ${typeof v}`);
    else if (seen.has(v)) h.word(0x7200);
    else if (ArrayBuffer.isView(v) && "length" in v) {
      const a = v as unknown as ArrayLike<number>;
      h.word(0x6100 ^ a.length);
      for (let i = 0; i < a.length; i++) h.number(a[i] as number);
    } else if (Array.isArray(v)) {
      seen.add(v);
      h.word(0x6101 ^ v.length);
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else {
      seen.add(v);
      const entries = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== "function");
      h.word(0x6f00 ^ entries.length);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, x] = entries[i] as [string, unknown];
        stack.push(x, key);
      }
    }
  }
  return h.hex();
}

/** Four 32-bit multiply-xor lanes (murmur3-style mixing) fed 32-bit words. */
class ContentHash {
  private readonly lanes = new Uint32Array([0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]);
  private readonly f64 = new Float64Array(1);
  private readonly u32 = new Uint32Array(this.f64.buffer);
  private count = 0;

  word(w: number): void {
    const l = this.lanes;
    for (let i = 0; i < 4; i++) {
      let k = Math.imul((w ^ (i * 0x27d4eb2f)) >>> 0, 0xcc9e2d51);
      k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
      let x = (l[i] as number) ^ k;
      x = (x << 13) | (x >>> 19);
      l[i] = (Math.imul(x, 5) + 0xe6546b64 + i) >>> 0;
    }
    this.count++;
  }
  number(v: number): void {
    this.f64[0] = v;
    this.word(0x4e00);
    this.word(this.u32[0] as number);
    this.word(this.u32[1] as number);
  }
  string(s: string): void {
    this.word(0x5300 ^ s.length);
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i));
  }
  hex(): string {
    const out = Array.from(this.lanes, (x, i) => {
      let h = (x ^ this.count ^ (this.lanes[(i + 1) % 4] as number)) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, "0");
    });
    return out.join("");
  }
}
