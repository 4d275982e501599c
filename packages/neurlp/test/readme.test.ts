import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { afterAll, afterEach, expect, it, vi } from "vitest";
import { restoreMemoryDefaults } from "../src/node/index.js";

// The README's examples, read from the README itself (not retyped), run, and their printed values
// checked against the closed form of u'' + 0.3u' + 4u = 0, u(0) = 1, u'(0) = 0.
const w = Math.sqrt(4 - 0.15 ** 2);
const exact = (t: number) => Math.exp(-0.15 * t) * (Math.cos(w * t) + (0.15 / w) * Math.sin(w * t));
const exactDu = (t: number) => -Math.exp(-0.15 * t) * (w + 0.15 ** 2 / w) * Math.sin(w * t);

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const example = readme.slice(readme.indexOf("## Example"), readme.indexOf("## Shapes"));
const blocks = [...example.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const src = new URL("../src/index.ts", import.meta.url).pathname;

const residentSection = readme.slice(
  readme.indexOf("## Training loops on Node"),
  readme.indexOf("## Benchmarks"),
);
const residentBlock = [...residentSection.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const nodeSrc = new URL("../src/node/index.ts", import.meta.url).pathname;

/** Runs a README block (its package imports pointed at the sources) and returns what it printed. */
async function run(i: number, code = blocks[i]!): Promise<unknown[][]> {
  const file = new URL(`./readme-block-${i}.tmp.ts`, import.meta.url);
  writeFileSync(
    file,
    code
      .replaceAll('from "@mechanist/neurlp/node"', `from "${nodeSrc}"`)
      .replaceAll('from "@mechanist/neurlp"', `from "${src}"`),
  );
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  try {
    await import(/* @vite-ignore */ `${file.href}?t=${Date.now()}`);
    return log.mock.calls;
  } finally {
    rmSync(file);
  }
}

afterEach(() => vi.restoreAllMocks());

it("the README's example section has the front-door and the tensor-shaped example", () => {
  expect(blocks).toHaveLength(2);
  expect(blocks[0]).toContain("solveLinearODE");
  expect(blocks[1]).toContain("solveODE");
});

it("the front-door example prints u(10) and u'(10) to the h = 0.01 accuracy class", async () => {
  const [[n, u, du]] = (await run(0)) as [[number, number, number]];
  expect(n).toBe(1001);
  expect(Math.abs(u - exact(10))).toBeLessThan(5e-4);
  expect(Math.abs(du - exactDu(10))).toBeLessThan(2e-3);
});

it("the tensor-shaped example prints the shape of u and [u, u', u''] at t = 10", async () => {
  const [[shape, last]] = (await run(1)) as [[number[], number[]]];
  expect(shape).toEqual([1, 1001, 1, 3]);
  const [u, du, d2u] = last;
  expect(Math.abs(u! - exact(10))).toBeLessThan(5e-4);
  expect(Math.abs(du! - exactDu(10))).toBeLessThan(2e-3);
  expect(Math.abs(d2u! + 0.3 * du! + 4 * u!)).toBeLessThan(1e-2);
});

it("the Node training-loop example switches to resident memory and prints cos(10ω) of its last oscillator", async () => {
  expect(residentBlock).toHaveLength(1);
  const [[applied], [last]] = (await run(2, residentBlock[0])) as [[boolean], [number]];
  // on Linux with glibc the switch applies (CI and the benchmark VM); elsewhere it reports why not
  expect(applied).toBe(process.platform === "linux");
  const omega = 0.5 + 255 / 256;
  expect(Math.abs(last - Math.cos(10 * omega))).toBeLessThan(5e-4);
});

afterAll(() => {
  restoreMemoryDefaults();
});
