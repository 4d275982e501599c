/**
 * Copies each package's README.md into guide/readmes/<package>.md so the guide pages can include
 * it (`<!--@include: ./readmes/neurlp.md-->`): the package README stays the single source, the
 * site shows it in place. Headings are demoted one level (the guide page owns the h1), relative
 * images are copied to public/readmes/<package>/, and relative links to repository files, which
 * have no page on the site, become plain text. Each "## " section becomes a VitePress region named
 * by its slug, so a page can include one section: `<!--@include: ./readmes/neurlp.md#writing-a-backend-->`.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const docs = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const packages = resolve(docs, "../../packages");
const outDir = join(docs, "guide", "readmes");
// Sections the guide pages include by name; a placeholder region is written when one is missing.
const REQUIRED: Record<string, string[]> = { neurlp: ["writing-a-backend"] };
mkdirSync(outDir, { recursive: true });

const external = (href: string) => /^(https?:|mailto:|#|\/)/.test(href);

export const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Wraps the body of every level-2 section (after demotion: "### ") in region markers. */
export function addRegions(text: string, required: readonly string[] = []): string {
  const out: string[] = [];
  const found = new Set<string>();
  let open: string | null = null;
  let inFence = false;
  for (const line of text.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const h = !inFence && /^### (.+)$/.exec(line);
    if (h || (!inFence && /^## /.test(line))) {
      if (open) out.push(`<!-- #endregion ${open} -->`);
      open = null;
    }
    out.push(line);
    if (h) {
      open = slug(h[1]!);
      found.add(open);
      out.push(`<!-- #region ${open} -->`);
    }
  }
  if (open) out.push(`<!-- #endregion ${open} -->`);
  for (const name of required.filter((r) => !found.has(r))) {
    out.push(`<!-- #region ${name} -->`, "*(This section of the package README has not been written yet.)*");
    out.push(`<!-- #endregion ${name} -->`);
  }
  return out.join("\n");
}

export function adaptReadme(text: string, pkg: string, copyImage: (rel: string) => string | null): string {
  let inFence = false;
  return text
    .split("\n")
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
      if (inFence) return line;
      let out = line.replace(/^(#{1,5}) /, "#$1 ");
      out = out.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (all, alt: string, href: string) => {
        if (external(href)) return all;
        const url = copyImage(href);
        return url ? `![${alt}](${url})` : `*(image ${alt} not available)*`;
      });
      out = out.replace(/(?<!!)\[([^\]]+)\]\(([^)\s]+)\)/g, (all, label: string, href: string) =>
        external(href) ? all : label,
      );
      // VitePress treats {{ }} as Vue interpolation outside code.
      return out.replace(/\{\{/g, "&#123;&#123;");
    })
    .join("\n")
    .replace(/^#/, `<!-- generated from packages/${pkg}/README.md by scripts/readmes.ts -->\n#`);
}

for (const pkg of readdirSync(packages)) {
  const readme = join(packages, pkg, "README.md");
  const target = join(outDir, `${pkg}.md`);
  if (!existsSync(readme)) {
    const note = `::: warning\nThe README of \`packages/${pkg}\` has not been written yet.\n:::\n`;
    writeFileSync(target, addRegions(note, REQUIRED[pkg]));
    continue;
  }
  const text = adaptReadme(readFileSync(readme, "utf8"), pkg, (rel) => {
    const src = join(packages, pkg, rel);
    if (!existsSync(src)) return null;
    const dest = join(docs, "public", "readmes", pkg, rel);
    mkdirSync(dirname(dest), { recursive: true });
    copyFileSync(src, dest);
    return `/readmes/${pkg}/${rel.replace(/^\.\//, "")}`;
  });
  writeFileSync(target, addRegions(text, REQUIRED[pkg]));
  console.log(`readmes: ${pkg}`);
}
