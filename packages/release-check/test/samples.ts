import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "./packages.js";

export interface Sample {
  /** Where it came from, e.g. "packages/neurlp/README.md#1". */
  id: string;
  lang: "ts" | "js" | "sh";
  code: string;
}

// A runnable sample is a fenced ```ts/```js block at the start of a line whose first line is an import:
// a whole program. Indented blocks (inside lists) and blocks that continue an earlier one are fragments.
const FENCE = /^```(ts|js|typescript|javascript)[^\n]*\n([\s\S]*?)^```/gm;

export function samplesOf(file: string): Sample[] {
  const text = readFileSync(file, "utf8");
  const out: Sample[] = [];
  let n = 0;
  for (const m of text.matchAll(FENCE)) {
    n++;
    const code = m[2]!;
    if (!/^import\s/.test(code)) continue;
    // A relative import ("../src/index.js") is a file of the reader's own project (a backend's test).
    if (/from\s+["']\.\.?\//.test(code)) continue;
    const lang = m[1]!.startsWith("t") ? "ts" : "js";
    out.push({ id: `${relative(ROOT, file)}#${n}`, lang, code });
  }
  return out;
}

// Docs pages include their samples from snippet files (`<<< @/snippets/x.ts`): those files are the
// Markdown's code, read through the include line.
export function includedSnippets(page: string): Sample[] {
  const text = readFileSync(page, "utf8");
  const docs = join(ROOT, "apps", "docs");
  return [...text.matchAll(/^<<< @\/(snippets\/[\w-]+\.ts)\s*$/gm)].map((m) => ({
    id: `${relative(ROOT, page)} <<< ${m[1]}`,
    lang: "ts" as const,
    code: readFileSync(join(docs, m[1]!), "utf8"),
  }));
}

/** Every ```sh block of the root README, the package READMEs and the docs guide pages. */
export function shellBlocksOf(root: string): Sample[] {
  const docs = join(root, "apps", "docs");
  const files = [
    join(root, "README.md"),
    ...readdirSync(join(root, "packages")).map((p) => join(root, "packages", p, "README.md")),
    ...["guide", "tutorials", "demos"].flatMap((d) =>
      readdirSync(join(docs, d))
        .filter((f) => f.endsWith(".md"))
        .map((f) => join(docs, d, f)),
    ),
    join(docs, "index.md"),
  ].filter((f) => existsSync(f));
  return files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/^```(sh|bash|shell)[^\n]*\n([\s\S]*?)^```/gm)].map((m, i) => ({
      id: `${relative(root, file)}#sh${i + 1}`,
      lang: "sh" as const,
      code: m[2]!,
    })),
  );
}
