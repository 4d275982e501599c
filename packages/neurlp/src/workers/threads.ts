import type { WorkerJob, WorkerReply } from "./protocol.js";

/**
 * What the pool needs from the platform's threads. Two implementations are chosen by the package's
 * "#worker-threads" import map: `threads-node.ts` (worker_threads) under the "node" condition and
 * `threads-browser.ts` (module Web Workers) otherwise, so a browser bundle never sees `node:*`. Under the
 * "source" condition browsers get the built threads-browser.js too: its literal worker URL ("./entry.js")
 * must name a file that exists beside it for bundlers to emit the worker.
 */
export interface PortLike {
  postMessage(msg: unknown): void;
  terminate(): unknown;
}

/** Starts one worker running `entry.js`; `onFail` receives a message when it dies or cannot load. */
export type SpawnWorker = (
  onReply: (reply: WorkerReply) => void,
  onFail: (message: string) => void,
) => PortLike;

/** Inside a worker: answer every job posted to it. */
export type ServeJobs = (handle: (job: WorkerJob) => WorkerReply) => void;
