import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parentPort, Worker } from "node:worker_threads";
import { NeurlpBackendError } from "../errors.js";
import type { WorkerJob, WorkerReply } from "./protocol.js";
import type { PortLike, ServeJobs, SpawnWorker } from "./threads.js";
import { transferables } from "./transfer.js";

// From source (tests through the "source" condition) the worker script is the built dist file.
function entryUrl(): URL {
  const url = import.meta.url.endsWith(".ts")
    ? new URL("../../dist/workers/entry.js", import.meta.url)
    : new URL("./entry.js", import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    throw new NeurlpBackendError(
      `the worker script ${url.pathname} is missing: build @mechanist/neurlp first (pnpm --filter @mechanist/neurlp build)`,
    );
  }
  return url;
}

// The worker always runs built JS, so export conditions inherited from the parent (a test run's
// "source" makes workspace packages resolve to .ts files, which plain Node cannot load) must not reach it.
function workerExecArgv(): string[] {
  const out: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--conditions" || a === "-C") i++;
    else if (!a.startsWith("--conditions=") && !a.startsWith("-C=")) out.push(a);
  }
  return out;
}

export const spawnWorker: SpawnWorker = (onReply, onFail): PortLike => {
  const w = new Worker(entryUrl(), { execArgv: workerExecArgv() });
  w.unref(); // idle workers must not keep the process alive
  w.on("message", onReply);
  w.on("error", (err) => onFail(String(err)));
  return w;
};

export const serveJobs: ServeJobs = (handle) => {
  parentPort?.on("message", (job: WorkerJob) => {
    const reply: WorkerReply = handle(job);
    parentPort?.postMessage(reply, transferables(reply));
  });
};
