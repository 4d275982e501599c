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
mkdirSync(outDir, { recursive: true });

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
