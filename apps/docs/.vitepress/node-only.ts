import { builtinModules } from "node:module";
import type { UserConfig } from "vitepress";

// Vite's plugin type through VitePress, so the docs need no direct vite dependency (a second vite
// major in this package would change which vite vitest resolves).
type PluginOption = NonNullable<NonNullable<UserConfig["vite"]>["plugins"]>[number];
type Plugin = Extract<PluginOption, { name: string }>;

/**
 * Keeps Node-only modules out of the browser bundle. The workspace packages import `node:fs`,
 * `node:worker_threads`, ... only on Node code paths (file helpers, worker pool) and the WebGPU
 * backend loads the `webgpu` npm package (Dawn) only when there is no `navigator.gpu`. For the
 * client build every such import resolves to a stub module whose named exports throw a clear
 * error if a browser code path ever calls them. SSR (the static render in Node) gets the real ones.
 */
const NODE_ONLY_PACKAGES = ["webgpu"];
const PREFIX = "\0node-only:";

function isNodeOnly(id: string): boolean {
  const bare = id.startsWith("node:") ? id.slice(5) : id;
  return builtinModules.includes(bare.split("/")[0]!) || NODE_ONLY_PACKAGES.includes(id);
}

export function nodeOnlyStubs(): Plugin {
  return {
    name: "mechanist:node-only-stubs",
    enforce: "pre",
    resolveId(id: string, _importer: string | undefined, options?: { ssr?: boolean }) {
      if (options?.ssr) return null;
      if (isNodeOnly(id)) return PREFIX + id;
      return null;
    },
    async load(id: string) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      let names: string[] = [];
      try {
        const mod = (await import(name)) as Record<string, unknown>;
        names = Object.keys(mod).filter((k) => k !== "default" && /^[A-Za-z_$][\w$]*$/.test(k));
      } catch {
        names = [];
      }
      const fail = `function fail(what) { return function () { throw new Error(${JSON.stringify(
        `${name} is Node-only and is not available in the browser`,
      )} + " (" + what + ")"); }; }`;
      const exports = names.map((k) => `export const ${k} = fail(${JSON.stringify(k)});`).join("\n");
      return `${fail}\n${exports}\nexport default {};\n`;
    },
  };
}
