import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, describe, expect, it } from "vitest";
import { linePlot, VizInputError } from "../src/index.js";
import { bundledFontFiles, renderPng, writePlot } from "../src/node.js";

const dir = mkdtempSync(join(tmpdir(), "mechanist-viz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const svg = linePlot({
  title: "t",
  series: [{ x: [0, 1, 2], y: [0, 1, 4], label: "y" }],
  width: 300,
  height: 200,
});

describe("@mechanist/viz/node", () => {
  it("ships its font", () => {
    for (const f of bundledFontFiles()) expect(existsSync(f), f).toBe(true);
  });
  it("renders PNGs at the requested scale with an opaque background", () => {
    const png = PNG.sync.read(renderPng(svg, { scale: 2 }));
    expect([png.width, png.height]).toEqual([600, 400]);
    expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });
  it("draws text with the bundled font (a titled plot differs from an untitled one)", () => {
    const untitled = linePlot({
      series: [{ x: [0, 1, 2], y: [0, 1, 4], label: "y" }],
      width: 300,
      height: 200,
    });
    expect(renderPng(svg).equals(renderPng(untitled))).toBe(false);
  });
  it("writePlot writes .svg and .png, creating directories", async () => {
    const files = await writePlot(join(dir, "nested/plot.svg"), svg);
    expect(files).toEqual({ svg: join(dir, "nested/plot.svg"), png: join(dir, "nested/plot.png") });
    expect(readFileSync(files.svg, "utf8")).toBe(svg);
    expect(readFileSync(files.png).subarray(1, 4).toString()).toBe("PNG");
  });
  it("rejects input that is not an SVG string", () => {
    expect(() => renderPng("hello")).toThrow(VizInputError);
    expect(() => renderPng(svg, { scale: 0 })).toThrow(/scale/);
  });
});
