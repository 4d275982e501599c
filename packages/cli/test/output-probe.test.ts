import { mkdtempSync, readdirSync, rmSync, watch } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareOutputDir } from "../src/output.js";

describe("output directory checks", () => {
  // The check that files can be created there must not create the files themselves: `train --out` polled for
  // checkpoint.json and found it empty (the probe, between its creation and its removal), and a kill in that moment
  // would leave an empty checkpoint that `--resume` refuses.
  it("probes writability without creating the target files, and leaves nothing behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mech-out-"));
    const seen: string[] = [];
    const watcher = watch(dir, (_event, name) => {
      if (name) seen.push(String(name));
    });
    try {
      prepareOutputDir("out", dir, ["model.json", "checkpoint.json"]);
      await new Promise((resolve) => setTimeout(resolve, 100)); // inotify events arrive asynchronously
      expect(seen.length).toBeGreaterThan(0); // the probes were seen: the watcher works here
      expect(seen).not.toContain("checkpoint.json");
      expect(seen).not.toContain("model.json");
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      watcher.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
