/**
 * Output paths (--out, --checkpoint) are checked before any work, by creating what will be written: a run that
 * takes minutes must not end in EACCES/EISDIR/ENOENT. Failures are UsageErrors (exit 2) naming the path.
 */
import { closeSync, existsSync, mkdirSync, openSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { UsageError } from "./errors.js";

const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "not permitted",
  EROFS: "read-only file system",
  ENOENT: "a parent directory does not exist",
  ENOTDIR: "a parent path is a file, not a directory",
  EISDIR: "it is a directory",
  EEXIST: "it exists and is not a directory",
  ENOSPC: "no space left on the device",
};

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code ?? "";
  return Object.hasOwn(REASONS, code) ? `${REASONS[code]} (${code})` : String((e as Error)?.message ?? e);
}

/**
 * `mkdir -p` without `mkdirSync(…, { recursive: true })`, which on Node 20 never returns for some paths that
 * cannot be created (e.g. under /proc): create each missing level from the first existing ancestor down.
 */
export function makeDirectories(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}

/**
 * Checks that `path` can be written as a file (creating and removing it if it did not exist); with
 * `createParents` (checkpoints) missing parent directories are created first, as the writer would.
 */
export function checkOutputFile(flag: string, path: string, createParents = false): void {
  if (createParents && !existsSync(dirname(path))) {
    try {
      makeDirectories(dirname(path));
    } catch (e) {
      throw new UsageError(`--${flag} ${path}: cannot create its directory: ${reason(e)}`);
    }
  }
  if (existsSync(path) && statSync(path).isDirectory())
    throw new UsageError(`--${flag} ${path}: is a directory; give a file name`);
  const existed = existsSync(path);
  // A new file is probed under another name: the target itself must never exist empty, where a kill in between (or a
  // process watching for the checkpoint) would find an empty checkpoint.json.
  const probe = existed ? path : `${path}.probe-${process.pid}`;
  try {
    closeSync(openSync(probe, "a"));
    if (!existed) unlinkSync(probe);
  } catch (e) {
    throw new UsageError(`--${flag} ${path}: cannot write here: ${reason(e)}`);
  }
}

/** Creates `dir` (and parents) and checks that files can be created in it and that `files` are not directories. */
export function prepareOutputDir(flag: string, dir: string, files: readonly string[]): void {
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new UsageError(`--${flag} ${dir}: exists and is a file; --${flag} takes a directory`);
  try {
    makeDirectories(dir);
  } catch (e) {
    throw new UsageError(`--${flag} ${dir}: cannot create the directory: ${reason(e)}`);
  }
  for (const file of files) checkOutputFile(flag, join(dir, file));
}

/** Writes every file it can; returns the paths that failed with the reason (the caller reports them, exit 2). */
export function writeOutputs(files: ReadonlyArray<[path: string, content: string | Uint8Array]>): string[] {
  const failed: string[] = [];
  for (const [path, content] of files) {
    try {
      writeFileSync(path, content);
    } catch (e) {
      failed.push(`${path}: ${reason(e)}`);
    }
  }
  return failed;
}

/** Wraps a single result file write (e.g. solve --out) into a UsageError naming the path. */
export function writeOutputFile(flag: string, path: string, content: string | Uint8Array): void {
  const failed = writeOutputs([[path, content]]);
  if (failed.length > 0) throw new UsageError(`--${flag}: could not write ${failed.join("; ")}`);
}

/**
 * The format an output file's extension asks for (`formats` maps extensions to what they hold). Any other
 * extension is a UsageError listing the choices: writing CSV text into `x.json` or `x.npy` would hand the user a
 * file that nothing reads back.
 */
export function outputFormat<F extends string>(flag: string, path: string, formats: Record<F, string>): F {
  const ext = extname(path).toLowerCase().slice(1);
  if (Object.hasOwn(formats, ext)) return ext as F;
  const choices = Object.entries(formats).map(([e, what]) => `.${e} (${what})`);
  throw new UsageError(
    `--${flag} ${path}: ${ext ? `unsupported extension ".${ext}"` : "the file name has no extension"}; use ${choices.join(" or ")}`,
  );
}
