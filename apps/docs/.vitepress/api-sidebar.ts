import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { DefaultTheme } from "vitepress";
import { moduleRank } from "../api-order.mjs";

const api = join(dirname(fileURLToPath(import.meta.url)), "..", "api");

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? markdownFiles(p) : p.endsWith(".md") ? [p] : [];
  });
}

/**
 * Sidebar of the TypeDoc output, one entry per module (a package's main entry or a subpath such as
 * `@mechanist/neurlp/conformance`), most used first (api-order.mjs), namespaces nested under their
 * module. TypeDoc writes `api/<module>.md`, or `api/<module>/index.md` plus `namespaces/<ns>.md` for a
 * module with namespaces. Read when the config loads (after `pnpm api`).
 */
export function apiSidebar(): DefaultTheme.SidebarItem[] {
  const items: DefaultTheme.SidebarItem[] = [{ text: "Overview", link: "/api/" }];
  if (!existsSync(join(api, "@mechanist"))) return items;
  const pages = markdownFiles(join(api, "@mechanist")).map((f) => relative(api, f).replace(/\.md$/, ""));
  const modules = pages
    .filter((p) => !p.includes("/namespaces/"))
    .map((p) => ({ name: p.replace(/\/index$/, ""), link: `/api/${p.replace(/index$/, "")}` }))
    .sort((a, b) => moduleRank(a.name) - moduleRank(b.name) || a.name.localeCompare(b.name));
  for (const m of modules) {
    const namespaces = pages.filter((p) => p.startsWith(`${m.name}/namespaces/`));
    items.push({
      text: m.name,
      link: m.link,
      ...(namespaces.length > 0 && {
        items: namespaces.map((p) => ({ text: p.slice(p.lastIndexOf("/") + 1), link: `/api/${p}` })),
      }),
    });
  }
  return items;
}
