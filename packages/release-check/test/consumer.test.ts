import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installConsumer } from "./consumer.js";
import { publicPackages, ROOT } from "./packages.js";
import { includedSnippets, type Sample, samplesOf, shellBlocksOf } from "./samples.js";

// The packages as a user gets them: `pnpm pack`, then plain npm in a temporary directory outside the
// workspace. The README and docs samples are read from the Markdown (not retyped), type-checked under
// strict TypeScript against the installed .d.ts files (skipLibCheck off) and run with node.

/** Samples that need a GPU stack absent from a plain npm install: type-checked, not run. */
const TYPECHECK_ONLY: Record<string, string> = {
  "@mechanist/neurlp-webgpu": "needs the `webgpu` npm package (Dawn, 132 MB) or a browser",
  "@mechanist/neurlp-gpujs": "gpu.js needs its native `gl` build in Node, which install scripts skip here",
  "writePlot(": "writes files under out/ (the viz sample is run by viz's own tests)",
};

function allSamples(): Sample[] {
  const readmes = publicPackages().flatMap((p) => samplesOf(join(p.dir, "README.md")));
  const docs = join(ROOT, "apps", "docs");
  const pages = ["guide", "tutorials"].flatMap((d) =>
    readdirSync(join(docs, d))
      .filter((f) => f.endsWith(".md"))
      .map((f) => join(docs, d, f)),
  );
  const snippets = pages.flatMap((p) => [...samplesOf(p), ...includedSnippets(p)]);
  const seen = new Set<string>();
  return [...samplesOf(join(ROOT, "README.md")), ...readmes, ...snippets].filter((s) => {
    const fresh = !seen.has(s.code);
    seen.add(s.code);
    return fresh;
  });
}

const STRICT = {
  strict: true,
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2022", "DOM"],
  noEmit: true,
  allowJs: true,
  checkJs: true,
};

const fileName = (s: Sample) => `${s.id.replace(/[^\w]+/g, "_")}.${s.lang === "ts" ? "mts" : "mjs"}`;
const skipReason = (s: Sample) => Object.entries(TYPECHECK_ONLY).find(([key]) => s.code.includes(key))?.[1];

describe("packed tarballs installed with npm outside the workspace", () => {
  const samples = allSamples();
  let dir = "";

  beforeAll(() => {
    dir = installConsumer().dir;
    mkdirSync(join(dir, "samples"));
    for (const s of samples) writeFileSync(join(dir, "samples", fileName(s)), s.code);
  }, 600_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it("finds the samples of every README and docs page", () => {
    expect(samples.length).toBeGreaterThanOrEqual(15);
  });

  it("type-checks every sample under strict TypeScript (skipLibCheck off)", () => {
    // tfjs-core's own .d.ts bundle an older @webgpu/types that clashes with the current one, so the
    // samples that use tfjs are a second program where only library files are not checked.
    const usesTfjs = (s: Sample) => s.code.includes("@mechanist/neurlp-tfjs");
    const programs = [
      { name: "main", skipLibCheck: false, files: samples.filter((s) => !usesTfjs(s)) },
      { name: "tfjs", skipLibCheck: true, files: samples.filter(usesTfjs) },
    ];
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    for (const program of programs) {
      const compilerOptions = { ...STRICT, skipLibCheck: program.skipLibCheck };
      const config = join(dir, `tsconfig.${program.name}.json`);
      writeFileSync(
        config,
        JSON.stringify({ compilerOptions, files: program.files.map((s) => `samples/${fileName(s)}`) }),
      );
      const r = spawnSync(process.execPath, [tsc, "-p", config], { encoding: "utf8" });
      expect(r.stdout + r.stderr, program.name).toBe("");
    }
  }, 480_000);

  for (const s of samples) {
    const reason = skipReason(s);
    it.skipIf(reason !== undefined)(
      `runs ${s.id}${reason ? ` (type-checked only: ${reason})` : ""}`,
      () => {
        const js = transformSync(s.code, {
          loader: s.lang === "ts" ? "ts" : "js",
          format: "esm",
          target: "es2022",
        }).code;
        const file = join(dir, "samples", `${fileName(s)}.run.mjs`);
        writeFileSync(file, js);
        const r = spawnSync(process.execPath, [file], { cwd: dir, encoding: "utf8", timeout: 120_000 });
        expect(r.stderr, r.stdout).not.toMatch(/Error|error TS/);
        expect(r.status).toBe(0);
      },
      150_000,
    );
  }

  it("npx mechanist --help prints the usage, and every example in the help texts is valid shell", () => {
    const out = execFileSync("npx", ["--no-install", "mechanist", "--help"], { cwd: dir, encoding: "utf8" });
    expect(out).toMatch(/^Usage: mechanist <command>/);
    // The same installed binary without npx's start-up cost.
    const bin = join(dir, "node_modules", ".bin", "mechanist");
    const help = (args: string[]) => execFileSync(bin, args, { cwd: dir, encoding: "utf8" });
    // Every command the general help lists, not a chosen few.
    const commands = [
      ...out
        .split("\nCommands\n")[1]!
        .split("\n\n")[0]!
        .matchAll(/^ {2}(\w[\w-]*) /gm),
    ].map((m) => m[1]!);
    expect(commands).toEqual(expect.arrayContaining(["discover", "solve", "forecast", "dataset", "train"]));
    const texts = [out, ...commands.map((c) => help([c, "--help"]))];
    const examples = texts.flatMap((t) => t.split("\n").filter((l) => /^\s+mechanist /.test(l)));
    expect(examples.length).toBeGreaterThan(3);
    for (const line of examples) {
      const syntax = spawnSync("bash", ["-n"], { input: line, encoding: "utf8" });
      expect(syntax.stderr, line).toBe("");
    }
  }, 120_000);

  it("every entry point imports under `node --conditions=source` (the published exports carry no source condition)", () => {
    // A user's shell, not this vitest worker: VITEST in the environment makes /conformance load vitest.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST")));
    const failed: string[] = [];
    for (const pkg of publicPackages()) {
      const installed = readFileSync(join(dir, "node_modules", pkg.name, "package.json"), "utf8");
      if (/"source"\s*:/.test(installed))
        failed.push(`${pkg.name}: package.json still has a "source" condition`);
      for (const path of Object.keys((pkg.json.exports ?? {}) as Record<string, unknown>)) {
        const spec = path === "." ? pkg.name : `${pkg.name}/${path.slice(2)}`;
        const r = spawnSync(
          process.execPath,
          ["--conditions=source", "--input-type=module", "-e", `await import(${JSON.stringify(spec)})`],
          { cwd: dir, encoding: "utf8", timeout: 60_000, env },
        );
        if (r.status !== 0) failed.push(`${spec}: ${r.stderr.split("\n").slice(0, 6).join(" ")}`);
      }
    }
    expect(failed).toEqual([]);
  }, 300_000);

  it("npx mechanist discover --json finds the Lorenz equations", () => {
    const out = execFileSync("npx", ["--no-install", "mechanist", "discover", "--json"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const result = JSON.parse(out) as { equations: string[] };
    expect(result.equations).toEqual([
      "dx/dt = -10.00 x + 10.00 y",
      "dy/dt = 28.00 x - 1.00 y - 1.00 x*z",
      "dz/dt = -2.67 z + 1.00 x*y",
    ]);
  }, 180_000);

  it("every shell example in the READMEs and docs is valid shell, and its `mechanist solve` lines run", () => {
    const blocks = shellBlocksOf(ROOT);
    expect(blocks.length).toBeGreaterThan(3);
    for (const b of blocks) {
      const syntax = spawnSync("bash", ["-n"], { input: b.code, encoding: "utf8" });
      expect(syntax.stderr, b.id).toBe("");
    }
    const solves = blocks.flatMap((b) =>
      b.code.split("\n").filter((l) => /^(pnpm --silent )?mechanist solve /.test(l)),
    );
    expect(solves.length).toBeGreaterThan(0);
    for (const line of solves) {
      const cmd = line.replace(/^pnpm --silent /, "").replace(/ --out \S+/, "");
      const r = spawnSync("bash", ["-c", `PATH="$PWD/node_modules/.bin:$PATH" ${cmd} > /dev/null`], {
        cwd: dir,
        encoding: "utf8",
      });
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
    }
  }, 120_000);
});
