import { theme } from "./theme.js";

/** Escape text for use in SVG/XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&apos;",
  );
}

/** Round a coordinate to 2 decimals: keeps SVGs small and output stable. */
export function fmt(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
}

type Attrs = Record<string, string | number | undefined>;

function attrs(a: Attrs): string {
  let out = "";
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === "number" ? fmt(v) : escapeXml(v)}"`;
  }
  return out;
}

/** An element string; `children` is raw (already-escaped) markup. */
export function el(tag: string, a: Attrs, children?: string): string {
  return children === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${children}</${tag}>`;
}

/** A text element; the content is escaped here. */
export function text(x: number, y: number, content: string, a: Attrs = {}): string {
  return el("text", { x, y, ...a }, escapeXml(content));
}

let idCounter = 0;

/** A fresh id prefix, deterministic in call order within a process. */
export function nextIdPrefix(): string {
  idCounter += 1;
  return `mviz${idCounter}`;
}

export interface DocumentParts {
  width: number;
  height: number;
  idPrefix: string;
  title: string;
  description: string;
  kind: string;
  defs?: string;
  body: string;
}

/** The outer `<svg>` with accessible `<title>`/`<desc>`, a background and the shared font settings. */
export function svgDocument(p: DocumentParts): string {
  const titleId = `${p.idPrefix}-title`;
  const descId = `${p.idPrefix}-desc`;
  const head =
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      width: p.width,
      height: p.height,
      viewBox: `0 0 ${fmt(p.width)} ${fmt(p.height)}`,
      role: "img",
      "aria-labelledby": `${titleId} ${descId}`,
      "font-family": theme.fontFamily,
      "font-size": theme.fontSize,
      "data-plot": p.kind,
    })}>` +
    el("title", { id: titleId }, escapeXml(p.title)) +
    el("desc", { id: descId }, escapeXml(p.description));
  const defs = p.defs ? el("defs", {}, p.defs) : "";
  const bg = el("rect", { x: 0, y: 0, width: p.width, height: p.height, fill: theme.background });
  return `${head}${defs}${bg}${p.body}</svg>`;
}
