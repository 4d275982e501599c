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
import { adaptReadme, addRegions } from "./readme-transform.js";

const docs = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const packages = resolve(docs, "../../packages");
const outDir = join(docs, "guide", "readmes");
// Sections the guide pages include by name; a placeholder region is written when one is missing.
const REQUIRED: Record<string, string[]> = { neurlp: ["writing-a-backend"] };
// Repository documents that have a page of their own on the site: README links to them stay links.
// Each is written to guide/readmes/<pkg>-<name>.md for its page to include.
const DOC_PAGES: Record<string, { file: string; page: string }[]> = {
  neurlp: [{ file: "docs/writing-a-backend.md", page: "/guide/writing-a-backend" }],
};
const README_PAGES: Record<string, string> = { neurlp: "/guide/neurlp" };
mkdirSync(outDir, { recursive: true });

/** The site page of a link in a file of `pkg` (`from`: that file's directory inside the package). */
function pageFor(pkg: string, from: string, href: string): string | null {
  const target = join(from, href.split("#")[0]!).replace(/^\.\//, "");
  if (target === "README.md") return README_PAGES[pkg] ?? null;
  return DOC_PAGES[pkg]?.find((d) => d.file === target)?.page ?? null;
}

for (const [pkg, docs] of Object.entries(DOC_PAGES)) {
  for (const doc of docs) {
    const text = readFileSync(join(packages, pkg, doc.file), "utf8");
    const from = dirname(doc.file);
    const adapted = adaptReadme(
      text,
      pkg,
      () => null,
      (href) => pageFor(pkg, from, href),
    );
    writeFileSync(join(outDir, `${pkg}-${doc.file.replace(/^docs\//, "").replace(/\.md$/, "")}.md`), adapted);
  }
}

for (const pkg of readdirSync(packages)) {
  const readme = join(packages, pkg, "README.md");
  const target = join(outDir, `${pkg}.md`);
  if (!existsSync(readme)) {
    const note = `::: warning\nThe README of \`packages/${pkg}\` has not been written yet.\n:::\n`;
    writeFileSync(target, addRegions(note, REQUIRED[pkg]));
    continue;
  }
  const links = (href: string) => pageFor(pkg, ".", href);
  const text = adaptReadme(
    readFileSync(readme, "utf8"),
    pkg,
    (rel) => {
      const src = join(packages, pkg, rel);
      if (!existsSync(src)) return null;
      const dest = join(docs, "public", "readmes", pkg, rel);
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(src, dest);
      return `/readmes/${pkg}/${rel.replace(/^\.\//, "")}`;
    },
    links,
  );
  writeFileSync(target, addRegions(text, REQUIRED[pkg]));
  console.log(`readmes: ${pkg}`);
}
