import type { WorkerReply } from "./protocol.js";

/** The reply's gradient buffers move to the receiving thread instead of being copied. */
export function transferables(reply: WorkerReply): ArrayBuffer[] {
  if (!reply.ok || !reply.partial) return [];
  return Object.values(reply.partial).map((g) => g!.buffer as ArrayBuffer);
}
