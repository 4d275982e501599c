import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>browser-harness</title><link rel="icon" href="data:,"></head>
<body><script type="module" src="/bundle.js"></script></body></html>`;

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serve a page and the bundle on 127.0.0.1 (an http://127.0.0.1 origin is a secure context, which
 * WebGPU requires) on a free port.
 */
export async function servePage(bundle: string): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/" || path === "/index.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(PAGE);
    } else if (path === "/bundle.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      res.end(bundle);
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
