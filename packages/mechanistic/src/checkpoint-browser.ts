import type { Schema } from "./checkpoint-schema.js";
import { CheckpointError } from "./errors.js";

// The browser side of the "#checkpoint-io" import map: checkpoints are files, which browsers lack.
const HINT = "checkpoint files need Node (node:fs); in a browser leave the `checkpoint` option unset";

export function writeCheckpoint<T>(path: string, _kind: string, _fingerprint: string, _state: T): void {
  throw new CheckpointError(`cannot write ${path}: ${HINT}`);
}

export function readCheckpoint<T>(
  path: string,
  _kind: string,
  _fingerprint: string,
  _schema?: Schema,
): T | null {
  throw new CheckpointError(`cannot read ${path}: ${HINT}`);
}
