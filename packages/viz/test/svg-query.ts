// Test helper: parse an SVG string with fast-xml-parser and query elements by tag and class.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  preserveOrder: true,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

type Raw = Record<string, unknown> & { ":@"?: Record<string, string> };

function convert(raw: Raw[]): Node[] {
  const out: Node[] = [];
  for (const item of raw) {
    const tag = Object.keys(item).find((k) => k !== ":@")!;
    if (tag === "#text") continue;
    const kids = item[tag] as Raw[];
    const text = kids
      .filter((k) => "#text" in k)
      .map((k) => String(k["#text"]))
      .join("");
    out.push({ tag, attrs: item[":@"] ?? {}, children: convert(kids), text });
  }
  return out;
}

/** Parse and check well-formedness; returns the root <svg> node. */
export function parseSvg(svg: string): Node {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`invalid XML: ${JSON.stringify(valid)}`);
  const roots = convert(parser.parse(svg) as Raw[]);
  if (roots.length !== 1 || roots[0]!.tag !== "svg") throw new Error("expected a single <svg> root");
  return roots[0]!;
}

/** All descendants with `tag` (any tag when "*") whose class list contains every class in `cls`. */
export function findAll(root: Node, tag: string, cls = ""): Node[] {
  const want = cls.split(/\s+/).filter(Boolean);
  const out: Node[] = [];
  const walk = (n: Node) => {
    for (const c of n.children) {
      const classes = (c.attrs.class ?? "").split(/\s+/);
      if ((tag === "*" || c.tag === tag) && want.every((w) => classes.includes(w))) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** Numbers of an SVG path's d attribute, as [x, y] pairs (the plots use only absolute M/L/Z). */
export function pathPoints(d: string): [number, number][] {
  if (/[^MLZ0-9.,\-e ]/.test(d)) throw new Error(`unexpected path command in ${d.slice(0, 80)}`);
  const nums = d.match(/-?\d*\.?\d+(e-?\d+)?/g)?.map(Number) ?? [];
  const pts: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) pts.push([nums[i]!, nums[i + 1]!]);
  return pts;
}

/** Every numeric coordinate found in x/y/cx/cy/x1/x2/y1/y2 attributes and path data under `root`. */
export function allCoordinates(root: Node): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  const walk = (n: Node) => {
    for (const c of n.children) {
      // Rotated labels sit at (0,0) in a translated frame; their position is in the transform.
      if (!c.attrs.transform) {
        for (const k of ["x", "cx", "x1", "x2"]) if (c.attrs[k] !== undefined) xs.push(Number(c.attrs[k]));
        for (const k of ["y", "cy", "y1", "y2"]) if (c.attrs[k] !== undefined) ys.push(Number(c.attrs[k]));
      }
      if (c.tag === "path" && c.attrs.d) {
        for (const [x, y] of pathPoints(c.attrs.d)) {
          xs.push(x);
          ys.push(y);
        }
      }
      walk(c);
    }
  };
  walk(root);
  return { xs, ys };
}
