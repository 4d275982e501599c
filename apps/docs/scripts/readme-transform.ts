/** Pure text transforms from a package README to an includable VitePress partial (see readmes.ts). */

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

// Raw HTML a README may use on purpose; any other "<" outside code is text (e.g. "--system <name>"
// after a code span that ended early), which Vue would otherwise parse as an unclosed tag.
const HTML =
  /^<(\/?(a|img|br|p|div|span|details|summary|sub|sup|kbd|picture|source|table|thead|tbody|tr|td|th|em|strong|code|pre|b|i)\b|!--)/i;

/** Escapes "<" that does not start known HTML, outside fenced blocks and inline code spans. */
export function escapeStrayHtml(text: string): string {
  const fence = /^\s*(```|~~~)/;
  const lines = text.split("\n");
  const out: string[] = [];
  let block: string[] = [];
  let inFence = false;
  const flush = () => {
    if (block.length === 0) return;
    const chunk = block.join("\n");
    // As CommonMark reads it: a backslash escapes the next character outside code (so "\\`" opens
    // nothing), and a code span runs from n backticks to the next run of exactly n.
    out.push(
      chunk.replace(/\\[\s\S]|(`+)[\s\S]*?[^`]\1(?!`)|(`+)(?!`)|<[^<`\\]*/g, (m, code) => {
        if (code || !m.startsWith("<")) return m;
        return HTML.test(m) ? m : `&lt;${m.slice(1)}`;
      }),
    );
    block = [];
  };
  for (const line of lines) {
    if (fence.test(line)) {
      if (!inFence) flush();
      inFence = !inFence;
      out.push(line);
    } else if (inFence) out.push(line);
    else block.push(line);
  }
  flush();
  return out.join("\n");
}

/**
 * `copyImage` maps a relative image to its site URL (null: not available); `pageFor` maps a relative link to
 * the site page showing that file (null: the file has no page, the link becomes its label).
 */
export function adaptReadme(
  text: string,
  pkg: string,
  copyImage: (rel: string) => string | null,
  pageFor: (rel: string) => string | null = () => null,
): string {
  let inFence = false;
  return (
    escapeStrayHtml(text)
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
        out = out.replace(/(?<!!)\[([^\]]+)\]\(([^)\s]+)\)/g, (all, label: string, href: string) => {
          if (external(href)) return all;
          const page = pageFor(href);
          return page ? `[${label}](${page})` : label;
        });
        // VitePress treats {{ }} as Vue interpolation outside code.
        return out.replace(/\{\{/g, "&#123;&#123;");
      })
      .join("\n")
      // The guide page owns the title: drop the README's own (now "## <package>") heading.
      .replace(/^\s*## [^\n]*\n/, `<!-- generated from packages/${pkg}/README.md by scripts/readmes.ts -->\n`)
  );
}
