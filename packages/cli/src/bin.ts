#!/usr/bin/env node
import { main } from "./main.js";

// `mechanist … | head`: the reader closed the pipe; stop quietly instead of printing an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`mechanist: internal error (please report): ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 1;
  },
);
