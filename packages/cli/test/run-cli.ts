import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Writable } from "node:stream";

const root = join(import.meta.dirname, "..");

/** Runs the CLI from its TypeScript source in a subprocess, as a user's shell would. */
export function mechanist(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "--conditions", "source", join(root, "src/bin.ts"), ...args],
    { cwd: root, encoding: "utf8" },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A stream that collects what is written to it, for running main() in-process. */
export function sink(): Writable & { text: string } {
  const s = new Writable({
    write(chunk, _enc, done) {
      s.text += String(chunk);
      done();
    },
  }) as Writable & { text: string };
  s.text = "";
  return s;
}
