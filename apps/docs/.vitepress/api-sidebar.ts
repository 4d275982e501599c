import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DefaultTheme } from "vitepress";

const scope = join(dirname(fileURLToPath(import.meta.url)), "..", "api", "@mechanist");

/**
 * Sidebar of the TypeDoc output: api/@mechanist/<pkg>.md, or api/@mechanist/<pkg>/index.md plus
 * namespaces/<ns>.md for packages with namespaces. Read when the config loads (after `pnpm api`).
 */
export function apiSidebar(): DefaultTheme.SidebarItem[] {
  const items: DefaultTheme.SidebarItem[] = [{ text: "Overview", link: "/api/" }];
  if (!existsSync(scope)) return items;
  const names = new Set(readdirSync(scope).map((f) => f.replace(/\.md$/, "")));
  for (const name of [...names].sort()) {
    const dir = join(scope, name);
    if (!existsSync(join(dir, "index.md"))) {
      items.push({ text: `@mechanist/${name}`, link: `/api/@mechanist/${name}` });
      continue;
    }
    const namespaces = existsSync(join(dir, "namespaces")) ? readdirSync(join(dir, "namespaces")) : [];
    items.push({
      text: `@mechanist/${name}`,
      link: `/api/@mechanist/${name}/`,
      items: namespaces
        .filter((f) => f.endsWith(".md"))
        .map((f) => ({
          text: f.replace(/\.md$/, ""),
          link: `/api/@mechanist/${name}/namespaces/${f.replace(/\.md$/, "")}`,
        })),
    });
  }
  return items;
}
