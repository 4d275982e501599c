/**
 * How the CLI finds NeuRLP backends (the convention is documented in @mechanist/neurlp's
 * docs/writing-a-backend.md): `--backend NAME` is a registered name, else the installed package
 * `@mechanist/neurlp-NAME`, whose `register()` export registers a backend called NAME;
 * `--backend-module SPECIFIER` imports any module (a package name or a file path) that registers one,
 * through a `register()` export or as a side effect of being imported. Backend packages are never
 * dependencies of the CLI: they are imported here, lazily, only when named.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { getBackend, listBackends } from "@mechanist/neurlp";
import { UsageError } from "./errors.js";
import { text } from "./spec/flags.js";

export const PACKAGE_PREFIX = "@mechanist/neurlp-";

/** The two flags of every command that solves: `--backend NAME` and `--backend-module SPECIFIER`. */
export function backendFlags(section?: string) {
  const at = section === undefined ? {} : { section };
  return {
    backend: text({
      arg: "<name>",
      ...at,
      help: "NeuRLP backend: a registered name or an installed @mechanist/neurlp-NAME package",
      defaultText: "cpu",
    }),
    "backend-module": text({
      arg: "<module>",
      ...at,
      help: "import a module (package name or file path) that registers a NeuRLP backend (see mechanist backends)",
    }),
  };
}

/** Where packages are looked up: the working directory's project first, then the CLI's own installation. */
function searchRoots(): string[] {
  return [
    join(process.cwd(), "noop.js"),
    import.meta.url.startsWith("file:") ? new URL(import.meta.url).pathname : "",
  ];
}

function locate(specifier: string): string | null {
  for (const root of searchRoots()) {
    try {
      return createRequire(root).resolve(specifier);
    } catch {}
  }
  return null;
}

type Registrar = { register?: (options?: unknown) => unknown };

async function importModule(specifier: string, file: string): Promise<Registrar> {
  try {
    return (await import(pathToFileURL(file).href)) as Registrar;
  } catch (e) {
    throw new UsageError(`${specifier} is installed but failed to load: ${(e as Error).message}`);
  }
}

/** Import `specifier` and run its `register()`; returns the names that became registered. */
async function loadModule(specifier: string): Promise<string[]> {
  const isPath = specifier.startsWith(".") || specifier.startsWith("/");
  const file = isPath ? resolve(specifier) : locate(specifier);
  if (!file || (isPath && !existsSync(file)))
    throw new UsageError(
      `--backend-module: cannot find module "${specifier}"${isPath ? ` (no file at ${file})` : " (is it installed?)"}`,
    );
  const before = new Set(listBackends());
  const mod = await importModule(specifier, file);
  const returned = typeof mod.register === "function" ? await mod.register() : undefined;
  const added = listBackends().filter((n) => !before.has(n));
  if (typeof returned === "string" && !added.includes(returned)) added.unshift(returned);
  return added;
}

/** What a backend name may look like: the tail of an npm package name, so that the convention resolves it. */
const BACKEND_NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** The package that provides backend NAME by convention. */
export const packageFor = (name: string): string => `${PACKAGE_PREFIX}${name}`;

/**
 * Resolve `--backend` / `--backend-module` to a registered, initialised backend name (or undefined for the
 * registry's default). Named but not installed, or failing to initialise here: a UsageError (exit 2).
 */
export async function resolveBackend(name?: string, module?: string): Promise<string | undefined> {
  let chosen = name;
  if (module !== undefined) {
    const added = await loadModule(module);
    if (chosen === undefined) {
      if (added.length !== 1)
        throw new UsageError(
          `--backend-module ${module} registered ${added.length === 0 ? "no backend" : `several backends (${added.join(", ")})`}; name one with --backend`,
        );
      chosen = added[0];
    }
  }
  if (chosen === undefined) return undefined;
  if (!listBackends().includes(chosen)) {
    if (!BACKEND_NAME.test(chosen))
      throw new UsageError(
        `--backend: "${chosen}" is not a backend name (lower-case letters, digits, "-" and "_", as in webgpu or tfjs; registered: ${listBackends().join(", ")}); load a module by path with --backend-module`,
      );
    const pkg = packageFor(chosen);
    if (!locate(`${pkg}/package.json`) && !locate(pkg)) {
      throw new UsageError(
        `--backend: unknown backend "${chosen}": it is not registered (registered: ${listBackends().join(", ")}) and ${pkg} is not installed. Install it (npm i ${pkg}) or load a module that registers it with --backend-module`,
      );
    }
    await loadModule(pkg);
    if (!listBackends().includes(chosen))
      throw new UsageError(`${pkg} was loaded but did not register a backend named "${chosen}"`);
  }
  try {
    await getBackend(chosen);
  } catch (e) {
    throw new UsageError(`backend "${chosen}" is not usable here: ${(e as Error).message}`);
  }
  return chosen;
}

export interface InstalledBackend {
  name: string;
  package: string;
  version: string;
}

/** Backend packages installed where `resolveBackend` would find them (node_modules/@mechanist/neurlp-*). */
export function installedBackends(): InstalledBackend[] {
  const found = new Map<string, InstalledBackend>();
  for (const root of searchRoots()) {
    for (let dir = dirname(root); ; dir = dirname(dir)) {
      const scope = join(dir, "node_modules", "@mechanist");
      let entries: string[] = [];
      try {
        entries = readdirSync(scope).filter((e) => e.startsWith("neurlp-"));
      } catch {}
      for (const entry of entries) {
        const name = entry.slice("neurlp-".length);
        if (found.has(name)) continue;
        try {
          const pkg = JSON.parse(readFileSync(join(scope, entry, "package.json"), "utf8")) as {
            version?: string;
          };
          found.set(name, { name, package: packageFor(name), version: pkg.version ?? "?" });
        } catch {}
      }
      if (dirname(dir) === dir) break;
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
