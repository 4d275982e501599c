/**
 * Node-only (reached through `@mechanist/mechanistic/node` and the package's "#checkpoint-io" import
 * map, so browser bundles never see `node:fs`). Crash-safe checkpoints: JSON written to a temporary file in the same directory, fsync'ed, renamed over the
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

/**
 * Writes `state` atomically (temp file, fsync, rename, fsync of the directory) in an envelope with `kind`
 * and `fingerprint`, which `readCheckpoint` checks on resume.
 */
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
