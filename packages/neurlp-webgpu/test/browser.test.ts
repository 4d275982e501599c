import { fileURLToPath } from "node:url";
import { runInBrowser } from "@mechanist/browser-harness";
import { CASE_IDS, checkCaseIds } from "@mechanist/neurlp/conformance";
import { describe, expect, it } from "vitest";
import { BROWSER_CASES } from "./skips.js";

type Outcome = { adapter: string; results: Array<{ id: string; ok: boolean; error?: string; ms: number }> };

// The conformance cases on WebGPU in headless Chromium (navigator.gpu, SwiftShader adapter),
// bundled by the browser harness; the page imports the framework-free cases from the conformance entry.
describe("WebGPU backend in Chromium", () => {
  checkCaseIds(BROWSER_CASES, "BROWSER_CASES"); // a misspelled id fails, never drops a case
  const ids = CASE_IDS.filter((id) => BROWSER_CASES.includes(id));
  const runs = ["sequential", "cyclic-reduction"].flatMap((solver) => ids.map((id) => `${solver}/${id}`));
  let outcome: Promise<Outcome> | undefined;
  const results = () => {
    outcome ??= runInBrowser<Outcome>({
      entry: fileURLToPath(new URL("./browser-page.ts", import.meta.url)),
      input: { ids },
      timeoutMs: 170_000,
    }).then((r) => r.result);
    return outcome;
  };

  it("gets a WebGPU adapter in Chromium", { timeout: 180_000 }, async () => {
    const r = await results();
    expect(r.adapter.length).toBeGreaterThan(0);
    expect(r.results.map((x) => x.id)).toEqual(runs);
  });
  for (const id of runs) {
    it(`case ${id}`, { timeout: 180_000 }, async () => {
      const r = (await results()).results.find((x) => x.id === id);
      expect(r?.error ?? "").toBe("");
      expect(r?.ok).toBe(true);
    });
  }
});
