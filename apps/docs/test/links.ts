import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith(".html") ? [p] : [];
  });
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    ids.set(file, set);
  }
  return set;
}

/** The file a site URL is served from (VitePress with cleanUrls off: /a/b.html, /a/ → /a/index.html). */
function target(dist: string, from: string, path: string): string {
  const abs = path.startsWith("/") ? join(dist, path) : join(dirname(from), path);
  return abs.endsWith("/") ? join(abs, "index.html") : abs;
}

/**
 * Every internal `href`/`src` of the built site that points at a missing file or a missing `#anchor`,
 * as "page → link". External links (http:, mailto:) are not fetched.
 */
export function brokenLinks(dist: string): string[] {
  const broken: string[] = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, "utf8");
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const link = m[1]!.replace(/&amp;/g, "&");
      if (/^(?:[a-z]+:|\/\/)/i.test(link) || link === "") continue;
      const [path = "", hash] = link.split("#");
      const dest = path === "" ? file : target(dist, file, decodeURI(path.split("?")[0]!));
      const ok =
        existsSync(dest) && (!hash || !dest.endsWith(".html") || idsOf(dest).has(decodeURIComponent(hash)));
      if (!ok) broken.push(`${relative(dist, file)} → ${link}`);
    }
  }
  return broken;
}

/** Every `id` that occurs more than once in one built page (a link to it would land on the first), as "page → id". */
export function duplicateIds(dist: string): string[] {
  const dups: string[] = [];
  for (const file of htmlFiles(dist)) {
    const seen = new Set<string>();
    for (const m of readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)) {
      if (seen.has(m[1]!)) dups.push(`${relative(dist, file)} → ${m[1]}`);
      seen.add(m[1]!);
    }
  }
  return dups;
}
