import type { WorkerJob, WorkerReply } from "./protocol.js";
import type { PortLike, ServeJobs, SpawnWorker } from "./threads.js";
import { transferables } from "./transfer.js";

const LOAD_HINT =
  "the NeuRLP worker script (@mechanist/neurlp/dist/workers/entry.js) could not be loaded. Vite, webpack 5 and " +
  "Parcel emit it from `new Worker(new URL(...))` automatically; with other bundlers serve that file next to " +
  "this module, or leave the `workers` option unset";

interface BrowserWorker extends PortLike {
  onmessage: ((ev: { data: WorkerReply }) => void) | null;
  onerror: ((ev: { message?: string }) => void) | null;
}
type WorkerCtor = new (url: URL, options: { type: "module" }) => BrowserWorker;
const WebWorker = (globalThis as unknown as { Worker?: WorkerCtor }).Worker;

export const spawnWorker: SpawnWorker = (onReply, onFail): PortLike => {
  if (!WebWorker) throw new Error("this runtime has no Worker; leave the `workers` option unset");
  // Written as one expression so that bundlers recognise it and emit the worker script.
  const w: BrowserWorker = new WebWorker(new URL("./entry.js", import.meta.url), { type: "module" });
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
