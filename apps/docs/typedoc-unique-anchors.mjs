// @ts-check
import { MarkdownPageEvent } from "typedoc-plugin-markdown";

/**
 * TypeDoc plugin: every heading of a generated API page gets an explicit, page-unique `{#id}`.
 *
 * TypeDoc links to the anchors it computes (`useCustomAnchors` writes them on the headings it owns), but
 * it also renders headings it does not anchor (nested properties, "Parameters"). VitePress slugs those
 * itself, without knowing TypeDoc's ids, so an auto slug could equal a TypeDoc anchor ("beta1-1" twice:
 * the build stops) or shift the `-1` numbering that links rely on. Here those headings get VitePress's
 * own slug, suffixed until it differs from every id already on the page (TypeDoc's and `<a id>`s).
 * @param {import("typedoc").Application} app
 */
export function load(app) {
  app.renderer.on(MarkdownPageEvent.END, (/** @type {MarkdownPageEvent} */ page) => {
    if (page.contents) page.contents = uniqueHeadingIds(page.contents);
  });
}

const HEADING = /^(#{1,6}\s+)(.*?)(\s+\{#([^}\s]+)\})?\s*$/;

/** @param {string} markdown */
export function uniqueHeadingIds(markdown) {
  const lines = markdown.split("\n");
  const taken = new Set([...markdown.matchAll(/\{#([^}\s]+)\}|\sid="([^"]+)"/g)].map((m) => m[1] ?? m[2]));
  let fence = "";
  return lines
    .map((line) => {
      const f = /^\s*(`{3,}|~{3,})/.exec(line);
      if (f) fence = fence === "" ? f[1] : line.trim().startsWith(fence) ? "" : fence;
      const h = fence === "" ? HEADING.exec(line) : null;
      if (!h || h[4]) return line;
      const base = slugify(plainText(h[2])) || "section";
      let id = base;
      for (let n = 1; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      return `${h[1]}${h[2]} {#${id}}`;
    })
    .join("\n");
}

/** The heading's text as a reader sees it: no code ticks, link targets, escapes or HTML. */
function plainText(/** @type {string} */ md) {
  return md
    .replace(/<[^>]+>/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*]/g, "")
    .replace(/\\(.)/g, "$1");
}

// VitePress's slugify (vitepress/dist/node; a one-line heading has no control characters to drop), so
// the ids read like the ones it would have made.
const rSpecial = /[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g;
function slugify(/** @type {string} */ s) {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036F]/g, "")
    .replace(rSpecial, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "")
    .replace(/^(\d)/, "_$1")
    .toLowerCase();
}
