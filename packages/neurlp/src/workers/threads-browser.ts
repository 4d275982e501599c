import { NeurlpValueError } from "../errors.js";
import type { WorkerJob, WorkerReply } from "./protocol.js";
import type { PortLike, ServeJobs, SpawnWorker } from "./threads.js";
import { transferables } from "./transfer.js";

const LOAD_HINT =
  "the NeuRLP worker script (@mechanist/neurlp/dist/workers/entry.js) could not be loaded. Vite, webpack 5 and " +
  'Parcel bundle it from the literal `new Worker(new URL(...), { type: "module" })` in threads-browser.js; ' +
  "esbuild and Rollup without a worker plugin do not: serve dist/workers/ next to the bundled module, or " +
  "leave the `workers` option unset";

interface BrowserWorker extends PortLike {
  onmessage: ((ev: { data: WorkerReply }) => void) | null;
  onerror: ((ev: { message?: string }) => void) | null;
}
// The global Web Worker (declared here rather than through the DOM lib, which this package does not load).
declare const Worker: (new (url: URL, options: { type: "module" }) => BrowserWorker) | undefined;

export const spawnWorker: SpawnWorker = (onReply, onFail): PortLike => {
  if (typeof Worker === "undefined")
    throw new NeurlpValueError("this runtime has no Worker; leave the `workers` option unset");
  // Bundlers emit the worker script only for this exact shape: the global `Worker` constructed on a
  // literal `new URL("./…", import.meta.url)` with `{ type: "module" }`, in one expression.
  const w: BrowserWorker = new Worker(new URL("./entry.js", import.meta.url), { type: "module" });
  w.onmessage = (ev) => onReply(ev.data);
  w.onerror = (ev) => onFail(ev.message ? `${ev.message} (${LOAD_HINT})` : LOAD_HINT);
  return w;
};

export const serveJobs: ServeJobs = (handle) => {
  const scope = globalThis as unknown as {
    onmessage: ((ev: { data: WorkerJob }) => void) | null;
    postMessage(msg: unknown, transfer: ArrayBuffer[]): void;
  };
  scope.onmessage = (ev) => {
    const reply = handle(ev.data);
    scope.postMessage(reply, transferables(reply));
  };
};
