/** The Chromium page of bench/backends.ts: one task on WebGPU through navigator.gpu (browser-harness). */
import { disposeBackends, getBackend } from "@mechanist/neurlp";
import { registerWebGPU, type WebGPUBackend } from "@mechanist/neurlp-webgpu";
import { TASKS, type TaskName } from "./backend-tasks.js";

export async function run(input: { task: TaskName }) {
  const name = registerWebGPU();
  const adapter = ((await getBackend(name)) as WebGPUBackend).adapter;
  const result = await TASKS[input.task](name);
  await disposeBackends();
  return { adapter, ...result };
}
