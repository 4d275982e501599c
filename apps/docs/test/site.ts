import { spawn } from "node:child_process";
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Helpers for the end-to-end test: build the site and serve the static output (Chromium comes from @mechanist/browser-harness). */

export const DOCS_DIR = resolve(fileURLToPath(import.meta.url), "../..");
export const DIST_DIR = join(DOCS_DIR, ".vitepress", "dist");
export const SCREENSHOT_DIR = resolve(DOCS_DIR, "../../artifacts/docs-screenshots");
const GENERATED = new Set([
  "node_modules",
  "dist",
  "cache",
  "api",
  "figures",
  "readmes",
  "tfjs",
  "test",
  ".turbo",
]);

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (GENERATED.has(entry)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * True when .vitepress/dist is newer than every input of the build: this app's sources and, for
 * each workspace package, src/, README.md, package.json and bench-results/ (what the demos,
 * figures, README pages, API reference and benchmark tables are made from). Lets `pnpm build`
 * followed by `pnpm test` (scripts/test.sh) build the site once.
 */
export function siteIsFresh(): boolean {
  const built = join(DIST_DIR, "index.html");
  if (!existsSync(built)) return false;
  const packages = resolve(DOCS_DIR, "../../packages");
  const inputs = [DOCS_DIR];
  for (const pkg of readdirSync(packages)) {
    for (const part of ["src", "README.md", "package.json", "bench-results"]) {
      const p = join(packages, pkg, part);
      if (existsSync(p)) inputs.push(p);
    }
  }
  const newest = Math.max(...inputs.map((p) => newestMtime(p)));
  return statSync(built).mtimeMs > newest;
}

/** Runs `pnpm run build` in apps/docs (figures, TypeDoc, vitepress build); rejects with its output tail. */
export function buildSite(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn("pnpm", ["run", "build"], { cwd: DOCS_DIR, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d) => {
      log += d;
    });
    child.stderr.on("data", (d) => {
      log += d;
    });
    child.on("error", fail);
    child.on("exit", (code) => {
      if (code === 0) done();
      else fail(new Error(`docs build failed (exit ${code}):\n${log.slice(-4000)}`));
    });
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/** A static file server for the built site on 127.0.0.1 (a secure context, so WebGPU is allowed). */
export async function serveSite(root = DIST_DIR): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** "dy/dt = 27.99 x - 1.00 y - 1.00 x*z" → { x: 27.99, y: -1, "x*z": -1 } (a constant term is "1"). */
export function parseEquation(text: string): Record<string, number> {
  const rhs = text.replace(/^\s*d\w+\/dt\s*=\s*/, "");
  const out: Record<string, number> = {};
  for (const m of rhs.matchAll(/([+-]?)\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*([^\s+-]*)/gi)) {
    out[m[3] || "1"] = (m[1] === "-" ? -1 : 1) * Number(m[2]);
  }
  return out;
}
