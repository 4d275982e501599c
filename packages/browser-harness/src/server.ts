import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>browser-harness</title><link rel="icon" href="data:,"></head>
<body><script type="module" src="/bundle.js"></script></body></html>`;

export interface ServeOptions {
  /** More files by path (e.g. `{ "/entry.js": workerBundle }`), served as JavaScript. */
  files?: Record<string, string>;
  /**
   * Serve with `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy: require-corp`, so the
   * page is cross-origin isolated (SharedArrayBuffer, as multi-threaded WebAssembly or worker pools need).
   */
  crossOriginIsolated?: boolean;
}

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serve a page and the bundle on 127.0.0.1 (an http://127.0.0.1 origin is a secure context, which
 * WebGPU requires) on a free port.
 */
export async function servePage(bundle: string, options: ServeOptions = {}): Promise<PageServer> {
  const scripts = new Map(Object.entries({ ...options.files, "/bundle.js": bundle }));
  const isolation: Record<string, string> = options.crossOriginIsolated
    ? { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" }
    : {};
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const script = scripts.get(path);
    if (path === "/" || path === "/index.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...isolation });
      res.end(PAGE);
    } else if (script !== undefined) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", ...isolation });
      res.end(script);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
