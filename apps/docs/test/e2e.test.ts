import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findChromium, launchChromium } from "@mechanist/browser-harness";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brokenLinks, duplicateIds } from "./links.js";
import { buildSite, DIST_DIR, parseEquation, SCREENSHOT_DIR, serveSite, siteIsFresh } from "./site.js";

// Builds the site exactly as `pnpm build` does, serves dist/ on localhost and drives the pages
// and live demos in real headless Chromium. Screenshots go to artifacts/docs-screenshots/.
// The site is rebuilt unless .vitepress/dist is newer than all its inputs (siteIsFresh), so
// `pnpm build && pnpm test` builds once; DOCS_E2E_REBUILD=1 forces a build.

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;
const consoleErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (e) => consoleErrors.push(`${path}: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(`${path}: ${m.text()} (${m.location().url})`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) consoleErrors.push(`${path}: HTTP ${r.status()} for ${r.url()}`);
  });
  await page.goto(site.url + path, { waitUntil: "load" });
  // Wait for hydration: VitePress mounts the app, then our components run onMounted.
  await page.waitForFunction(
    () => (document.querySelector("#app") as { __vue_app__?: unknown })?.__vue_app__,
  );
  return page;
}

/** A screenshot; `fullPage: false` for the long API pages (a full capture of ~30,000 px takes >30 s under load). */
async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

beforeAll(async () => {
  findChromium(); // fail fast, before the minutes-long build, if Chromium is missing
  if (process.env.DOCS_E2E_REBUILD === "1" || !siteIsFresh()) await buildSite();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  site = await serveSite();
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("docs site in headless Chromium", () => {
  it("renders the home page and the getting-started commands", async () => {
    const page = await open("/");
    await expect(page.title()).resolves.toContain("Mechanist");
    await shot(page, "home");
    const guide = await open("/guide/getting-started.html");
    const text = await guide.textContent("main");
    expect(text).toContain("npm install @mechanist/neurlp");
    expect(text).toContain(`--init "u=1,u'=0"`);
    expect(text).toContain("@mechanist/neurlp-webgpu");
    expect(text).toContain("bash scripts/main.sh");
    const which = await open("/guide/which-solver.html");
    expect(await which.textContent("main")).toContain("Dormand–Prince");
    const longForm = await open("/guide/writing-a-backend.html");
    expect(await longForm.textContent("main")).toContain("assembleMatrix");
    await longForm.close();
    const python = await open("/guide/from-python.html");
    expect(await python.textContent("main")).toContain("STLSQ");
    await which.close();
    await python.close();
    await guide.close();
    await page.close();
  });

  it("typesets the NeuRLP equations and shows the generated figures", async () => {
    const page = await open("/concepts/neurlp.html");
    expect(await page.locator("main mjx-container").count()).toBeGreaterThan(5);
    const figures = page.locator("main img[src$='.svg']");
    expect(await figures.count()).toBeGreaterThan(0);
    // Every figure must load (naturalWidth > 0 means the SVG file was generated and served).
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>("main img")].every(
        (i) => i.complete && i.naturalWidth > 0,
      ),
    );
    await shot(page, "concepts-neurlp");
    await page.close();
  });

  it("solves u'' + 0.3u' + 4u = 0 in the page and plots it, matching the closed form", async () => {
    const page = await open("/demos/solve.html");
    await page.fill("[data-testid=equation]", "u'' + 0.3u' + 4u = 0");
    await page.fill("[data-testid=initial]", "1, 0");
    await page.fill("[data-testid=step]", "0.01");
    await page.fill("[data-testid=points]", "1000");
    await page.selectOption("[data-testid=backend-select]", "cpu");
    await page.click("[data-testid=solve]");
    await page.waitForSelector("[data-testid=solve-samples]");
    expect(await page.textContent("[data-testid=parsed]")).toBe("u'' + 0.3u' + 4u = 0");
    const rows = await page.$$eval("[data-testid=solve-samples] tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.textContent))),
    );
    expect(rows.length).toBe(6);
    // Closed form: u = e^{-ζt}(cos ωt + ζ/ω sin ωt), ζ = 0.15, ω = √(4 − ζ²).
    const z = 0.15;
    const w = Math.sqrt(4 - z * z);
    for (const [t, u] of rows) {
      const exact = Math.exp(-z * t!) * (Math.cos(w * t!) + (z / w) * Math.sin(w * t!));
      expect(Math.abs(u! - exact)).toBeLessThan(2e-3);
    }
    const svg = page.locator("[data-testid=solve-plot] svg");
    expect(await svg.count()).toBe(1);
    // Two plotted series (u and u'), each a path with about N points.
    const paths = await svg
      .locator("path")
      .evaluateAll((ps) =>
        ps.map((p) => (p.getAttribute("d") ?? "").split(/[ML]/).length - 1).filter((n) => n > 100),
      );
    expect(paths.length).toBeGreaterThanOrEqual(2);
    await shot(page, "demo-solve");
    // Bad input gives a readable error rather than a plot.
    await page.fill("[data-testid=equation]", "u'' + 4 sin(u) = 0");
    await page.click("[data-testid=solve]");
    await expect(page.textContent("[data-testid=error]")).resolves.toContain("EquationError");
    await page.close();
  });

  it("offers every backend this browser supports and each matches the Float64 cpu solve", async () => {
    const page = await open("/demos/solve.html");
    // The list fills in once the optional backend packages have loaded.
    await page.waitForFunction(
      () => document.querySelectorAll("[data-testid=backend-select] option").length > 1,
    );
    const backends = await page.$$eval("[data-testid=backend-select] option", (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    // Headless Chromium has WebGPU (SwiftShader, --enable-unsafe-webgpu) and WebGL2: all four load.
    expect(backends).toEqual(expect.arrayContaining(["cpu", "webgpu", "tfjs", "gpujs"]));
    await page.fill("[data-testid=equation]", "u'' + 0.3u' + 4u = 0");
    await page.fill("[data-testid=initial]", "1, 0");
    await page.fill("[data-testid=step]", "0.05");
    await page.fill("[data-testid=points]", "200");
    const results: Record<string, number[]> = {};
    for (const backend of backends) {
      await page.selectOption("[data-testid=backend-select]", backend);
      await page.click("[data-testid=solve]");
      await page.waitForFunction(
        (b) => document.querySelector("[data-testid=solve-status]")?.textContent?.includes(`on ${b} in`),
        backend,
        { timeout: 60_000 },
      );
      expect(await page.locator("[data-testid=error]").count()).toBe(0);
      results[backend] = await page.$$eval("[data-testid=solve-samples] tbody tr td:nth-child(2)", (tds) =>
        tds.map((td) => Number(td.textContent)),
      );
    }
    // Float32 backends with Float64 refinement: agree with the cpu backend to 1e-4 (same discretisation).
    for (const backend of backends) {
      const diffs = results[backend]!.map((u, i) => Math.abs(u - results.cpu![i]!));
      expect(Math.max(...diffs), backend).toBeLessThan(1e-4);
    }
    await shot(page, "demo-solve-backends");
    await page.close();
  }, 300_000);

  it("discovers the Lorenz equations in a Web Worker, showing progress and then the equations", async () => {
    const page = await open("/demos/discover.html");
    // Every backend this browser has is offered, the asynchronous WebGPU one included.
    await page.waitForFunction(
      () => document.querySelectorAll("[data-testid=backend-select] option").length > 1,
    );
    const offered = await page.$$eval("[data-testid=backend-select] option", (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    expect(offered).toEqual(expect.arrayContaining(["cpu", "webgpu", "tfjs", "gpujs"]));
    await page.fill("[data-testid=t1]", "10");
    await page.fill("[data-testid=noise]", "0.01");
    await page.fill("[data-testid=rounds]", "4");
    // Record how many per-round equation sets are on the page when the final equations first appear.
    await page.evaluate(() => {
      const w = window as unknown as { roundSetsBeforeFinal?: number };
      const observer = new MutationObserver(() => {
        if (w.roundSetsBeforeFinal === undefined && document.querySelector("[data-testid=equations]")) {
          w.roundSetsBeforeFinal = document.querySelectorAll("[data-testid=round-equation-set]").length;
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await page.click("[data-testid=discover]");
    // The equations of round 1 show up while the worker is still running.
    await page.waitForSelector("[data-testid=round-equation-set]", { timeout: 90_000 });
    const firstSet = await page.$$eval("[data-testid=round-equation-set]", (ls) => ls[0]?.textContent ?? "");
    expect(firstSet).toMatch(/^round 1:\s*dx\/dt = .+dy\/dt = .+dz\/dt = /s);
    // Progress shows up while the worker runs, then the rounds table fills in.
    await page.waitForSelector("[data-testid=progress]");
    await page.waitForSelector("[data-testid=rounds-table] tbody tr", { timeout: 90_000 });
    await page.waitForSelector("[data-testid=equations]", { timeout: 90_000 });
    const error = await page.locator("[data-testid=error]").count();
    expect(error).toBe(0);
    const equations = await page.$$eval("[data-testid=equations] div", (ds) =>
      ds.map((d) => d.textContent ?? ""),
    );
    expect(equations).toHaveLength(3);
    // dx/dt = -10.00 x + 10.00 y (within 5%), and the other two carry their true terms.
    const [dx, dy, dz] = equations.map(parseEquation);
    expect(equations[0]).toMatch(/^dx\/dt = /);
    expect(Math.abs(dx!.x! + 10)).toBeLessThan(0.5);
    expect(Math.abs(dx!.y! - 10)).toBeLessThan(0.5);
    expect(Math.abs(dy!.x! - 28)).toBeLessThan(1.4);
    expect(Math.abs(dy!["x*z"]! + 1)).toBeLessThan(0.05);
    expect(Math.abs(dz!["x*y"]! - 1)).toBeLessThan(0.05);
    expect(Math.abs(dz!.z! + 8 / 3)).toBeLessThan(0.14);
    // The per-round list grew before the final equations appeared: every round, the refit and the refinement.
    const roundsRun = await page.locator("[data-testid=rounds-table] tbody tr").count();
    const sets = await page.$$eval("[data-testid=round-equation-set]", (ls) =>
      ls.map((l) => l.querySelector(".mech-equation-label")?.textContent ?? ""),
    );
    expect(sets).toEqual([
      ...Array.from({ length: roundsRun }, (_, i) => `round ${i + 1}:`),
      "exact refit:",
      "trajectory refinement:",
    ]);
    const before = await page.evaluate(
      () => (window as unknown as { roundSetsBeforeFinal?: number }).roundSetsBeforeFinal,
    );
    expect(before).toBeGreaterThanOrEqual(1);
    // The last set (after the refinement) is the final model.
    const lastSet = await page.$$eval("[data-testid=round-equation-set]:last-child .mech-equations", (ds) =>
      ds.map((d) => d.textContent ?? ""),
    );
    expect(lastSet).toEqual(equations);
    expect(await page.locator("[data-testid=progress]").getAttribute("value")).toBe("1");
    expect(await page.locator("[data-testid=coef-plot] svg").count()).toBe(1);
    expect(await page.locator("[data-testid=data-plot] svg path").count()).toBeGreaterThan(0);
    await shot(page, "demo-discover");
    await page.close();
  });

  it("discovers Lorenz on WebGPU (asynchronous solves in the worker), every coefficient within 2%", async () => {
    const page = await open("/demos/discover.html");
    await page.waitForFunction(
      () => document.querySelectorAll("[data-testid=backend-select] option").length > 1,
    );
    // Which WebGPU adapter Chromium exposes: on a GPU-less machine its bundled SwiftShader (a CPU emulation),
    // never Mesa's lavapipe (measured: "google / swiftshader").
    const adapter = await page.evaluate(async () => {
      type Info = { vendor: string; architecture: string; description: string };
      const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<{ info: Info } | null> } })
        .gpu;
      const a = await gpu?.requestAdapter();
      return a ? `${a.info.vendor} / ${a.info.architecture} ${a.info.description}`.trim() : "none";
    });
    console.log(`docs e2e: WebGPU adapter in Chromium: ${adapter}`);
    expect(adapter).not.toBe("none");
    await page.selectOption("[data-testid=backend-select]", "webgpu");
    await page.fill("[data-testid=noise]", "0");
    await page.fill("[data-testid=rounds]", "2");
    await page.click("[data-testid=discover]");
    await page.waitForSelector("[data-testid=equations], [data-testid=error]", { timeout: 540_000 });
    expect(await page.locator("[data-testid=error]").count()).toBe(0);
    expect(await page.textContent("[data-testid=summary]")).toMatch(/in the worker on webgpu$/);
    const [dx, dy, dz] = (
      await page.$$eval("[data-testid=equations] div", (ds) => ds.map((d) => d.textContent ?? ""))
    ).map(parseEquation);
    const truth = [
      { x: -10, y: 10 },
      { x: 28, y: -1, "x*z": -1 },
      { z: -8 / 3, "x*y": 1 },
    ];
    [dx, dy, dz].forEach((found, d) => {
      expect(Object.keys(found!).sort(), `equation ${d}`).toEqual(Object.keys(truth[d]!).sort());
      for (const [term, c] of Object.entries(truth[d]!))
        expect(Math.abs(found![term]! / c - 1), `${term} in equation ${d}`).toBeLessThan(0.02);
    });
    await shot(page, "demo-discover-webgpu");
    await page.close();
  }, 600_000);

  it("serves the generated API reference", async () => {
    const page = await open("/api/");
    const links = await page.locator("main a[href*='@mechanist']").count();
    expect(links).toBeGreaterThanOrEqual(5);
    const neurlp = await open("/api/@mechanist/neurlp.html");
    // Ordered by importance: the page opens with the functions, solveODE first; error classes come last.
    const headings = await neurlp.$$eval("main h2, main h3", (hs) => hs.map((h) => h.id));
    expect(headings.slice(0, 2)).toEqual(["functions", "solveode"]);
    expect(headings.indexOf("errors")).toBeGreaterThan(headings.indexOf("interfaces"));
    await shot(neurlp, "api-neurlp", false);
    await neurlp.close();
    // Subpaths have their pages, and their functions are described.
    for (const [path, name] of [
      ["/api/@mechanist/neurlp/conformance.html", "runConformance"],
      ["/api/@mechanist/neurlp/reference.html", "solveDense"],
      ["/api/@mechanist/viz/node.html", "writePlot"],
      ["/api/@mechanist/datasets/node.html", "readCsvFile"],
    ]) {
      const sub = await open(path!);
      const text = (await sub.textContent("main")) ?? "";
      expect(text, path).toContain(name);
      await sub.close();
    }
    await page.close();
  });

  it("renders the benchmark page from the committed results", async () => {
    const page = await open("/benchmarks/");
    expect(await page.locator("[data-testid=bench-missing]").count()).toBe(0);
    const titles = await page.$$eval("main h2", (hs) => hs.map((h) => h.textContent ?? ""));
    for (const file of ["neurlp-vs-smnn.json", "neurlp-throughput.json", "autodiff-conv.json"])
      expect(
        titles.some((t) => t.includes(file)),
        file,
      ).toBe(true);
    expect(await page.locator("main table").count()).toBeGreaterThan(3);
    // Each snapshot says when and on what it was measured (from its own JSON).
    const measured = await page.$$eval("[data-testid=bench-measured]", (ps) =>
      ps.map((p) => p.textContent ?? ""),
    );
    expect(measured.length).toBe(titles.length);
    for (const m of measured)
      expect(m).toMatch(/AMD EPYC × 2 cores · Node v\d+.* load average \d+\.\d at start/);
    await shot(page, "benchmarks");
    await page.close();
  });

  it("keeps wide tables inside the content column at 1280 px (they scroll instead of being clipped)", async () => {
    for (const path of ["/guide/which-solver.html", "/benchmarks/", "/api/@mechanist/neurlp.html"]) {
      const page = await open(path);
      const clipped = await page.$$eval("main table", (tables) => {
        const main = document.querySelector("main")!.getBoundingClientRect();
        return tables
          .filter((t) => {
            const box = t.getBoundingClientRect();
            const scrolls = ["auto", "scroll"].includes(getComputedStyle(t).overflowX);
            return box.right > main.right + 1 || (t.scrollWidth > t.clientWidth + 1 && !scrolls);
          })
          .map((t) => t.textContent?.slice(0, 60));
      });
      expect(clipped, path).toEqual([]);
      await page.close();
    }
  });

  it("bundles NeuRLP's worker script (the `workers` option) and the bundled worker answers a job", async () => {
    // Vite emits the worker only for the literal new Worker(new URL("./entry.js", import.meta.url)) shape.
    const assets = join(DIST_DIR, "assets");
    const chunks = [...readdirSync(assets), ...readdirSync(join(assets, "chunks")).map((f) => `chunks/${f}`)];
    const urls = new Set(
      chunks
        .filter((f) => f.endsWith(".js"))
        .flatMap((f) => [
          ...readFileSync(join(assets, f), "utf8").matchAll(
            /new Worker\(new URL\("(\/assets\/entry-[\w-]+\.js)"/g,
          ),
        ])
        .map((m) => m[1]!),
    );
    expect([...urls]).toHaveLength(1);
    const page = await open("/");
    const reply = await page.evaluate(
      (url) =>
        new Promise((done, fail) => {
          const w = new Worker(url, { type: "module" });
          w.onerror = (e) => fail(new Error(`worker failed to load: ${e.message}`));
          w.onmessage = (e) => done(e.data);
          w.postMessage({ kind: "release", id: 7, key: 1 });
        }),
      [...urls][0]!,
    );
    expect(reply).toEqual({ id: 7, ok: true });
    await page.close();
  });

  it("bundles no Node-only module for the browser", () => {
    // ESM imports of Node built-ins or the Dawn addon would fail to load in a browser. The site uses
    // no stubs: the packages' main entries must keep Node-only code out by themselves. (tfjs's own
    // CommonJS code keeps guarded require("fs") calls behind its IS_NODE checks; those never run.)
    const assets = join(DIST_DIR, "assets");
    for (const file of readdirSync(assets).filter((f) => f.endsWith(".js"))) {
      const code = readFileSync(join(assets, file), "utf8");
      expect(code, file).not.toMatch(/\bfrom\s*["']node:|\bimport\(\s*["']node:|dawn\.node|["']webgpu\/dist/);
    }
  });

  it("has no broken internal link or anchor in any built page", () => {
    expect(brokenLinks(DIST_DIR)).toEqual([]);
  });

  it("gives every anchor of a page a unique id (TypeDoc's anchors are the headings' ids)", () => {
    expect(duplicateIds(DIST_DIR)).toEqual([]);
  });

  it("has no orphan pages: the package READMEs the guides include are not pages of their own", () => {
    expect(existsSync(join(DIST_DIR, "guide", "readmes"))).toBe(false);
  });

  it("reports no uncaught page errors", () => {
    expect(consoleErrors).toEqual([]);
  });
});
