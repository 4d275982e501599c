// Builds native/resident.c into dist/native/resident.node (the helper behind
// `@mechanist/neurlp/node`'s keepMemoryResident) with the system C compiler against the running
// Node's headers. It only matters on Linux with glibc; elsewhere, or without a compiler or headers,
// it prints why it skipped and exits 0: the package works without it (keepMemoryResident then reports
// `applied: false` with the reason). MECHANIST_NATIVE=require makes a skip an error (CI).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "native", "resident.c");
const target = join(root, "dist", "native", "resident.node");
const required = process.env.MECHANIST_NATIVE === "require";

function skip(why) {
  const message = `@mechanist/neurlp: native memory helper not built (${why}); keepMemoryResident() will report it`;
  if (required) throw new Error(message);
  console.warn(message);
  process.exit(0);
}

if (process.platform !== "linux") skip(`only useful on Linux/glibc, this is ${process.platform}`);
// Node's headers: beside the binary (/usr/bin/node -> /usr/include/node), or where npm is told (nodedir)
const nodedirs = [join(dirname(process.execPath), "..")];
if (process.env.npm_config_nodedir) nodedirs.unshift(process.env.npm_config_nodedir);
const include = nodedirs
  .map((d) => join(d, "include", "node"))
  .find((d) => existsSync(join(d, "node_api.h")));
if (!include) skip(`no node_api.h under ${nodedirs.map((d) => join(d, "include", "node")).join(" or ")}`);
const cc = process.env.CC || "cc";
mkdirSync(dirname(target), { recursive: true });
try {
  // undefined napi_* symbols are resolved against the node binary when the addon is loaded
  execFileSync(cc, ["-O2", "-shared", "-fPIC", "-Wall", "-Werror", `-I${include}`, source, "-o", target], {
    stdio: ["ignore", "inherit", "inherit"],
  });
} catch (error) {
  skip(`${cc} failed: ${error.message.split("\n")[0]}`);
}
