import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publicPackages } from "./packages.js";

/** Peers and types a consumer installs next to the packages (gpu.js for its types; its native `gl` is not built). */
const EXTRA_DEPENDENCIES = {
  "@tensorflow/tfjs-core": "^4.22.0",
  "@tensorflow/tfjs-backend-cpu": "^4.22.0",
  "@tensorflow/tfjs-backend-wasm": "^4.22.0",
  "gpu.js": "^2.24.1",
  "@types/node": "^20.19.43",
};

/** `pnpm pack` of every published package into `dir/tarballs`; returns name → tarball path. */
export function packAll(dir: string): Record<string, string> {
  const out = join(dir, "tarballs");
  mkdirSync(out, { recursive: true });
  const tarballs: Record<string, string> = {};
  for (const pkg of publicPackages()) {
    const before = new Set(readdirSync(out));
    execFileSync("pnpm", ["pack", "--pack-destination", out], { cwd: pkg.dir, stdio: "pipe" });
    const made = readdirSync(out).find((f) => !before.has(f));
    if (!made) throw new Error(`pnpm pack made no tarball for ${pkg.name}`);
    tarballs[pkg.name] = join(out, made);
  }
  return tarballs;
}

/**
 * A fresh npm project outside the workspace with the tarballs installed by plain npm. Install scripts
 * are off (gpu.js's `gl` would compile), peers are explicit (`--legacy-peer-deps`).
 */
export function installConsumer(): { dir: string; tarballs: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), "mechanist-consumer-"));
  const tarballs = packAll(dir);
  const dependencies: Record<string, string> = { ...EXTRA_DEPENDENCIES };
  for (const [name, file] of Object.entries(tarballs)) dependencies[name] = `file:${file}`;
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module", dependencies }, null, 2),
  );
  const npm = spawnSync(
    "npm",
    ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--legacy-peer-deps", "--prefer-offline"],
    { cwd: dir, encoding: "utf8" },
  );
  if (npm.status !== 0) throw new Error(`npm install failed in ${dir}:\n${npm.stderr}`);
  return { dir, tarballs };
}
