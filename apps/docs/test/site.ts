import { spawn } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Helpers for the end-to-end test: build the site, serve the static output, find Chromium. */

export const DOCS_DIR = resolve(fileURLToPath(import.meta.url), "../..");
export const DIST_DIR = join(DOCS_DIR, ".vitepress", "dist");
export const SCREENSHOT_DIR = resolve(DOCS_DIR, "../../artifacts/docs-screenshots");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Chromium flags from shared/design/backends.md §3 (playwright adds --headless and its own profile). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--enable-unsafe-webgpu",
];

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the docs end-to-end test drives the real browser. ` +
        "Install it with `bash scripts/setup-system.sh` (as root, from the repo root), or set CHROMIUM_PATH.",
    );
  }
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
