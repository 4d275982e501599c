import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..", "..");

export interface PackageInfo {
  name: string;
  dir: string;
  json: Record<string, unknown> & { name: string; private?: boolean };
}

/** The workspace packages that are published (not `private`), read from packages/*. */
export function publicPackages(): PackageInfo[] {
  const base = join(ROOT, "packages");
  return readdirSync(base)
    .map((d) => ({ dir: join(base, d), file: join(base, d, "package.json") }))
    .flatMap(({ dir, file }) => {
      try {
        const json = JSON.parse(readFileSync(file, "utf8")) as PackageInfo["json"];
        return json.private ? [] : [{ name: json.name, dir, json }];
      } catch {
        return [];
      }
    });
}
